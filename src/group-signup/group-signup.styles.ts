import { css } from 'lit';

export const groupSignupStyles = css`
  :host {
    --_accent: var(--vt-group-signup-accent, var(--vt-color-accent, #0b5cad));
  }

  legend,
  label {
    display: block;
    padding: 0;
    font-weight: 700;
  }

  .choice,
  .group {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25rem 0.75rem;
    margin: 0 0 0.5rem;
  }

  .contact-details legend {
    margin-bottom: 0.5rem;
    font-size: 1.125em;
  }

  .choice label {
    font-weight: 400;
  }

  .group {
    padding: 0.75rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }

  .group:has(:checked) {
    border-color: var(--_accent);
  }

  [data-availability='closed'] {
    border-style: dashed;
  }

  .details {
    grid-column: 2;
  }

  .details p {
    margin: 0;
  }

  textarea {
    resize: vertical;
  }

  [data-over='true'] {
    color: var(--_danger);
  }

  .consent a {
    color: var(--_accent);
  }
`;

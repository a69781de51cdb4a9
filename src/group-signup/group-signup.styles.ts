import { css } from 'lit';

export const groupSignupStyles = css`
  :host {
    --_accent: var(--vt-group-signup-accent, var(--vt-color-accent, #0b5cad));
  }

  legend {
    padding: 0;
    margin-bottom: 0.5rem;
    font-weight: 700;
  }

  label {
    display: block;
    font-weight: 600;
  }

  .choice label,
  .group label {
    display: inline;
    font-weight: 400;
  }

  .group-name {
    font-weight: 700;
  }

  textarea {
    resize: vertical;
  }

  .choice,
  .group {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25rem 0.75rem;
    align-items: start;
    margin: 0 0 0.5rem;
  }

  .group {
    padding: 0.75rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }

  .group:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }

  .group[data-availability='closed'] {
    border-style: dashed;
  }

  .group .details {
    grid-column: 2;
  }

  .details p {
    margin: 0.25rem 0 0;
  }

  .availability {
    font-weight: 600;
  }

  .count[data-over='true'] {
    color: var(--_danger);
    font-weight: 600;
  }

  .consent a {
    color: var(--_accent);
  }

  /* Out of sight for people, in the DOM for bots that fill every field. */
  .trap {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }

  .load-failed {
    margin: 0 0 var(--_space);
  }
`;

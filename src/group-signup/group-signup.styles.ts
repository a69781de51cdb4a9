import { css } from 'lit';

export const groupSignupStyles = css`
  :host {
    --_accent: var(--vt-group-signup-accent, var(--vt-color-accent, #0b5cad));
    max-width: 40rem;
  }

  .title,
  .success h2 {
    margin: 0 0 0.5rem;
    font-size: 1.5em;
    line-height: 1.25;
  }

  fieldset {
    margin: 0 0 var(--_space);
    padding: 0;
    border: 0;
    min-width: 0;
  }

  legend {
    padding: 0;
    margin-bottom: 0.5rem;
    font-weight: 700;
  }

  .field {
    margin: 0 0 var(--_space);
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

  .mark {
    font-weight: 400;
    color: var(--_muted);
  }

  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    display: block;
    width: 100%;
    max-width: 100%;
    margin-top: 0.25rem;
    padding: 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  textarea {
    resize: vertical;
  }

  [aria-invalid='true'] {
    border-color: var(--_danger) !important;
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

  .success {
    padding: var(--_space);
    border: 2px solid var(--_success);
    border-radius: var(--_radius);
  }
`;

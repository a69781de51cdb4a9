import { css } from 'lit';

export const surveyStyles = css`
  :host {
    --_accent: var(--vt-survey-accent, var(--vt-color-accent, #0b5cad));
    max-width: 40rem;
  }

  .title,
  .success h2 {
    margin: 0 0 0.5rem;
    font-size: 1.5em;
    line-height: 1.25;
  }

  .page-title {
    margin: var(--_space) 0 0.5rem;
    font-size: 1.25em;
  }

  #page:focus {
    outline: none;
  }

  .progress {
    font-weight: 600;
  }

  fieldset {
    margin: 0 0 var(--_space);
    padding: 0;
    border: 0;
    min-width: 0;
  }

  legend,
  .field label {
    display: block;
    padding: 0;
    margin-bottom: 0.5rem;
    font-weight: 700;
  }

  .field {
    margin: 0 0 var(--_space);
  }

  .mark {
    font-weight: 400;
    color: var(--_muted);
  }

  input:not([type='checkbox'], [type='radio']),
  textarea {
    display: block;
    width: 100%;
    padding: 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  [aria-invalid='true'] {
    border-color: var(--_danger) !important;
  }

  .choice {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    margin: 0 0 0.5rem;
  }

  .rating,
  .choices-inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
  }

  .rate {
    display: flex;
    flex-direction: column;
    align-items: center;
    min-width: var(--_target);
  }

  .ends {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    margin: 0.25rem 0 0;
  }

  .matrix-row legend {
    font-weight: 600;
  }

  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin: 0 0 var(--_space);
  }

  .nav [type='submit'] {
    background: var(--_accent);
    border-color: var(--_accent);
  }

  a {
    color: var(--_accent);
  }

  .success {
    padding: var(--_space);
    border: 2px solid var(--_success);
    border-radius: var(--_radius);
  }
`;

import { css } from 'lit';

/** What every form element shares (signup, survey): headings, fieldsets, text inputs, error and success looks. */
export const formStyles = css`
  :host {
    max-width: 40rem;
  }

  .title,
  .success h2 {
    margin: 0 0 0.5rem;
    font-size: 1.5em;
    line-height: 1.25;
  }

  input[type='checkbox'],
  input[type='radio'] {
    width: 1.25rem;
    height: 1.25rem;
    min-width: 24px;
    min-height: 24px;
    margin: 0;
    accent-color: var(--_accent);
  }

  fieldset {
    margin: 0 0 var(--_space);
    padding: 0;
    border: 0;
    min-width: 0;
  }

  .field {
    margin: 0 0 var(--_space);
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

  [aria-invalid='true'] {
    border-color: var(--_danger) !important;
  }

  .success {
    padding: var(--_space);
    border: 2px solid var(--_success);
    border-radius: var(--_radius);
  }

  .vt-error-summary {
    margin: 0 0 var(--_space);
    padding: var(--_space);
    border: 4px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .vt-error-summary__title {
    margin: 0 0 0.5rem;
    font-size: 1.25em;
  }

  .vt-error-summary ul {
    margin: 0;
    padding-left: 1.25rem;
  }

  .vt-error-summary li {
    margin: 0.25rem 0;
  }

  /* Each link is a target of its own (WCAG 2.5.8): at least 24 px high. */
  .vt-error-summary a {
    display: inline-block;
    min-height: 24px;
    padding: 0.125rem 0;
    color: var(--_danger);
    font-weight: 600;
  }

  .vt-field-error {
    margin: 0.25rem 0;
    color: var(--_danger);
    font-weight: 600;
  }
`;

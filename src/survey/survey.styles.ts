import { css } from 'lit';

export const surveyStyles = css`
  :host {
    --_accent: var(--vt-survey-accent, var(--vt-color-accent, #0b5cad));
  }

  /*
   * Each question paints on its own (paint containment): a question shown or hidden then moves the
   * questions below it without Chromium walking their paint again (in a 300-question survey, 19 ms to
   * the next frame became 13; docs/performance.md). Focus rings reach 5px outside a control, so the clip
   * is widened by 0.5rem; where a browser cannot widen it (WebKit), the questions stay uncontained.
   */
  @supports (overflow-clip-margin: 1px) {
    [part~='question'] {
      contain: paint;
      overflow-clip-margin: 0.5rem;
    }
  }

  .page-title {
    margin: var(--_space) 0 0.5rem;
    font-size: 1.25em;
  }

  /* The fieldset around a question that cannot be changed: no box of its own. */
  .locked {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .progress {
    font-weight: 600;
  }

  /* The definition's logo: never wider than the survey, never taller than a heading block. */
  .logo {
    max-width: 100%;
    max-height: 5rem;
  }

  /* Focused on a page change, so that a screen reader reads "Page 2 of 5"; not a control. */
  .progress:focus {
    outline: none;
  }

  legend,
  .field label {
    display: block;
    padding: 0;
    margin-bottom: 0.5rem;
    font-weight: 700;
  }

  .choice {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    margin: 0 0 0.5rem;
  }

  /* A rating scale and a matrix row: side by side, wrapping on a narrow screen. */
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
  }

  .rating .choice {
    flex-direction: column;
    min-width: var(--_target);
    margin: 0;
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

  /* The browser's own side margins would push a full-width slider past a narrow screen. */
  input[type='range'] {
    margin-inline: 0;
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
`;

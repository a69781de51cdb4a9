import { css } from 'lit';

export const reflectionCardStyles = css`
  :host {
    /* The card's accent feeds the shared button styles, secondary and primary alike. */
    --_accent: var(--vt-reflection-card-accent, var(--vt-color-accent, #0b5cad));
  }

  .card {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  p {
    margin: 0;
  }

  .title,
  .progress {
    color: var(--_muted);
  }

  .title,
  label,
  .prompt,
  dt {
    font-weight: 600;
  }

  .item {
    display: grid;
    gap: 0.5rem;
  }

  label,
  .prompt {
    font-size: var(--vt-reflection-card-prompt-size, 1.125rem);
    line-height: 1.4;
  }

  textarea {
    width: 100%;
    min-height: 8rem;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    line-height: 1.5;
    resize: vertical;
    field-sizing: content;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  [data-variant='danger'] {
    border-color: var(--_danger);
    background: var(--_surface);
    color: var(--_danger);
  }

  .notice:empty {
    display: none;
  }

  :host([presenter]) .prompt {
    font-size: var(--vt-reflection-card-presenter-size, clamp(1.75rem, 4vw, 3.25rem));
  }

  /* Presenter mode: a projector needs air. Its list layout is the card's only list. */
  :host([presenter]) .card,
  ol {
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
  }

  ol {
    display: grid;
    margin: 0;
    padding-block: 0;
    padding-inline-end: 0;
  }

  dialog {
    max-width: min(40rem, calc(100% - 2rem));
    padding: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    /* A long page address must wrap, not push the dialog wider than a 320 px screen. */
    overflow-wrap: anywhere;
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }

  h2 {
    margin: 0;
    font-size: 1.25rem;
  }

  dialog > * + * {
    margin-block-start: 0.75rem;
  }

  dd {
    margin: 0.25rem 0 1rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_border);
    white-space: pre-wrap;
  }
`;

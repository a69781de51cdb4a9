import { css } from 'lit';

export const reflectionCardStyles = css`
  :host {
    --_card-accent: var(--vt-reflection-card-accent, var(--_accent));
    --_prompt-size: var(--vt-reflection-card-prompt-size, 1.125rem);
    --_presenter-size: var(--vt-reflection-card-presenter-size, clamp(1.75rem, 4vw, 3.25rem));
  }

  .card {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .title,
  .progress,
  .prompt,
  p {
    margin: 0;
  }

  .title {
    font-weight: 600;
    color: var(--_muted);
  }

  .progress {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }

  .item {
    display: grid;
    gap: 0.5rem;
  }

  label,
  .prompt {
    font-size: var(--_prompt-size);
    font-weight: 600;
    line-height: 1.4;
  }

  textarea {
    display: block;
    width: 100%;
    min-height: 8rem;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    line-height: 1.5;
    resize: vertical;
    overflow-wrap: break-word;
  }

  @supports (field-sizing: content) {
    textarea {
      field-sizing: content;
    }
  }

  textarea[readonly] {
    min-height: 6rem;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .vt-button {
    border-color: var(--_card-accent);
    background: var(--_card-accent);
  }

  .vt-button[data-variant='secondary'] {
    background: var(--_surface);
    color: var(--_card-accent);
  }

  .vt-button[data-variant='danger'] {
    border-color: var(--_danger);
    background: var(--_surface);
    color: var(--_danger);
  }

  .notice:empty {
    display: none;
  }

  :host([presenter]) .prompt {
    font-size: var(--_presenter-size);
    line-height: 1.25;
  }

  :host([presenter]) .card {
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
  }

  :host([presenter]) .list {
    display: grid;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding-inline-start: 1.5em;
  }

  dialog {
    max-width: min(40rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    overflow: auto;
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

  dialog h2 {
    margin: 0 0 0.75rem;
    font-size: 1.25rem;
  }

  dialog p {
    margin-block-end: 0.75rem;
  }

  dt {
    font-weight: 600;
  }

  dd {
    margin: 0.25rem 0 1rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_border);
    white-space: pre-wrap;
    overflow-wrap: break-word;
  }
`;

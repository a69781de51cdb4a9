import { css } from 'lit';

/**
 * What every element starts from. Tokens go two levels deep, `--vt-<element>-x` then `--vt-x`, each with
 * a default, so an element looks right on a page with no theme at all; the defaults meet WCAG AA
 * contrast on white. Host page CSS cannot reach inside the shadow root, and nothing here leaves it.
 * Nothing here moves; the one animation (the timer's flash) stops itself under reduced motion.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font: inherit;
    color: var(--vt-color-text, #1d2330);
    --_accent: var(--vt-color-accent, #0b5cad);
    --_accent-contrast: var(--vt-color-accent-contrast, #ffffff);
    --_danger: var(--vt-color-danger, #b3261e);
    --_success: var(--vt-color-success, #1e6b34);
    --_surface: var(--vt-color-surface, #ffffff);
    --_muted: var(--vt-color-muted, #4a5263);
    --_border: var(--vt-color-border, #6b7385);
    --_focus: var(--vt-color-focus, #0b5cad);
    --_radius: var(--vt-radius, 0.375rem);
    --_space: var(--vt-space, 1rem);
    --_target: var(--vt-target-size, 2.75rem);
  }

  :host([hidden]) {
    display: none;
  }

  /* border-box, not inherit: a host page rule such as \`* { all: revert }\` reaches the host itself. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }

  /* WCAG 2.5.8 asks for 24 px; touch users need more, so controls default to 44 px. */
  button,
  input:not([type='checkbox'], [type='radio']),
  select {
    min-height: max(24px, var(--_target));
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .vt-button {
    cursor: pointer;
    padding: 0.5rem 1.25rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 600;
  }

  .vt-button[data-variant='secondary'] {
    background: var(--_surface);
    color: var(--_accent);
  }

  .vt-button:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }

  .vt-note {
    margin: 0.5rem 0;
    color: var(--_muted);
  }

  /* Kept in the accessibility tree while empty: a live region must exist before its first message. */
  .vt-status:empty {
    margin: 0;
  }

  .vt-status[data-tone='error'],
  .vt-config-error {
    color: var(--_danger);
  }

  .vt-status[data-tone='success'] {
    color: var(--_success);
  }

  .vt-config-error {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_surface);
  }

  .vt-visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  @media (forced-colors: active) {
    .vt-button {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

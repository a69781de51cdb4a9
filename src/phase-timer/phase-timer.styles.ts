import { css } from 'lit';

export const phaseTimerStyles = css`
  :host {
    --_t-accent: var(--vt-phase-timer-accent, var(--_accent));
    --_t-low: var(--vt-phase-timer-low, #8a4b00);
    --_t-over: var(--vt-phase-timer-overtime, var(--_danger));
    --_t-size: var(--vt-phase-timer-size, clamp(3rem, 12vw, 7rem));
  }

  :host(:fullscreen) {
    background: var(--_surface);
    padding: calc(2 * var(--_space));
    overflow: auto;
    --_t-size: clamp(5rem, 22vw, 18rem);
  }

  .face {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .face:focus {
    outline: none;
  }

  .phase,
  .state,
  .next {
    margin: 0;
  }

  .name {
    display: block;
    font-size: 1.5em;
    font-weight: 700;
  }

  .count,
  .kind,
  .next {
    color: var(--_muted);
  }

  .count::after {
    content: ' · ';
  }

  .time {
    font-size: var(--_t-size);
    font-weight: 700;
    line-height: 1;
    font-variant-numeric: tabular-nums;
    color: var(--_t-accent);
  }

  .state {
    font-weight: 600;
    min-height: 1.5em;
  }

  [data-level='low'] .time,
  [data-level='low'] .state {
    color: var(--_t-low);
  }

  [data-level='last'] .time,
  [data-level='last'] .state,
  [data-level='over'] .time,
  [data-level='over'] .state {
    color: var(--_t-over);
  }

  progress {
    width: 100%;
    height: 0.75rem;
    appearance: none;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
  }

  progress::-webkit-progress-bar {
    background: var(--_surface);
  }

  progress::-webkit-progress-value {
    background: var(--_t-accent);
  }

  progress::-moz-progress-bar {
    background: var(--_t-accent);
  }

  [part='controls'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  [part='controls'] .vt-button {
    padding-inline: 0.9rem;
  }

  [aria-pressed='true'] {
    text-decoration: line-through;
  }

  ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  li {
    flex: 1 1 8rem;
    padding: 0.25rem 0.5rem;
    border-top: 0.375rem solid var(--_border);
    color: var(--_muted);
  }

  li[data-done] {
    border-top-color: var(--_t-accent);
  }

  li[aria-current] {
    border-top-color: var(--_t-accent);
    color: inherit;
    font-weight: 700;
  }

  li span {
    display: block;
    font-size: 0.875em;
    font-weight: 400;
  }

  dialog {
    max-width: 30rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    color: inherit;
    background: var(--_surface);
  }

  dialog div {
    display: flex;
    gap: 0.5rem;
    justify-content: flex-end;
  }

  /* One flash a second, three times: well under the three-flashes-a-second limit (WCAG 2.3.1). */
  .flash {
    animation: vt-flash 1s ease-in-out 3;
  }

  @keyframes vt-flash {
    50% {
      box-shadow: 0 0 0 0.5rem var(--_t-accent);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .flash {
      animation: none;
    }
  }

  @media (forced-colors: active) {
    li[aria-current] {
      border-top-color: Highlight;
    }
    /* Forced colours paint the bar's value like its track: give it the system highlight. */
    progress {
      border: 1px solid CanvasText;
    }
    progress::-webkit-progress-value {
      background: Highlight;
    }
    progress::-moz-progress-bar {
      background: Highlight;
    }
  }
`;

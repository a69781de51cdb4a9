import type { Phase } from './clock.js';

const flags = { bubbles: true, composed: true } as const;

/**
 * The timer moved to another phase: by the facilitator, by `advance="auto"`, or in another tab. The
 * phase's `name` is the one on screen, in the timer's language, for the built-in agendas too.
 */
export class VtPhaseChangeEvent extends Event {
  constructor(readonly detail: { index: number; phase: Phase }) {
    super('vt-phase-change', flags);
  }
}

/** The last phase's time ran out, or the facilitator moved past the last phase. */
export class VtTimerEndEvent extends Event {
  constructor() {
    super('vt-timer-end', flags);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vt-phase-change': VtPhaseChangeEvent;
    'vt-timer-end': VtTimerEndEvent;
  }
}

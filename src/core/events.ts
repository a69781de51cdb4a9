import type { Envelope } from './envelope.js';
import type { Problem } from './delivery/index.js';

const flags = { bubbles: true, composed: true } as const;

/**
 * Fired before anything is sent. Call `preventDefault()` to take the submission over: then nothing is
 * sent and nothing is queued.
 */
export class VtSubmitEvent extends Event {
  constructor(readonly detail: { envelope: Envelope }) {
    super('vt-submit', { ...flags, cancelable: true });
  }
}

/** The endpoint accepted the submission (2xx), now or later from the outbox (`deliveredLater`). */
export class VtSubmittedEvent extends Event {
  constructor(readonly detail: { envelope: Envelope; response: unknown; deliveredLater: boolean }) {
    super('vt-submitted', flags);
  }
}

/** The endpoint refused the submission; `fieldErrors` maps field names to the server's messages. */
export class VtSubmitErrorEvent extends Event {
  constructor(
    readonly detail: {
      envelope: Envelope;
      status: number;
      problem: Problem | null;
      fieldErrors: Record<string, string>;
    },
  ) {
    super('vt-submit-error', flags);
  }
}

/** The endpoint could not be reached; the submission waits in the outbox on this device. */
export class VtSubmitQueuedEvent extends Event {
  constructor(readonly detail: { envelope: Envelope; status: number | null }) {
    super('vt-submit-queued', flags);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vt-submit': VtSubmitEvent;
    'vt-submitted': VtSubmittedEvent;
    'vt-submit-error': VtSubmitErrorEvent;
    'vt-submit-queued': VtSubmitQueuedEvent;
  }
}

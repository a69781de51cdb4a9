import type { ReflectionAnswer } from './answers.js';

/**
 * The participant paused typing and the draft was saved (debounced). `persistent` is false when the
 * browser refuses storage and the answers live only as long as the page. Nothing has left the device.
 */
export class VtReflectionInputEvent extends Event {
  constructor(readonly detail: { cardId: string; answers: ReflectionAnswer[]; persistent: boolean }) {
    super('vt-reflection-input', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vt-reflection-input': VtReflectionInputEvent;
  }
}

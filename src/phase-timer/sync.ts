import { deviceStorage, readJson, type KeyValueStore } from '../core/storage.js';
import { restore, type TimerState } from './clock.js';

/**
 * Keeps every timer with one `timer-id` in this browser in step: the state is saved in localStorage
 * (so a reload or a display opened late starts right) and sent to the other tabs and windows over a
 * BroadcastChannel. Where there is none, the other tabs hear the `storage` event of the same write.
 */
export class TimerSync {
  private readonly key: string;
  private readonly channel?: BroadcastChannel;
  private readonly onStorage = (event: StorageEvent): void => {
    if (event.key === this.key && event.newValue) this.receive(safeParse(event.newValue));
  };

  constructor(
    timerId: string,
    private readonly onState: (state: TimerState) => void,
    private readonly store: KeyValueStore = deviceStorage(),
  ) {
    this.key = `vt-timer:${timerId}`;
    if (typeof BroadcastChannel === 'function') {
      this.channel = new BroadcastChannel(this.key);
      this.channel.onmessage = (event: MessageEvent) => this.receive(event.data);
    }
    window.addEventListener('storage', this.onStorage);
  }

  /** The saved state, if any and readable. */
  read(): TimerState | undefined {
    return restore(readJson<unknown>(this.store, this.key, null));
  }

  write(state: TimerState): void {
    this.store.set(this.key, JSON.stringify(state));
    this.channel?.postMessage(state);
  }

  close(): void {
    this.channel?.close();
    window.removeEventListener('storage', this.onStorage);
  }

  private receive(value: unknown): void {
    const state = restore(value);
    if (state) this.onState(state);
  }
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

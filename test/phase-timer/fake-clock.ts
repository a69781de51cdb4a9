import type { TimerClock } from '../../src/phase-timer/clock.js';

/** A clock the tests move by hand: `tick` fires what falls due and lets the element render in between. */
export class FakeClock implements TimerClock {
  private timers = new Map<number, { at: number; callback: () => void }>();
  private nextId = 1;

  constructor(public time = Date.UTC(2027, 1, 3, 9, 0, 0)) {}

  now = (): number => this.time;

  setTimeout = (callback: () => void, ms: number): number => {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + ms, callback });
    return id;
  };

  clearTimeout = (handle: unknown): void => {
    this.timers.delete(handle as number);
  };

  get pending(): number {
    return this.timers.size;
  }

  /** Moves time on by `ms`, firing each timer at its own moment, and waits for renders after each. */
  async tick(ms: number): Promise<void> {
    const until = this.time + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = Math.max(this.time, due[1].at);
      due[1].callback();
      await microtasks();
    }
    this.time = until;
    await settle();
  }

  /** Jumps time without firing anything: a laptop asleep, a tab in the background. */
  jump(ms: number): void {
    this.time += ms;
  }
}

/** Lets Lit's update, queued as a microtask, run. */
async function microtasks(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

/** Lets pending microtasks (Lit's update) run. */
export const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

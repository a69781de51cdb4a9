/**
 * The timer's time maths, free of the DOM. Time is kept as wall-clock timestamps, never as a count of
 * ticks: whatever happened in between (a reload, a sleeping laptop, a throttled background tab), the
 * remaining time is `phaseEndsAt - now`, right at once.
 */

export const PHASE_KINDS = ['together', 'horizontal', 'vertical', 'individual', 'break'] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];

/** One phase of a workshop. `textKey` names a built-in text (preset phases), used instead of `name`. */
export interface Phase {
  name: string;
  minutes: number;
  kind: PhaseKind;
  textKey?: string;
}

export type TimerStatus = 'idle' | 'running' | 'paused' | 'ended';

/** Everything a timer needs to carry on elsewhere (another tab, after a reload): plain JSON. */
export interface TimerState {
  phases: Phase[];
  index: number;
  status: TimerStatus;
  /** While running: when the current phase runs out, in ms since the epoch. */
  phaseEndsAt: number;
  /** While not running: what is left of the current phase (negative in overtime). */
  remainingMs: number;
  /** The current phase's length with the facilitator's extensions, for the progress bar. */
  phaseMs: number;
  /** When this state was made: the newest wins when timers in several tabs meet. */
  updatedAt: number;
}

/** What the clock reads and schedules with; tests pass a clock they move by hand. */
export interface TimerClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: TimerClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

const MINUTE = 60_000;
const lengthOf = (phase: Phase | undefined): number => Math.round((phase?.minutes ?? 0) * MINUTE);

/** A timer at the start of `phases`, not yet started. */
export function initialState(phases: Phase[], now: number): TimerState {
  const phaseMs = lengthOf(phases[0]);
  return { phases, index: 0, status: 'idle', phaseEndsAt: 0, remainingMs: phaseMs, phaseMs, updatedAt: now };
}

/** Time left in the current phase; below zero in overtime. */
export function remaining(state: TimerState, now: number): number {
  return state.status === 'running' ? state.phaseEndsAt - now : state.remainingMs;
}

export function start(state: TimerState, now: number): TimerState {
  if (state.status === 'running' || state.status === 'ended') return state;
  return { ...state, status: 'running', phaseEndsAt: now + state.remainingMs, updatedAt: now };
}

export function pause(state: TimerState, now: number): TimerState {
  if (state.status !== 'running') return state;
  return { ...state, status: 'paused', remainingMs: state.phaseEndsAt - now, updatedAt: now };
}

/** Adds (or with a negative number takes) minutes to the current phase; it never gets shorter than 0. */
export function extend(state: TimerState, minutes: number, now: number): TimerState {
  if (state.status === 'ended') return state;
  const change = Math.max(minutes * MINUTE, -state.phaseMs);
  return {
    ...state,
    phaseEndsAt: state.phaseEndsAt + change,
    remainingMs: state.remainingMs + change,
    phaseMs: state.phaseMs + change,
    updatedAt: now,
  };
}

/**
 * Moves to phase `index` with its full time. A running timer runs on in the new phase; past the last
 * phase the workshop has ended.
 */
export function goTo(state: TimerState, index: number, now: number, startsAt = now): TimerState {
  const target = Math.max(0, index);
  if (target >= state.phases.length) {
    return { ...state, index: state.phases.length - 1, status: 'ended', remainingMs: 0, phaseEndsAt: now, updatedAt: now };
  }
  const phaseMs = lengthOf(state.phases[target]);
  const status = state.status === 'ended' ? 'paused' : state.status;
  return { ...state, index: target, status, phaseMs, remainingMs: phaseMs, phaseEndsAt: startsAt + phaseMs, updatedAt: now };
}

export const next = (state: TimerState, now: number): TimerState => goTo(state, state.index + 1, now);
export const previous = (state: TimerState, now: number): TimerState => goTo(state, state.index - 1, now);
export const reset = (state: TimerState, now: number): TimerState => initialState(state.phases, now);

/**
 * With `advance="auto"`: moves on past every phase that has run out by `now`. Each phase starts when
 * the one before it ended, not when someone looked, so a laptop waking after an hour is right at once.
 */
export function settle(state: TimerState, now: number): TimerState {
  let settled = state;
  while (settled.status === 'running' && remaining(settled, now) <= 0) {
    const endedAt = settled.phaseEndsAt;
    settled = goTo(settled, settled.index + 1, endedAt, endedAt);
    settled = { ...settled, updatedAt: state.updatedAt };
  }
  return settled;
}

/** How far through its phase the timer is, 0 to 1. */
export function progress(state: TimerState, now: number): number {
  if (state.status === 'ended') return 1;
  if (state.phaseMs <= 0) return 1;
  return Math.min(1, Math.max(0, 1 - remaining(state, now) / state.phaseMs));
}

function isPhase(value: unknown): value is Phase {
  const phase = value as Phase;
  return (
    typeof phase === 'object' &&
    phase !== null &&
    typeof phase.name === 'string' &&
    typeof phase.minutes === 'number' &&
    (PHASE_KINDS as readonly string[]).includes(phase.kind)
  );
}

/** Reads a state back from storage or another tab; anything malformed counts as no state at all. */
export function restore(value: unknown): TimerState | undefined {
  const state = value as TimerState;
  if (typeof state !== 'object' || state === null) return undefined;
  const numbers = [state.index, state.phaseEndsAt, state.remainingMs, state.phaseMs, state.updatedAt];
  if (!numbers.every((n) => typeof n === 'number' && Number.isFinite(n))) return undefined;
  if (!['idle', 'running', 'paused', 'ended'].includes(state.status)) return undefined;
  if (!Array.isArray(state.phases) || !state.phases.length || !state.phases.every(isPhase)) return undefined;
  if (state.index < 0 || state.index >= state.phases.length) return undefined;
  return state;
}

/** The same agenda? Used to tell whether a stored state belongs to the agenda on the page. */
export function sameAgenda(a: Phase[], b: Phase[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

import { expect } from '@open-wc/testing';
import { PRESETS } from '../../src/phase-timer/agenda.js';
import * as clock from '../../src/phase-timer/clock.js';
import type { Phase } from '../../src/phase-timer/clock.js';

const MIN = 60_000;
const T0 = Date.UTC(2027, 1, 3, 9, 0, 0);
const phases: Phase[] = [
  { name: 'Aloitus', minutes: 10, kind: 'together' },
  { name: 'Ryhmät', minutes: 20, kind: 'horizontal' },
  { name: 'Yhdessä', minutes: 15, kind: 'vertical' },
];

describe('phase timer clock', () => {
  it('starts idle at the first phase with its full time', () => {
    const state = clock.initialState(phases, T0);
    expect(state.status).to.equal('idle');
    expect(clock.remaining(state, T0 + 5 * MIN)).to.equal(10 * MIN);
    expect(clock.progress(state, T0)).to.equal(0);
  });

  it('counts down from wall-clock timestamps, and pause keeps what is left', () => {
    let state = clock.start(clock.initialState(phases, T0), T0);
    expect(clock.start(state, T0 + 1000)).to.equal(state);
    expect(clock.remaining(state, T0 + 3 * MIN)).to.equal(7 * MIN);
    state = clock.pause(state, T0 + 3 * MIN);
    expect(clock.pause(state, T0 + 4 * MIN)).to.equal(state);
    expect(clock.remaining(state, T0 + 60 * MIN)).to.equal(7 * MIN);
    state = clock.start(state, T0 + 60 * MIN);
    expect(clock.remaining(state, T0 + 61 * MIN)).to.equal(6 * MIN);
    expect(clock.progress(state, T0 + 61 * MIN)).to.be.closeTo(0.4, 1e-9);
  });

  it('extends and shortens the current phase, never below zero length', () => {
    let state = clock.start(clock.initialState(phases, T0), T0);
    state = clock.extend(state, 5, T0 + MIN);
    expect(clock.remaining(state, T0 + MIN)).to.equal(14 * MIN);
    expect(state.phaseMs).to.equal(15 * MIN);
    state = clock.extend(state, -1, T0 + MIN);
    expect(clock.remaining(state, T0 + MIN)).to.equal(13 * MIN);
    const paused = clock.extend(clock.pause(state, T0 + 2 * MIN), 1, T0 + 2 * MIN);
    expect(clock.remaining(paused, T0 + 9 * MIN)).to.equal(13 * MIN);
    const shortened = clock.extend(clock.initialState(phases, T0), -60, T0);
    expect(shortened.phaseMs).to.equal(0);
    expect(clock.progress(shortened, T0)).to.equal(1);
  });

  it('shows overtime below zero when nothing advances it', () => {
    const state = clock.start(clock.initialState(phases, T0), T0);
    expect(clock.remaining(state, T0 + 12 * MIN)).to.equal(-2 * MIN);
    expect(clock.progress(state, T0 + 12 * MIN)).to.equal(1);
  });

  it('skips forward and back with each phase’s full time, and ends past the last', () => {
    let state = clock.start(clock.initialState(phases, T0), T0);
    state = clock.next(state, T0 + 2 * MIN);
    expect(state.index).to.equal(1);
    expect(state.status).to.equal('running');
    expect(clock.remaining(state, T0 + 2 * MIN)).to.equal(20 * MIN);
    state = clock.previous(clock.previous(state, T0 + 3 * MIN), T0 + 3 * MIN);
    expect(state.index).to.equal(0);
    expect(clock.remaining(state, T0 + 3 * MIN)).to.equal(10 * MIN);
    state = clock.goTo(state, 2, T0 + 4 * MIN);
    state = clock.next(state, T0 + 5 * MIN);
    expect(state.status).to.equal('ended');
    expect(state.index).to.equal(2);
    expect(clock.progress(state, T0 + 5 * MIN)).to.equal(1);
    expect(clock.start(state, T0)).to.equal(state);
    expect(clock.extend(state, 1, T0)).to.equal(state);
    const back = clock.previous(state, T0 + 6 * MIN);
    expect(back.status).to.equal('paused');
    expect(back.index).to.equal(1);
    const fresh = clock.reset(back, T0 + 7 * MIN);
    expect(fresh.status).to.equal('idle');
    expect(fresh.index).to.equal(0);
  });

  it('advances automatically from the moment each phase ended, even after a long sleep', () => {
    const state = clock.start(clock.initialState(phases, T0), T0);
    expect(clock.settle(state, T0 + 5 * MIN)).to.equal(state);
    const woke = clock.settle(state, T0 + 35 * MIN);
    expect(woke.index).to.equal(2);
    expect(clock.remaining(woke, T0 + 35 * MIN)).to.equal(10 * MIN);
    expect(clock.settle(state, T0 + 50 * MIN).status).to.equal('ended');
    const paused = clock.pause(state, T0 + 11 * MIN);
    expect(clock.settle(paused, T0 + 99 * MIN)).to.equal(paused);
  });

  it('comes back from its serialised form after a reload', () => {
    const state = clock.start(clock.next(clock.initialState(phases, T0), T0), T0 + MIN);
    const restored = clock.restore(JSON.parse(JSON.stringify(state)));
    expect(restored).to.deep.equal(state);
    expect(clock.remaining(restored!, T0 + 11 * MIN)).to.equal(10 * MIN);
    expect(clock.sameAgenda(restored!.phases, phases)).to.equal(true);
    expect(clock.sameAgenda(PRESETS['co-development-workshop']!, phases)).to.equal(false);
  });

  it('treats anything malformed as no state', () => {
    const good = clock.initialState(phases, T0);
    for (const bad of [
      null,
      'x',
      { ...good, index: 'a' },
      { ...good, status: 'sleeping' },
      { ...good, phases: [] },
      { ...good, phases: [{ name: 'x', minutes: 5, kind: 'party' }] },
      { ...good, index: 3 },
      { ...good, remainingMs: Infinity },
    ]) {
      expect(clock.restore(bad)).to.equal(undefined);
    }
  });

  it('has presets of about two and a half hours, breaks included', () => {
    for (const preset of Object.values(PRESETS)) {
      const total = preset.reduce((sum, p) => sum + p.minutes, 0);
      expect(total).to.be.within(140, 160);
      expect(preset.some((p) => p.kind === 'break')).to.equal(true);
      expect(preset.some((p) => p.kind === 'horizontal')).to.equal(true);
    }
    expect(PRESETS['co-development-workshop']!.map((p) => p.kind)).to.include('vertical');
  });

  it('reads the system clock', () => {
    const before = Date.now();
    expect(clock.systemClock.now()).to.be.at.least(before);
    let fired = false;
    const handle = clock.systemClock.setTimeout(() => (fired = true), 60_000);
    clock.systemClock.clearTimeout(handle);
    expect(fired).to.equal(false);
  });
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/phase-timer/define.js';
import type { VtPhaseTimer } from '../../src/phase-timer/phase-timer.js';
import { TimerSync } from '../../src/phase-timer/sync.js';
import { initialState } from '../../src/phase-timer/clock.js';
import { MemoryStore } from '../../src/core/storage.js';

const PAGE = new URL('./timer-page.html', import.meta.url).pathname;
const uniqueId = () => `sync-${Date.now()}-${Math.random().toString(36).slice(2)}`;

type FrameWindow = Window & { timerReady?: boolean };

/** A real page with a timer in it, in an iframe: it can be reloaded like a browser tab. */
async function frame(query: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.title = 'timer';
  iframe.src = `${PAGE}?${query}`;
  document.body.append(iframe);
  await ready(iframe);
  return iframe;
}

async function ready(iframe: HTMLIFrameElement): Promise<void> {
  await waitUntil(() => (iframe.contentWindow as FrameWindow | null)?.timerReady === true, 'timer page did not load', {
    timeout: 8000,
  });
}

const timerIn = (iframe: HTMLIFrameElement) => iframe.contentDocument!.querySelector('vt-phase-timer') as VtPhaseTimer;
const read = (el: Element, part: string) =>
  el.shadowRoot!.querySelector(`[part~="${part}"]`)!.textContent!.replace(/\s+/g, ' ').trim();
const press = (el: Element, command: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-command="${command}"]`)!.click();
const seconds = (el: Element) => {
  const [, m, s] = /(\d+):(\d+)\s*$/.exec(read(el, 'time'))!;
  return Number(m) * 60 + Number(s);
};

describe('<vt-phase-timer> across pages', function () {
  this.timeout(30_000);
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    for (const iframe of frames.splice(0)) iframe.remove();
  });

  it('restores the phase and remaining time after a real reload mid-phase', async () => {
    const id = uniqueId();
    const iframe = await frame(`id=${id}`);
    frames.push(iframe);
    const before = timerIn(iframe);
    press(before, 'next');
    press(before, 'next');
    press(before, 'toggle');
    await before.updateComplete;
    expect(read(before, 'phase')).to.contain('Phase 3 of 6');

    (iframe.contentWindow as FrameWindow).timerReady = false;
    iframe.contentWindow!.location.reload();
    await ready(iframe);
    const after = timerIn(iframe);
    expect(after).to.not.equal(before);
    expect(read(after, 'phase')).to.contain('Phase 3 of 6');
    expect(read(after, 'status')).to.equal('');
    // 45 minutes, of which the reload took a moment of real time.
    expect(seconds(after)).to.be.within(45 * 60 - 10, 45 * 60);
  });

  it('keeps two timers with one timer-id in step, and a display opened late is right at once', async () => {
    const id = uniqueId();
    const controller = await fixture<VtPhaseTimer>(html`<vt-phase-timer lang="en" timer-id=${id}></vt-phase-timer>`);
    const projector = await frame(`id=${id}&controls=none`);
    frames.push(projector);
    const display = timerIn(projector);
    press(controller, 'toggle');
    await waitUntil(() => read(display, 'status') === '', 'display did not start');
    press(controller, 'next');
    await waitUntil(() => read(display, 'phase').includes('Phase 2 of 6'), 'display did not move on');
    press(controller, 'plusFive');
    await waitUntil(() => seconds(display) > 10 * 60, 'display did not take the extension');
    press(controller, 'toggle');
    await waitUntil(() => read(display, 'status') === 'Paused', 'display did not pause');
    expect(read(display, 'time')).to.equal(read(controller, 'time'));

    const late = await frame(`id=${id}&controls=none`);
    frames.push(late);
    expect(read(timerIn(late), 'phase')).to.contain('Phase 2 of 6');
    expect(read(timerIn(late), 'time')).to.equal(read(controller, 'time'));
  });

  it('follows through the storage event where there is no BroadcastChannel', async () => {
    const id = uniqueId();
    const controller = await fixture<VtPhaseTimer>(html`<vt-phase-timer lang="en" timer-id=${id}></vt-phase-timer>`);
    const old = await frame(`id=${id}&controls=none&nobc`);
    frames.push(old);
    press(controller, 'next');
    await waitUntil(() => read(timerIn(old), 'phase').includes('Phase 2 of 6'), 'no storage event reached it');
  });

  it('ignores what it cannot read, and older states than its own', () => {
    const store = new MemoryStore();
    const heard: unknown[] = [];
    const sync = new TimerSync(uniqueId(), (state) => heard.push(state), store);
    expect(sync.read()).to.equal(undefined);
    store.set(`vt-timer:x`, '{');
    window.dispatchEvent(new StorageEvent('storage', { key: (sync as unknown as { key: string }).key, newValue: '{' }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'other', newValue: '{}' }));
    const state = initialState([{ name: 'A', minutes: 1, kind: 'together' }], 1);
    window.dispatchEvent(
      new StorageEvent('storage', { key: (sync as unknown as { key: string }).key, newValue: JSON.stringify(state) }),
    );
    expect(heard).to.deep.equal([state]);
    sync.write(state);
    expect(sync.read()).to.deep.equal(state);
    sync.close();
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defineElement } from '../../src/core/define.js';
import '../../src/phase-timer/define.js';
import type { VtPhaseChangeEvent } from '../../src/phase-timer/events.js';
import { VtPhaseTimer } from '../../src/phase-timer/phase-timer.js';
import { FakeClock, settle } from './fake-clock.js';

const MIN = 60_000;

/** Counts renders, so the tests can see the timer stays idle when it should. */
class CountingTimer extends VtPhaseTimer {
  renders = 0;
  protected override updated(): void {
    this.renders++;
    super.updated();
  }
}
defineElement('vt-counting-timer', CountingTimer);

let fake: FakeClock;
let ids = 0;
const uniqueId = () => `test-${Date.now()}-${Math.random().toString(36).slice(2)}-${ids++}`;

async function timer(template = html`<vt-phase-timer lang="fi"></vt-phase-timer>`): Promise<VtPhaseTimer> {
  const el = await fixture<VtPhaseTimer>(template);
  el.clock = fake;
  el.requestUpdate();
  await el.updateComplete;
  return el;
}

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const text = (el: Element, name: string) => part(el, name).textContent!.replace(/\s+/g, ' ').trim();
const button = (el: Element, command: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-command="${command}"]`)!;
const status = (el: Element) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

async function click(el: VtPhaseTimer, command: string): Promise<void> {
  button(el, command).click();
  await el.updateComplete;
}

describe('<vt-phase-timer>', function () {
  // axe over the whole face is slow in WebKit on a busy machine; no test here waits on real time.
  this.timeout(30_000);
  beforeEach(() => {
    fake = new FakeClock();
  });

  it('shows the co-development preset, idle, accessibly', async () => {
    const el = await timer();
    await expect(el).to.be.accessible();
    expect(text(el, 'phase')).to.equal('Vaihe 1/6 Yhteinen osa Yhteinen aloitus');
    expect(text(el, 'time')).to.equal('Vaiheen aikaa jäljellä: 20:00');
    expect(part(el, 'time').getAttribute('role')).to.equal('timer');
    expect(part(el, 'time').getAttribute('aria-live')).to.equal('off');
    expect(text(el, 'status')).to.equal('Ei vielä käynnissä');
    expect(text(el, 'next')).to.equal('Seuraavaksi: Tauko (10 min)');
    const items = [...part(el, 'timeline').querySelectorAll('li')];
    expect(items).to.have.length(6);
    expect(items[0]!.getAttribute('aria-current')).to.equal('step');
    expect(items[2]!.textContent).to.contain('horisontaalinen');
    expect(items[4]!.textContent).to.contain('vertikaalinen');
    expect(button(el, 'toggle').textContent!.trim()).to.equal('Käynnistä');
  });

  it('says in words which phases are done, not only by colour', async () => {
    const el = await timer();
    const items = () => [...part(el, 'timeline').querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' '));
    expect(items().filter((item) => item.includes('valmis'))).to.have.length(0);
    await click(el, 'next');
    await click(el, 'next');
    expect(items()[0]).to.contain('· valmis');
    expect(items()[1]).to.contain('· valmis');
    expect(items()[2]).not.to.contain('valmis');
  });

  it('counts down, goes low at 20%, says the last minute and overtime in words, accessibly in each state', async () => {
    const el = await timer(html`<vt-phase-timer lang="en">
      <vt-phase name="Warm-up" minutes="10" kind="individual"></vt-phase>
      <vt-phase name="Groups" minutes="5" kind="horizontal"></vt-phase>
    </vt-phase-timer>`);
    await click(el, 'toggle');
    expect(button(el, 'toggle').textContent!.trim()).to.equal('Pause');
    await fake.tick(MIN + 500);
    expect(text(el, 'time')).to.contain('09:00');
    expect(part(el, 'base').dataset['level']).to.equal('');
    await expect(el).to.be.accessible();

    await fake.tick(7 * MIN);
    expect(text(el, 'status')).to.equal('Time running low');
    expect(part(el, 'base').dataset['level']).to.equal('low');
    await expect(el).to.be.accessible();

    await fake.tick(MIN);
    expect(text(el, 'status')).to.equal('Last minute');
    expect(part(el, 'base').dataset['level']).to.equal('last');
    expect(status(el)).to.equal('1 minute left: Warm-up.');
    await expect(el).to.be.accessible();

    await fake.tick(MIN);
    expect(text(el, 'status')).to.equal('Over time');
    expect(status(el)).to.equal('Time is up for this phase: Warm-up.');
    expect(part(el, 'base').classList.contains('flash')).to.equal(true);
    await expect(el).to.be.accessible();
    await fake.tick(MIN);
    expect(part(el, 'base').classList.contains('flash')).to.equal(false);
    expect(text(el, 'time')).to.equal('Time left in this phase: +01:00');

    await click(el, 'toggle');
    expect(text(el, 'status')).to.equal('Paused · Over time');
    expect(button(el, 'toggle').textContent!.trim()).to.equal('Resume');
    await expect(el).to.be.accessible();
  });

  it('announces only phase changes and the 5- and 1-minute marks', async () => {
    const el = await timer(html`<vt-phase-timer lang="fi">
      <vt-phase name="A" minutes="7"></vt-phase>
      <vt-phase name="B" minutes="3" kind="break"></vt-phase>
    </vt-phase-timer>`);
    await click(el, 'toggle');
    await fake.tick(MIN);
    expect(status(el)).to.equal('');
    await fake.tick(MIN + 1000);
    expect(status(el)).to.equal('5 minuuttia jäljellä: A.');
    await fake.tick(MIN);
    expect(status(el)).to.equal('5 minuuttia jäljellä: A.');
    const changed = oneEvent(el, 'vt-phase-change');
    await click(el, 'next');
    const event = (await changed) as VtPhaseChangeEvent;
    expect(event.detail.index).to.equal(1);
    expect(event.detail.phase.name).to.equal('B');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(status(el)).to.equal('Vaihe 2/2 alkoi: B, 3 min.');
    expect(text(el, 'next')).to.equal('Tämä on viimeinen vaihe.');
  });

  it('names a built-in phase in the event as on screen, in the timer’s language', async () => {
    const el = await timer(html`<vt-phase-timer lang="sv"></vt-phase-timer>`);
    await click(el, 'toggle');
    const changed = oneEvent(el, 'vt-phase-change');
    await click(el, 'next');
    const { detail } = (await changed) as VtPhaseChangeEvent;
    expect(detail.index).to.equal(1);
    expect(detail.phase.name).to.not.equal('');
    expect(text(el, 'phase')).to.contain(detail.phase.name);
  });

  it('renders at most once a second while running, and not at all while paused or hidden', async () => {
    const el = await fixture<CountingTimer>(html`<vt-counting-timer lang="fi"></vt-counting-timer>`);
    el.clock = fake;
    el.requestUpdate();
    await el.updateComplete;
    button(el, 'toggle').click();
    await el.updateComplete;
    el.renders = 0;
    await fake.tick(10_000);
    expect(el.renders).to.equal(10);

    button(el, 'toggle').click();
    await el.updateComplete;
    el.renders = 0;
    expect(fake.pending).to.equal(0);
    await fake.tick(60_000);
    expect(el.renders).to.equal(0);

    button(el, 'toggle').click();
    await el.updateComplete;
    const visibility = Object.getOwnPropertyDescriptor(document, 'visibilityState');
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await settle();
      el.renders = 0;
      await fake.tick(5 * MIN);
      expect(el.renders).to.equal(0);
      expect(fake.pending).to.equal(0);
    } finally {
      if (visibility) Object.defineProperty(document, 'visibilityState', visibility);
      else delete (document as unknown as Record<string, unknown>)['visibilityState'];
    }
    document.dispatchEvent(new Event('visibilitychange'));
    await el.updateComplete;
    // Back in view: right at once, from the timestamps, after 5 minutes unseen.
    expect(text(el, 'time')).to.equal('Vaiheen aikaa jäljellä: 14:50');
  });

  it('is right at once after a sleep, and advance="auto" moves on from when each phase ended', async () => {
    const el = await timer(html`<vt-phase-timer lang="en" advance="auto">
      <vt-phase name="One" minutes="2"></vt-phase>
      <vt-phase name="Two" minutes="3"></vt-phase>
      <vt-phase name="Three" minutes="4"></vt-phase>
    </vt-phase-timer>`);
    await click(el, 'toggle');
    const changed = oneEvent(el, 'vt-phase-change');
    fake.jump(6 * MIN);
    el.requestUpdate();
    await el.updateComplete;
    expect((await changed).detail.index).to.equal(2);
    expect(text(el, 'phase')).to.contain('Three');
    expect(text(el, 'time')).to.contain('03:00');
    const end = oneEvent(el, 'vt-timer-end');
    await fake.tick(3 * MIN);
    await end;
    expect(text(el, 'status')).to.equal('The workshop has ended.');
    expect(text(el, 'time')).to.contain('00:00');
    await expect(el).to.be.accessible();
  });

  it('fires vt-timer-end when the last phase runs out without advance', async () => {
    const el = await timer(html`<vt-phase-timer lang="en"><vt-phase name="Only" minutes="1"></vt-phase></vt-phase-timer>`);
    await click(el, 'toggle');
    const end = oneEvent(el, 'vt-timer-end');
    await fake.tick(MIN);
    await end;
    expect(text(el, 'status')).to.equal('Over time');
    const ended = oneEvent(el, 'vt-timer-end');
    await click(el, 'next');
    await ended;
    expect(button(el, 'toggle')).to.equal(null);
    await click(el, 'previous');
    expect(text(el, 'status')).to.equal('Paused · Last minute');
  });

  it('extends and shortens the phase with +1, +5 and −1 min', async () => {
    const el = await timer(html`<vt-phase-timer lang="en"><vt-phase name="Talk" minutes="10"></vt-phase></vt-phase-timer>`);
    await click(el, 'plusOne');
    await click(el, 'plusFive');
    await click(el, 'minusOne');
    expect(text(el, 'time')).to.contain('15:00');
  });

  it('resets only after confirmation, and focus returns to the reset button', async () => {
    const el = await timer();
    await click(el, 'toggle');
    await click(el, 'next');
    await click(el, 'reset');
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    await expect(el).to.be.accessible();
    dialog.querySelector<HTMLButtonElement>('[data-variant="secondary"]')!.click();
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'reset'));
    expect(text(el, 'phase')).to.contain('Vaihe 2/6');

    await click(el, 'reset');
    dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(text(el, 'phase')).to.contain('Vaihe 2/6');

    await click(el, 'reset');
    dialog.querySelector<HTMLButtonElement>('[data-confirm]')!.click();
    await el.updateComplete;
    expect(text(el, 'phase')).to.contain('Vaihe 1/6');
    expect(text(el, 'status')).to.equal('Ei vielä käynnissä');
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'reset'));
  });

  it('is operated by keyboard within the timer, and leaves keys typed in a field alone', async () => {
    const el = await timer(html`<vt-phase-timer lang="en" sound>
      <input slot="heading" aria-label="Workshop notes" />
    </vt-phase-timer>`);
    button(el, 'previous').focus();
    await sendKeys({ press: 'k' });
    await el.updateComplete;
    expect(text(el, 'status')).to.equal('');
    await sendKeys({ press: 'n' });
    await el.updateComplete;
    expect(text(el, 'phase')).to.contain('Phase 2 of 6');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(text(el, 'phase')).to.contain('Phase 3 of 6');
    await sendKeys({ press: '5' });
    await sendKeys({ press: '+' });
    await sendKeys({ press: '-' });
    await el.updateComplete;
    expect(text(el, 'time')).to.contain('50:00');
    await sendKeys({ press: 'm' });
    await el.updateComplete;
    expect(button(el, 'mute').getAttribute('aria-pressed')).to.equal('true');
    // Space on a focused button is the button's own: it presses that button, nothing more.
    button(el, 'toggle').focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(text(el, 'status')).to.equal('Paused');
    await sendKeys({ press: 'r' });
    await el.updateComplete;
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'reset'));

    el.querySelector('input')!.focus();
    await sendKeys({ type: 'n5k' });
    await el.updateComplete;
    expect(text(el, 'phase')).to.contain('Phase 3 of 6');
    expect(el.querySelector('input')!.value).to.equal('n5k');
  });

  it('is a display only with controls="none": no buttons, no shortcuts', async () => {
    const el = await timer(html`<vt-phase-timer lang="sv" controls="none" preset="solo-entrepreneur-workshop"></vt-phase-timer>`);
    await expect(el).to.be.accessible();
    expect(part(el, 'controls')).to.equal(null);
    expect(text(el, 'phase')).to.equal('Fas 1/6 Gemensam del Gemensam inledning');
    part(el, 'base').focus();
    await sendKeys({ press: 'n' });
    await el.updateComplete;
    expect(text(el, 'phase')).to.contain('Fas 1/6');
  });

  it('takes a phases property, shows a configuration error for an unknown preset', async () => {
    const el = await timer(html`<vt-phase-timer lang="en" preset="nonsense"></vt-phase-timer>`);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('the agenda has no phases');
    await expect(el).to.be.accessible();
    el.phases = [{ name: '', minutes: 12, kind: 'vertical' }];
    await el.updateComplete;
    expect(text(el, 'phase')).to.equal('Phase 1 of 1 Together: vertical peer support Phase 1');
    expect(text(el, 'time')).to.contain('12:00');
  });

  it('follows changes to its <vt-phase> children and warns about bad ones', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await timer(html`<vt-phase-timer lang="en">
        <vt-phase name="Good" minutes="5" kind="party"></vt-phase>
        <vt-phase name="Bad" minutes="zero"></vt-phase>
      </vt-phase-timer>`);
      expect(part(el, 'timeline').querySelectorAll('li')).to.have.length(1);
      expect(warnings.join('\n')).to.contain('kind="party"').and.contain('name="Bad"');
      const added = document.createElement('vt-phase');
      added.setAttribute('minutes', '3');
      added.textContent = 'Added';
      el.append(added);
      await settle();
      await el.updateComplete;
      expect(part(el, 'timeline').textContent).to.contain('Added');
    } finally {
      console.warn = warn;
    }
  });

  it('plays a chime with sound, says when the browser blocks it, and can be muted', async () => {
    const Real = window.AudioContext;
    let state: AudioContextState = 'suspended';
    let tones = 0;
    class FakeAudio {
      get state() {
        return state;
      }
      currentTime = 0;
      destination = {};
      resume = () => Promise.resolve();
      createGain = () => ({
        gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} },
        connect: (to: unknown) => to,
      });
      createOscillator = () => ({
        frequency: { value: 0 },
        connect: (to: unknown) => to,
        start: () => tones++,
        stop() {},
      });
    }
    (window as unknown as Record<string, unknown>)['AudioContext'] = FakeAudio;
    try {
      const el = await timer(html`<vt-phase-timer lang="en" sound><vt-phase name="A" minutes="1"></vt-phase><vt-phase name="B" minutes="1"></vt-phase></vt-phase-timer>`);
      await click(el, 'toggle');
      await fake.tick(MIN);
      expect(el.shadowRoot!.querySelector('.vt-note')!.textContent).to.contain('blocked the chime');
      await expect(el).to.be.accessible();
      state = 'running';
      await click(el, 'next');
      expect(tones).to.equal(2);
      expect(el.shadowRoot!.querySelector('.vt-note')).to.equal(null);
      await click(el, 'mute');
      await fake.tick(MIN);
      expect(tones).to.equal(2);
    } finally {
      (window as unknown as Record<string, unknown>)['AudioContext'] = Real;
    }
  });

  it('has a fullscreen button for projectors', async function () {
    if (!document.fullscreenEnabled) this.skip();
    const el = await timer();
    let asked = 0;
    el.requestFullscreen = () => {
      asked++;
      return Promise.reject(new Error('not from a real click'));
    };
    await click(el, 'fullscreen');
    await settle();
    expect(asked).to.equal(1);
  });

  it('saves its state under timer-id and carries on from it when created again', async () => {
    const id = uniqueId();
    const first = await timer(html`<vt-phase-timer lang="fi" timer-id=${id}></vt-phase-timer>`);
    await click(first, 'toggle');
    await click(first, 'next');
    first.remove();
    fake.jump(2 * MIN);
    const second = await timer(html`<vt-phase-timer lang="fi" timer-id=${id}></vt-phase-timer>`);
    expect(text(second, 'phase')).to.contain('Vaihe 2/6');
    expect(text(second, 'time')).to.contain('08:00');
    // Another agenda under the same id starts afresh; a display-only view shows whatever is shared.
    const other = await timer(html`<vt-phase-timer lang="fi" timer-id=${id}><vt-phase name="X" minutes="4"></vt-phase></vt-phase-timer>`);
    expect(text(other, 'phase')).to.contain('Vaihe 1/1');
    const display = await timer(html`<vt-phase-timer lang="fi" controls="none" timer-id=${id}><vt-phase name="Y" minutes="9"></vt-phase></vt-phase-timer>`);
    expect(text(display, 'phase')).to.contain('Vaihe 2/6');
    localStorage.removeItem(`vt-timer:${id}`);
  });
});

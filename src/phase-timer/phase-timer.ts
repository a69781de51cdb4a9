import { html, nothing, type PropertyValues } from 'lit';
import { VtElement } from '../core/vt-element.js';
import { ConfigController } from '../core/config-controller.js';
import { resumeWaitingDeliveries } from '../core/delivery/index.js';
import { LocaleController } from '../core/locale-controller.js';
import { baseStyles } from '../core/styles.js';
import { DEFAULT_PRESET, PRESETS, parsePhases } from './agenda.js';
import { Chime } from './chime.js';
import * as clock from './clock.js';
import { systemClock, type Phase, type TimerClock, type TimerState } from './clock.js';
import { VtPhaseChangeEvent, VtTimerEndEvent } from './events.js';
import { phaseTimerStyles } from './phase-timer.styles.js';
import { TimerSync } from './sync.js';
import { timerTexts, type TimerTextKey } from './texts.js';

type Action = (state: TimerState, now: number) => TimerState;

const MINUTE = 60_000;
const MARKS = [5 * MINUTE, MINUTE];

/** Keyboard shortcuts; `aria-keyshortcuts` and docs/phase-timer.md name the same keys. */
const SHORTCUTS: Record<string, string> = {
  ' ': 'toggle',
  k: 'toggle',
  n: 'next',
  ArrowRight: 'next',
  p: 'previous',
  ArrowLeft: 'previous',
  '+': 'plusOne',
  '=': 'plusOne',
  '5': 'plusFive',
  '-': 'minusOne',
  r: 'reset',
  f: 'fullscreen',
  m: 'mute',
};

function formatTime(ms: number): string {
  const over = ms < 0;
  const total = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const hours = Math.floor(total / 3600);
  const clockText = `${hours ? `${hours}:${pad(Math.floor(total / 60) % 60)}` : pad(Math.floor(total / 60))}:${pad(total % 60)}`;
  return over && total ? `+${clockText}` : clockText;
}

/**
 * The facilitator's timer for the phases of a co-development workshop, on a laptop and a projector at
 * once. Time is kept as wall-clock timestamps, so a reload, a sleeping laptop or a background tab shows
 * the right time at once; every timer with the same `timer-id` in this browser follows the one that
 * is being controlled.
 *
 * The agenda comes from `phases`, else from `<vt-phase name minutes kind>` children, else from
 * `preset`. The `<vt-phase>` children are plain, undefined elements read as data: they need no script
 * of their own, work before ours has loaded, and the shadow root keeps them from showing.
 *
 * @summary The facilitator's workshop timer: phases, remaining time, agenda timeline, shared across tabs.
 * @tag vt-phase-timer
 *
 * @slot heading - A title above the timer, e.g. the workshop's name.
 *
 * @csspart base - The timer's face around everything.
 * @csspart phase - The current phase: number, name and kind.
 * @csspart time - The large remaining time (`role="timer"`).
 * @csspart status - The state in words: paused, time running low, last minute, over time.
 * @csspart progress - The bar for the current phase.
 * @csspart next - "Next: …".
 * @csspart controls - The control buttons.
 * @csspart timeline - The whole agenda, the current phase marked.
 *
 * @cssprop --vt-phase-timer-accent - Colour of the time and bars (default `--vt-color-accent`).
 * @cssprop --vt-phase-timer-low - Colour when time runs low (default `#8a4b00`).
 * @cssprop --vt-phase-timer-overtime - Colour in the last minute and over time (default `--vt-color-danger`).
 * @cssprop --vt-phase-timer-size - Font size of the remaining time.
 *
 * @fires vt-phase-change - {VtPhaseChangeEvent} The timer moved to another phase; `detail: { index, phase }`.
 * @fires vt-timer-end - {VtTimerEndEvent} The last phase's time ran out, or the facilitator moved past it.
 */
export class VtPhaseTimer extends VtElement {
  static override properties = {
    preset: { reflect: true },
    phases: { attribute: false },
    timerId: { attribute: 'timer-id', reflect: true },
    advance: { reflect: true },
    controls: { reflect: true },
    sound: { type: Boolean, reflect: true },
    texts: {},
    timerState: { state: true },
    childPhases: { state: true },
    muted: { state: true },
    soundBlocked: { state: true },
    flashing: { state: true },
    fullscreen: { state: true },
  };

  static override styles = [baseStyles, phaseTimerStyles];

  /** A built-in agenda: `co-development-workshop` (default) or `solo-entrepreneur-workshop`. */
  declare preset: string;
  /** The agenda as data (`{ name, minutes, kind }[]`); wins over children and `preset`. */
  declare phases?: Phase[];
  /** Saves the state on this device under this id and keeps every timer with the same id in step. */
  declare timerId?: string;
  /** `auto` moves to the next phase at zero; otherwise the timer waits for the facilitator and shows overtime. */
  declare advance?: string;
  /** `none` shows the timer without buttons or keyboard shortcuts: a display for a projector. */
  declare controls?: string;
  /** Plays a chime at the end of each phase (with a mute button). */
  declare sound: boolean;
  /** JSON replacing any of the built-in texts (see docs/phase-timer.md for the `timer.*` keys). */
  declare texts?: string | Record<string, unknown>;
  declare protected timerState: TimerState;
  declare protected childPhases: Phase[];
  declare protected muted: boolean;
  declare protected soundBlocked: boolean;
  declare protected flashing: boolean;
  declare protected fullscreen: boolean;

  /** Where the timer reads the time and schedules its renders. For tests: a clock they move by hand. */
  clock: TimerClock = systemClock;

  private readonly config = new ConfigController(this);
  private readonly i18n = new LocaleController(this, this.config, timerTexts);

  // The first render waits for the page language's texts (one small chunk), so no key flashes by.
  protected override scheduleUpdate(): void | Promise<void> {
    return this.i18n.whenReady(() => super.scheduleUpdate());
  }

  private readonly chime = new Chime();
  private sync?: TimerSync;
  private syncedId?: string;
  private tick?: unknown;
  private flashEnd?: unknown;
  private announcement = '';
  private seen?: { index: number; status: string; left: number };
  private pending: Event[] = [];
  private readonly childObserver = new MutationObserver(() => (this.childPhases = parsePhases(this)));
  private readonly onVisibility = (): void => (document.visibilityState === 'visible' ? this.requestUpdate() : this.stop());
  private readonly onFullscreen = (): void => void (this.fullscreen = document.fullscreenElement === this);

  constructor() {
    super();
    this.preset = DEFAULT_PRESET;
    this.sound = false;
    this.muted = false;
    this.soundBlocked = false;
    this.flashing = false;
    this.fullscreen = false;
    this.childPhases = [];
    this.addEventListener('keydown', this.onKeydown);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    resumeWaitingDeliveries();
    this.childPhases = parsePhases(this);
    this.childObserver.observe(this, { childList: true, subtree: true, attributes: true, characterData: true });
    document.addEventListener('visibilitychange', this.onVisibility);
    document.addEventListener('fullscreenchange', this.onFullscreen);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop();
    this.childObserver.disconnect();
    this.sync?.close();
    this.sync = this.syncedId = undefined;
    document.removeEventListener('visibilitychange', this.onVisibility);
    document.removeEventListener('fullscreenchange', this.onFullscreen);
  }

  /** The agenda on the page: `phases`, else `<vt-phase>` children, else the preset (empty if unknown). */
  get agenda(): Phase[] {
    if (this.phases?.length) return this.phases;
    if (this.childPhases.length) return this.childPhases;
    return PRESETS[this.preset] ?? [];
  }

  private get displayOnly(): boolean {
    return this.controls === 'none';
  }

  /** The state as it is now: with `advance="auto"`, past every phase that has run out. */
  private current(now = this.clock.now()): TimerState {
    return this.advance === 'auto' ? clock.settle(this.timerState, now) : this.timerState;
  }

  protected override willUpdate(changed: PropertyValues): void {
    const agenda = this.agenda;
    if (this.timerId !== this.syncedId || !this.sync !== !this.timerId) {
      this.sync?.close();
      this.syncedId = this.timerId;
      this.sync = this.timerId ? new TimerSync(this.timerId, (state) => this.receive(state)) : undefined;
      this.timerState = undefined as unknown as TimerState;
    }
    if (!this.timerState || changed.has('phases') || changed.has('childPhases') || changed.has('preset')) {
      const stored = this.sync?.read();
      if (stored && (this.displayOnly || clock.sameAgenda(stored.phases, agenda))) this.timerState = stored;
      else if (!this.timerState || !clock.sameAgenda(this.timerState.phases, agenda)) {
        this.timerState = clock.initialState(agenda, this.clock.now());
      }
    }
    this.notice();
  }

  /** Compares what is shown now with what was shown last: announcements, chime, flash, events. */
  private notice(): void {
    const now = this.clock.now();
    const state = this.current(now);
    const left = clock.remaining(state, now);
    const seen = this.seen;
    this.seen = { index: state.index, status: state.status, left };
    if (!seen || !state.phases.length) return;
    const t = this.i18n.localizer;
    const phase = state.phases[state.index]!;
    if (state.status === 'ended') {
      if (seen.status !== 'ended') this.ended(t.t('timer.ended'));
    } else if (state.index !== seen.index) {
      this.announcement = t.t('timer.phaseStarted', {
        index: state.index + 1,
        count: state.phases.length,
        name: this.phaseName(phase, state.index),
        minutes: t.t('timer.minutes', { count: phase.minutes }),
      });
      // The name as shown: a built-in agenda's phases carry only a text key, which a page cannot show.
      const shown = { ...phase, name: this.phaseName(phase, state.index) };
      this.pending.push(new VtPhaseChangeEvent({ index: state.index, phase: shown }));
      if (seen.status === 'running' && state.status === 'running') this.cue();
    } else if (state.status === 'running' && seen.status === 'running') {
      if (seen.left > 0 && left <= 0) {
        this.announcement = t.t('timer.phaseOver', { name: this.phaseName(phase, state.index) });
        this.cue();
        if (state.index === state.phases.length - 1) this.pending.push(new VtTimerEndEvent());
      } else {
        const mark = MARKS.filter((m) => seen.left > m && left <= m).pop();
        if (mark) {
          const count = mark / MINUTE;
          this.announcement = t.t('timer.minutesLeft', { count, name: this.phaseName(phase, state.index) });
        }
      }
    }
  }

  private ended(text: string): void {
    this.announcement = text;
    this.pending.push(new VtTimerEndEvent());
    this.cue();
  }

  /** The end-of-phase cue: a flash (none under reduced motion, by CSS) and the chime if asked for. */
  private cue(): void {
    this.flashing = true;
    this.clock.clearTimeout(this.flashEnd);
    this.flashEnd = this.clock.setTimeout(() => (this.flashing = false), 3000);
    if (this.sound && !this.muted) this.soundBlocked = !this.chime.play();
  }

  protected override updated(): void {
    for (const event of this.pending.splice(0)) this.dispatchEvent(event);
    this.schedule();
  }

  /** Renders again when the shown second changes: only while running and visible. */
  private schedule(): void {
    this.stop();
    const now = this.clock.now();
    const state = this.current(now);
    if (state.status !== 'running' || document.visibilityState !== 'visible') return;
    const left = clock.remaining(state, now);
    const wait = left > 0 ? left % 1000 || 1000 : 1000 - (-left % 1000);
    this.tick = this.clock.setTimeout(() => this.requestUpdate(), wait);
  }

  private stop(): void {
    this.clock.clearTimeout(this.tick);
    this.tick = undefined;
  }

  /** A state from another tab or window with the same `timer-id`. */
  private receive(state: TimerState): void {
    if (this.timerState && state.updatedAt < this.timerState.updatedAt) return;
    this.timerState = state;
  }

  private act(action: Action): void {
    const now = this.clock.now();
    if (this.sound) this.chime.unlock();
    this.timerState = action(this.current(now), now);
    this.sync?.write(this.timerState);
  }

  private run(command: string): void {
    const actions: Record<string, Action> = {
      toggle: (s, now) => (s.status === 'running' ? clock.pause(s, now) : clock.start(s, now)),
      next: clock.next,
      previous: clock.previous,
      plusOne: (s, now) => clock.extend(s, 1, now),
      plusFive: (s, now) => clock.extend(s, 5, now),
      minusOne: (s, now) => clock.extend(s, -1, now),
    };
    const action = actions[command];
    if (action) this.act(action);
    else if (command === 'reset') this.askReset();
    else if (command === 'fullscreen') void this.toggleFullscreen();
    else if (command === 'mute') this.muted = !this.muted;
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (this.displayOnly || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.composedPath()[0] as Element;
    // Keys typed into a field, or meant for an open dialog or a focused button, stay theirs.
    if (target.closest('input, textarea, select, [contenteditable], dialog')) return;
    if ((event.key === ' ' && target.localName === 'button') || !(event.key in SHORTCUTS)) return;
    const command = SHORTCUTS[event.key]!;
    if ((command === 'mute' && !this.sound) || (command === 'fullscreen' && !document.fullscreenEnabled)) return;
    event.preventDefault();
    this.run(command);
  };

  private askReset(): void {
    this.renderRoot.querySelector('dialog')?.showModal();
  }

  private closeReset(confirmed: boolean): void {
    const dialog = this.renderRoot.querySelector('dialog')!;
    dialog.close();
    if (confirmed) this.act(clock.reset);
    this.renderRoot.querySelector<HTMLElement>('[data-command="reset"]')?.focus();
  }

  private async toggleFullscreen(): Promise<void> {
    try {
      if (document.fullscreenElement === this) await document.exitFullscreen();
      else await this.requestFullscreen();
    } catch {
      // The browser refused (not from a click, or not allowed in this frame): nothing to undo.
    }
  }

  private phaseName(phase: Phase, index: number): string {
    const t = this.i18n.localizer;
    if (phase.textKey) return t.t(phase.textKey as TimerTextKey);
    return phase.name || t.t('timer.phaseFallback', { index: index + 1 });
  }

  private button(command: string, key: TimerTextKey, shortcuts: string, pressed?: boolean) {
    return html`<button
      type="button"
      class="vt-button"
      data-variant=${command === 'toggle' ? 'primary' : 'secondary'}
      data-command=${command}
      aria-keyshortcuts=${shortcuts}
      aria-pressed=${pressed === undefined ? nothing : String(pressed)}
      @click=${() => this.run(command)}
    >
      ${this.i18n.localizer.t(key)}
    </button>`;
  }

  protected override render() {
    const t = this.i18n.localizer;
    const now = this.clock.now();
    const state = this.current(now);
    if (!state.phases.length) {
      return html`<p class="vt-config-error" role="alert">${t.t('core.configError', { problem: t.t('timer.noPhases') })}</p>`;
    }
    const { phases, index, status } = state;
    const phase = phases[index]!;
    const left = clock.remaining(state, now);
    const ended = status === 'ended';
    const level = ended ? '' : left <= 0 ? 'over' : left <= MINUTE ? 'last' : left <= state.phaseMs * 0.2 ? 'low' : '';
    const words = [
      status === 'idle' ? t.t('timer.idle') : status === 'paused' ? t.t('timer.paused') : ended ? t.t('timer.ended') : '',
      level === 'over' ? t.t('timer.overtime') : level === 'last' ? t.t('timer.lastMinute') : level === 'low' ? t.t('timer.low') : '',
    ].filter(Boolean);
    const upcoming = phases[index + 1];
    const minutes = (p: Phase) => t.t('timer.minutes', { count: p.minutes });
    const toggleKey: TimerTextKey = status === 'running' ? 'timer.pause' : status === 'idle' ? 'timer.start' : 'timer.resume';
    return html`
      <div part="base" class="face ${this.flashing ? 'flash' : ''}" data-level=${level} data-status=${status} tabindex="-1">
        <slot name="heading"></slot>
        <p part="phase" class="phase">
          <span class="count">${t.t('timer.phaseOf', { index: index + 1, count: phases.length })}</span>
          <span class="kind">${t.t(`timer.kind.${phase.kind}`)}</span>
          <span class="name">${this.phaseName(phase, index)}</span>
        </p>
        <div part="time" class="time" role="timer" aria-live="off">
          <span class="vt-visually-hidden">${t.t('timer.remaining')}:</span> ${formatTime(ended ? 0 : left)}
        </div>
        <p part="status" class="state">${words.join(' · ')}</p>
        <progress part="progress" max="1000" .value=${Math.round(clock.progress(state, now) * 1000)} aria-label=${t.t('timer.progress')}></progress>
        <p part="next" class="next">
          ${upcoming ? t.t('timer.next', { name: `${this.phaseName(upcoming, index + 1)} (${minutes(upcoming)})` }) : t.t('timer.lastPhase')}
        </p>
        ${this.displayOnly
          ? nothing
          : html`<div part="controls" role="group" aria-label=${t.t('timer.controls')}>
              ${ended ? nothing : this.button('toggle', toggleKey, 'Space K')}
              ${this.button('previous', 'timer.previousPhase', 'ArrowLeft P')}
              ${ended ? nothing : this.button('next', 'timer.nextPhase', 'ArrowRight N')}
              ${ended ? nothing : this.button('minusOne', 'timer.minusOne', '-')}
              ${ended ? nothing : this.button('plusOne', 'timer.plusOne', '+')}
              ${ended ? nothing : this.button('plusFive', 'timer.plusFive', '5')}
              ${this.button('reset', 'timer.reset', 'R')}
              ${document.fullscreenEnabled
                ? this.button('fullscreen', this.fullscreen ? 'timer.exitFullscreen' : 'timer.fullscreen', 'F')
                : nothing}
              ${this.sound ? this.button('mute', 'timer.mute', 'M', this.muted) : nothing}
            </div>`}
        ${this.sound && this.soundBlocked && !this.muted ? html`<p class="vt-note">${t.t('timer.soundBlocked')}</p>` : nothing}
        <ol part="timeline" aria-label=${t.t('timer.agenda')}>
          ${phases.map(
            (p, i) => {
              // Said in words too, not only by the border's colour (WCAG 1.4.1).
              const done = i < index || (ended && i === index);
              return html`<li aria-current=${i === index ? 'step' : nothing} ?data-done=${done}>
                ${this.phaseName(p, i)}<span>${t.t(`timer.kind.${p.kind}`)} · ${minutes(p)}${done ? ` · ${t.t('timer.done')}` : ''}</span>
              </li>`;
            },
          )}
        </ol>
        <p class="vt-visually-hidden" role="status">${this.announcement}</p>
        <dialog aria-labelledby="reset-question" @cancel=${(e: Event) => (e.preventDefault(), this.closeReset(false))}>
          <p id="reset-question">${t.t('timer.resetQuestion')}</p>
          <div>
            <button type="button" class="vt-button" data-variant="secondary" @click=${() => this.closeReset(false)}>
              ${t.t('timer.cancel')}
            </button>
            <button type="button" class="vt-button" data-confirm @click=${() => this.closeReset(true)}>${t.t('timer.reset')}</button>
          </div>
        </dialog>
      </div>
    `;
  }
}

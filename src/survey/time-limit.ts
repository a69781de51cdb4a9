import { css, html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import type { Localizer } from '../i18n/localize.js';
import { timeInWords, timeLimitText } from '../i18n/survey-time-limit.js';
import type { SurveyModel } from './definition.js';
import { familyStyles } from './questions/family-styles.js';
import { CLOCK } from './questions/registry.js';
import { PAGE_TIME_LIMIT, SURVEY_TIME_LIMIT, readTimeLimits, shownPage } from './time-limit-read.js';

/**
 * A survey's time limits (docs/survey-format.md, "Time limits"): survey-core's `maxTimeToFinish` (the
 * whole survey) and `maxTimeToFinishPage` (each page; a page's own `maxTimeToFinish` too), or their
 * newer names `timeLimit` and `timeLimitPerPage`. A chunk of its own (questions/registry.ts
 * `LAZY_PROPERTIES`), fetched with the question families only for a definition that names one.
 *
 * WCAG 2.2.1 (Timing Adjustable) allows a time limit that the person can extend with a simple action,
 * warned at least 20 seconds before the end, at least ten times: here the countdown is text near the top,
 * read on demand (`role="timer"`, never announced by itself); a warning is announced when 20 seconds or a
 * tenth of the limit are left, whichever is more; "Add more time" adds the limit's whole length again, as
 * often as the person likes. When a limit runs out, the survey goes on as survey-core 2.5 does. How the
 * limits are read is apart (time-limit-read.ts), as the definition checker reads them too.
 */

/** What the clock reads and schedules with: the system's, or in tests one they move by hand (`useClock`). */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
let clock = systemClock;

/** For tests: the clock every survey's time limit reads from now on; without one, the system's again. */
export const useClock = (next?: Clock): void => void (clock = next ?? systemClock);

/** One limit as it runs: its length in seconds, the time allowed with extensions and the time spent (ms). */
interface Limit {
  seconds: number;
  allowed: number;
  spent: number;
  warned: boolean;
  up: boolean;
}

const limitOf = (seconds: number): Limit => ({ seconds, allowed: seconds * 1000, spent: 0, warned: false, up: false });
const left = (limit: Limit) => limit.allowed - limit.spent;
/** The warning comes when 20 seconds (WCAG 2.2.1's least) or a tenth of the limit are left, whichever is more. */
const warnsAt = (limit: Limit) => Math.max(20, Math.ceil(limit.seconds / 10)) * 1000;
/** The time as the clock shows it, as the phase timer shows its own (`mm:ss`, `h:mm:ss`), a started second counted whole. */
const shown = (ms: number) => {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  const hours = Math.floor(seconds / 3600);
  return `${hours ? `${hours}:${pad(Math.floor(seconds / 60) % 60)}` : pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;
};

const styles = familyStyles(css`
  .time-limit {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    margin: 0 0 var(--_space, 1rem);
    padding: 0.5rem 0.75rem;
    border: 1px solid currentColor;
    border-radius: var(--vt-radius, 0.25rem);
  }

  .time-limit[data-level='low'] {
    border-width: 3px;
    border-color: var(--vt-survey-time-low, #8a4b00);
  }

  .time-limit p {
    margin: 0;
  }

  .time-left {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  .time-note {
    flex-basis: 100%;
  }
`);

/**
 * The clock of a survey with a time limit: it counts while the survey's pages are shown (not on a start
 * page, not after sending) and the browser shows the page; `render` draws the countdown for the page
 * shown and `timeUp` goes on when a limit runs out (the element's Next or Send). Time spent is not kept
 * across a reload: the clock starts again, as survey-core's does.
 */
export class TimeLimits implements ReactiveController {
  #survey?: SurveyModel;
  #whole?: Limit;
  /** Each page's limit by the page, so coming back to a page goes on with its time, as in survey-core. */
  #pages = new Map<object, Limit>();
  #page?: Limit;
  /** Counting since then (ms), or not counting. */
  #since?: number;
  /** Drawn in the update going on, and in the last one. */
  #drawn = false;
  #active = false;
  #tick: unknown;
  /**
   * What the live regions say: a warning at once (`urgent`, an alert; `about` the limit it warns of);
   * more time added, or where the person is after time ran out, politely, after what the focus there
   * reads ("Page 2 of 3").
   */
  #said: { text: string; urgent: boolean; about?: Limit } = { text: '', urgent: false };
  #t?: Localizer<never>;
  readonly #onVisibility = () => {
    this.#count();
    this.#host.requestUpdate(CLOCK, false);
  };

  readonly #host: ReactiveElement;
  readonly #timeUp: () => Promise<void>;

  constructor(host: ReactiveElement, timeUp: () => Promise<void>) {
    this.#host = host;
    this.#timeUp = timeUp;
    host.addController(this);
  }

  /** Whether the whole time of `survey` is up: Send then ends the survey from any page, as survey-core completes it. */
  surveyUp(survey: SurveyModel): boolean {
    return survey == this.#survey && !!this.#whole?.up;
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibility);
  }

  hostDisconnected(): void {
    this.#active = false;
    this.#count();
    document.removeEventListener('visibilitychange', this.#onVisibility);
  }

  hostUpdated(): void {
    this.#active = this.#drawn;
    this.#drawn = false;
    this.#count();
  }

  /** Adds the time since the last count to what is spent, and counts on only while shown and visible. */
  #count(now = clock.now()): void {
    if (this.#since !== undefined) {
      for (const limit of [this.#whole, this.#page]) if (limit) limit.spent += now - this.#since;
    }
    clock.clearTimeout(this.#tick);
    const running = [this.#whole, this.#page].filter((limit): limit is Limit => !!limit && !limit.up);
    this.#since = this.#active && document.visibilityState == 'visible' && running.length ? now : undefined;
    if (this.#since === undefined) return;
    // Next when the shown second changes (a warning or the end falls on a whole second).
    const wait = Math.min(...running.map((limit) => left(limit) % 1000 || 1000));
    this.#tick = clock.setTimeout(() => this.#check(), Math.max(wait, 1));
  }

  /** Warns, or ends a limit that has run out; the survey's first, as survey-core ends the survey before the page. */
  #check(): void {
    this.#count();
    const t = this.#t!;
    const ended = [this.#whole, this.#page].find((limit) => limit && !limit.up && left(limit) <= 0);
    if (ended) {
      ended.up = true;
      this.#host.requestUpdate(CLOCK, false);
      void this.#host.updateComplete.then(() => this.#end(ended));
      return;
    }
    for (const limit of [this.#whole, this.#page]) {
      if (limit && !limit.up && !limit.warned && left(limit) <= warnsAt(limit)) {
        limit.warned = true;
        const time = timeInWords(t, Math.ceil(left(limit) / 1000));
        this.#said = { text: timeLimitText(t, limit == this.#whole ? 'survey.timeWarning' : 'survey.timePageWarning', { time }), urgent: true, about: limit };
      }
    }
    this.#host.requestUpdate(CLOCK, false);
  }

  /** Goes on as survey-core does when `limit` ran out, then says what happened where the person now is. */
  async #end(limit: Limit): Promise<void> {
    const page = this.#page;
    await this.#timeUp();
    await this.#host.updateComplete;
    // After sending, the thanks heading has the focus and says the survey ended; on a new page, the
    // focus is on "Page 2 of 3" and this follows it; on the same page, the errors kept the person there.
    if (!this.#active) return;
    this.#said = { text: timeLimitText(this.#t!, limit == page && this.#page != page ? 'survey.timePageUp' : 'survey.timeUpErrors'), urgent: false };
    this.#host.requestUpdate(CLOCK, false);
  }

  #extend(): void {
    this.#count();
    const t = this.#t!;
    for (const limit of [this.#whole, this.#page]) {
      if (limit && !limit.up) {
        limit.allowed += limit.seconds * 1000;
        // Still within the warning time (a short limit): this message is the warning.
        limit.warned = left(limit) <= warnsAt(limit);
      }
    }
    const soonest = [this.#whole, this.#page].filter((limit): limit is Limit => !!limit && !limit.up).map(left);
    this.#said = { text: timeLimitText(t, 'survey.timeAdded', { time: timeInWords(t, Math.ceil(Math.min(...soonest) / 1000)) }), urgent: false };
    this.#host.requestUpdate(CLOCK, false);
  }

  /**
   * The countdown for `survey` on `page` (from `shownPage`), whose limit is `seconds` (none: only the
   * survey's limit counts there): a line of text for each limit, "Add more time" while any runs, and the
   * live region for the warning and the end.
   */
  render(t: Localizer<never>, survey: SurveyModel, page: object | undefined, seconds: number | undefined): TemplateResult {
    this.#t = t;
    if (survey != this.#survey) {
      this.#survey = survey;
      this.#whole = survey.timeLimit ? limitOf(survey.timeLimit) : undefined;
      this.#pages.clear();
      this.#page = undefined;
      this.#said = { text: '', urgent: false };
    }
    this.#count();
    let limit = page && this.#pages.get(page);
    if (!limit && page && seconds) this.#pages.set(page, (limit = limitOf(seconds)));
    if (limit != this.#page) {
      // What was said of the page left is not about this one, but the survey's warning still is (the end
      // of a page is said once it is left).
      if (!this.#page?.up && (!this.#whole || this.#said.about != this.#whole)) this.#said = { text: '', urgent: false };
      this.#page = limit;
    }
    this.#drawn = true;
    const limits = [this.#whole, this.#page].filter((each): each is Limit => !!each);
    const line = (each: Limit) =>
      html`<p class="time-left" role="timer">
        ${timeLimitText(t, each == this.#whole ? 'survey.timeLeft' : 'survey.timePageLeft')}:
        ${each.up
          ? timeLimitText(t, 'survey.timeUp')
          : html`<span aria-hidden="true">${shown(left(each))}</span><span class="vt-visually-hidden">${timeInWords(t, Math.max(0, Math.ceil(left(each) / 1000)))}</span>`}
      </p>`;
    const running = limits.some((each) => !each.up);
    const low = limits.some((each) => !each.up && left(each) <= warnsAt(each));
    return html`<div class="time-limit" part="time-limit" data-level=${low ? 'low' : nothing} ${styles}>
      ${limits.map(line)}
      ${running
        ? html`<button class="vt-button" data-variant="secondary" type="button" part="add-time" @click=${() => this.#extend()}>
            ${timeLimitText(t, 'survey.timeAdd')}
          </button>`
        : nothing}
      ${[true, false].map((urgent) => {
        const text = this.#said.urgent == urgent ? this.#said.text : '';
        return html`<p class=${text ? 'time-note' : 'vt-visually-hidden'} role=${urgent ? 'alert' : 'status'}>${text}</p>`;
      })}
    </div>`;
  }
}

/** As a feature module of questions/registry.ts: no question types; the time limits' reader and clock. */
export const properties = {};
export const render = {};
export const timeLimit = {
  survey: SURVEY_TIME_LIMIT,
  page: PAGE_TIME_LIMIT,
  read: readTimeLimits,
  shownPage,
  clock: (host: ReactiveElement, timeUp: () => Promise<void>) => new TimeLimits(host, timeUp),
};

import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { VtElement } from '../core/vt-element.js';
import { ConfigController } from '../core/config-controller.js';
import { focusErrorSummary, renderErrorSummary, renderFieldError } from '../core/error-summary.js';
import { formStyles } from '../core/form-styles.js';
import { LocaleController } from '../core/locale-controller.js';
import { renderSubmitStatus } from '../core/status.js';
import { baseStyles } from '../core/styles.js';
import { SubmitController } from '../core/submit-controller.js';
import { hasAnswered, markAnswered } from './answered.js';
import type { DefinitionResult, LocalizedText, OtherChoice, Panel, Question, SurveyElement, SurveyModel, TextQuestion } from './definition.js';
import { clearDraft, draftKey, loadDraft, saveDraft } from './draft.js';
import type { AnswerValue, Answers } from './expression.js';
import { COMPUTE, answered, boundsOf, dateOf, isEnabled, isOtherChosen, isRequired, problemOf, surveyResult, validationErrors, visiblePages, withAnswer } from './logic.js';
import { PRESETS } from './preset.js';
import { CLOCK, EXTRAS, FIRST_CONTROL, MARKUP, PANEL, PIPE, RENDERERS, SETTINGS, TIME_LIMIT, TRIGGERS, VALIDATION, loadTypes, parseExpression } from './questions/registry.js';
import type { TriggerNews, Visit } from './triggers.js';
import type { QuestionView } from './questions/view.js';
import { commentOf, readDefinition, textIn } from './read-definition.js';
import { surveyStyles } from './survey.styles.js';
import { LAZY_KEYS, surveyTexts } from './texts.js';
import type { TimeLimits } from './time-limit.js';
import { formatDate } from '../i18n/localize.js';

/** How loading `src` went; a failure is named after the key of its message (`survey.httpError`, …). */
type LoadState = 'idle' | 'loading' | 'ready' | 'malformed' | 'httpError' | 'networkError';

/** Question types answered by typing: their errors wait until the person leaves them. */
const TYPED = ['text', 'comment', 'multipletext'];

/** The update a person's leaving a question asks for: it changes only which errors show (see `willUpdate`). */
const TOUCHED = Symbol('touched');

/** Inline JSON that does not parse, or `src` not loaded (yet): nothing to parse. */
const MALFORMED = Symbol('malformed');

/**
 * A survey from a definition in a strict subset of the SurveyJS JSON format (docs/survey-format.md):
 * from `src`, an inline `<script type="application/json">` child, the `definition` property, or a
 * built-in `preset`. Answers are sent to the endpoint as `vt.survey/1`; answers to questions hidden by
 * `visibleIf` are left out. A definition with any error shows the page editor the list and no survey.
 *
 * Once answers are sent (or saved on the device to be sent), this browser sees "already answered" for
 * that survey id instead of the form, also on later visits; `allow-multiple` lets it answer again (a
 * shared computer at a group meeting, say).
 *
 * @summary A satisfaction survey from a SurveyJS-format JSON definition.
 * @tag vt-survey
 *
 * @slot - An optional `<script type="application/json">` with the definition. It is read, not shown.
 *
 * @csspart form - The form.
 * @csspart progress - The "Page 2 of 5" indicator.
 * @csspart question - One question.
 * @csspart panel - A panel: questions grouped under a title.
 * @csspart error-summary - The box listing the page's errors.
 * @csspart field-error - The message beside a question.
 * @csspart status - The live region with the submission status.
 * @csspart success - The view shown after sending.
 * @csspart answered - The "already answered" view shown instead of the form on a later visit.
 * @csspart config-error - The message for the page editor when the definition has errors or is missing.
 * @csspart load-error - The message when the definition could not be loaded, with a retry button.
 * @csspart submit - The submit button (on a start page, the start button).
 * @csspart logo - The definition's `logo`.
 * @csspart next-link - After sending, the link to the definition's `navigateToUrl`.
 * @csspart time-limit - A time limit's countdown, above the questions, with its warning.
 * @csspart add-time - The "Add more time" button of a time limit.
 *
 * @cssprop --vt-survey-accent - Accent colour (buttons); falls back to `--vt-color-accent`.
 * @cssprop --vt-color-accent - Accent colour of every element.
 * @cssprop --vt-color-danger - Colour of errors.
 * @cssprop --vt-radius - Corner radius.
 * @cssprop --vt-survey-time-low - Border colour of a time limit's countdown once the warning is given (default `#8a4b00`).
 *
 * @fires vt-submit - Before sending; cancelable. `detail.envelope` has the `vt.survey/1` payload.
 * @fires vt-submitted - The endpoint stored the answers (now, or later from the outbox).
 * @fires vt-submit-queued - No connection: the answers wait on this device and are sent automatically.
 * @fires vt-submit-error - The endpoint refused the answers.
 */
export class VtSurvey extends VtElement {
  static override properties = {
    endpoint: {},
    programme: {},
    privacyNoticeUrl: { attribute: 'privacy-notice-url' },
    texts: {},
    src: {},
    preset: {},
    definition: { attribute: false },
    surveyId: { attribute: 'survey-id' },
    group: {},
    session: { type: Number },
    layout: {},
    allowMultiple: { type: Boolean, attribute: 'allow-multiple' },
    answers: { state: true },
    pageIndex: { state: true },
    attempted: { state: true },
    loadState: { state: true },
    inlineJson: { state: true },
  };

  static override styles = [baseStyles, formStyles, surveyStyles];

  /** URL that receives the answers (`POST`, JSON); else `<vt-config endpoint>`. */
  declare endpoint?: string;
  /** Programme id sent with the answers; else `<vt-config programme>`. */
  declare programme?: string;
  /** Privacy notice linked under the survey; else `<vt-config privacy-notice-url>`. */
  declare privacyNoticeUrl?: string;
  /** JSON replacing built-in texts (`survey.*`, `core.*` keys), for all languages or per language. */
  declare texts?: string;
  /** URL of the definition (JSON). */
  declare src?: string;
  /** A built-in definition: `peer-group-satisfaction`. */
  declare preset?: string;
  /** The definition as an object (for JavaScript users); wins over the inline script, `src` and `preset`. */
  declare definition?: unknown;
  /** Sent with the answers; default: the definition's title, or the preset's name. */
  declare surveyId?: string;
  /** Which peer group the answers are about; sent with them. */
  declare group?: string;
  /** Which meeting of the group (1, 2, …); sent with the answers. */
  declare session?: number;
  /** `single-page` shows every question at once; by default one page at a time. */
  declare layout?: string;
  /**
   * Lets this browser answer the survey again. Without it, after sending, it sees "already answered"
   * for this survey id instead of the form.
   */
  declare allowMultiple: boolean;

  declare private answers: Answers;
  declare private pageIndex: number;
  declare private attempted: boolean;
  declare private loadState: LoadState;
  declare private inlineJson: unknown;

  readonly #config = new ConfigController(this);
  readonly #i18n = new LocaleController(this, this.#config, surveyTexts, LAZY_KEYS);
  readonly #submission = new SubmitController(this, 'survey', this.#config, this.#i18n);
  /** Questions the person has changed, and of those the ones they have left: their errors may show. */
  readonly #dirty = new Set<string>();
  readonly #touched = new Set<string>();
  /** The questions whose errors are shown, and what the live region last said of one that appeared. */
  #shownErrors = new Set<string>();
  #announced = '';
  /** What a trigger changed that the live region says once: the page a `skip` went to, Next now sending. */
  #news = '';
  /** The visit as the survey's triggers follow it (triggers.ts), when the survey has any. */
  #triggers: Visit | undefined;
  /** The next render follows Next or Submit: the error summary, focused, says what is wrong. */
  #fromSubmit = false;
  #loadedJson: unknown;
  #loadStatus = 0;
  #loadController: AbortController | undefined;
  #childObserver: MutationObserver | undefined;
  /** The preset's definition in one language, which that is, and whether its chunk failed to load. */
  #presetJson: unknown;
  #presetLocale = '';
  #presetFailed = false;
  #parsedFrom: unknown = MALFORMED;
  #result: DefinitionResult | undefined;
  /** Question families being fetched for the definition, or the checker at work on one the fast pass rejected. */
  #diagnosis: Promise<void> | undefined;
  /** A question family the definition uses could not be fetched (offline): shown as a load failure, with Retry. */
  #typesFailed = false;
  /** Retry pressed after such a failure: the family is being fetched again. */
  #typesRetried = false;
  /** Every question of the survey, in order: a question's place gives its id (names may hold any character). */
  #questions: Question[] = [];
  /** Every panel of the survey, in order: a panel's place gives its id. */
  #panels: Panel[] = [];
  /** The countdown of a definition with a time limit (time-limit.ts); at its end the survey goes on as Next or Send. */
  #timeLimits: TimeLimits | undefined;
  /**
   * Each question's template is made anew only when what it shows may have changed (`#renderQuestion`):
   * its answer, error, number, whether it is required or can be changed, whether the person acted on it
   * last (its comment; its family may keep state of its own, such as a matrix's empty rows), and this count,
   * raised by every update that is not only an answer or a question left (a language, a page, Next, a
   * new definition, a panel opened, …).
   */
  #generation = 0;
  /** The question the person acted on last (answered, commented): its template is made again on every update. */
  #actedOn: Question | undefined;
  /** The questions whose template read the answers when made: made again on every answer. */
  readonly #readers = new WeakSet<Question>();
  /** Set while a question's template is made, when it reads the answers (the view's `answers`, a `{name}` piped into a text). */
  #readsAnswers = false;

  constructor() {
    super();
    this.answers = {};
    this.pageIndex = 0;
    this.attempted = false;
    this.loadState = 'idle';
    this.allowMultiple = false;
  }

  // The first render waits for the page language's texts (one small chunk), so no key flashes by; with
  // a preset, also for the questionnaire in that language (another), which a language change reloads.
  protected override scheduleUpdate(): void | Promise<void> {
    return this.#i18n.whenReady(() => {
      const locale = this.#i18n.locale;
      const load = this.#usesPreset() && !this.#presetFailed && this.#presetLocale != locale && PRESETS[this.preset!]?.[locale];
      if (!load) return super.scheduleUpdate();
      return load()
        .then(
          (json) => {
            this.#presetJson = json;
            this.#presetLocale = locale;
          },
          (error: unknown) => {
            console.error('vertaistuki-widgets: <vt-survey> could not load its preset:', error);
            this.#presetFailed = true;
          },
        )
        .then(() => super.scheduleUpdate());
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readInline();
    this.#childObserver = new MutationObserver(() => this.#readInline());
    this.#childObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childObserver?.disconnect();
    this.#loadController?.abort();
  }

  #readInline(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    try {
      this.inlineJson = script ? JSON.parse(script.textContent ?? '') : undefined;
    } catch (error) {
      console.error('vertaistuki-widgets: <vt-survey> has an inline definition that is not valid JSON:', error);
      this.inlineJson = MALFORMED;
    }
  }

  // An update asked for without naming what changed (a controller's: the language, the submission; a
  // panel opened; a definition read) may change every question. (`#generation in this`: Lit asks for
  // the first update from its constructor, before this class's fields exist.)
  override requestUpdate(...request: Parameters<VtElement['requestUpdate']>): void {
    if (request[0] === undefined && #generation in this) this.#generation++;
    super.requestUpdate(...request);
  }

  protected override willUpdate(changed: PropertyValues): void {
    // An answer, or leaving a question, changes only what the questions' own dependencies say, and the
    // clock's tick changes none of them; anything else may change every question.
    if ([...changed.keys()].some((key) => key != 'answers' && key != TOUCHED && key != CLOCK)) this.#generation++;
    if (changed.has('src')) void this.#load();
    const source = this.#source();
    if (source !== this.#parsedFrom) {
      this.#parsedFrom = source;
      this.#result = this.#parse(source);
    }
  }

  #usesPreset(): boolean {
    return this.definition === undefined && this.inlineJson === undefined && !this.src && !!this.preset;
  }

  /** The definition's JSON by priority, `null` when there is none, or `MALFORMED`; an unknown preset's name. */
  #source(): unknown {
    if (this.definition !== undefined) return this.definition;
    if (this.inlineJson !== undefined) return this.inlineJson;
    if (this.src) return this.loadState == 'ready' ? this.#loadedJson : MALFORMED;
    if (!this.preset) return null;
    return PRESETS[this.preset] ? (this.#presetJson ?? MALFORMED) : this.preset;
  }

  /**
   * Reads the definition with the fast pass, once the question families it uses are here. Only a
   * rejected one fetches the checker (definition.ts), which names every problem; until all that has
   * arrived, the survey shows as loading, never half-rendered.
   */
  #parse(source: unknown): DefinitionResult | undefined {
    this.pageIndex = 0;
    this.attempted = false;
    this.#touched.clear();
    this.#dirty.clear();
    this.#shownErrors.clear();
    this.#announced = '';
    this.#news = '';
    this.#triggers = undefined;
    this.#questions = [];
    this.#panels = [];
    this.answers = {};
    if (source === MALFORMED || source === null) return undefined;
    if (typeof source == 'string') {
      return this.#reported({ ok: false, errors: [{ property: 'preset', message: `Survey: preset "${source}" is not a known preset.` }] });
    }
    // The question families the definition uses that are not here yet come first, all at once.
    const loading = loadTypes(source);
    const result = loading ? loading.then(() => this.#read(source)) : this.#read(source);
    if (!(result instanceof Promise)) return this.#reported(result);
    this.#diagnosis = result
      .then(
        (read) => {
          // Unless another definition came meanwhile.
          if (this.#parsedFrom === source) this.#result = this.#reported(read);
        },
        () => {
          if (this.#parsedFrom !== source) return;
          // Browsers keep a failed module for the page's life (Chromium and Firefox do): once online, only
          // a reload fetches it anew. Nothing of this survey has been shown yet, and drafts survive it.
          if (this.#typesRetried && navigator.onLine) location.reload();
          else this.#typesFailed = true;
        },
      )
      .then(() => {
        this.#diagnosis = undefined;
        this.requestUpdate();
      });
    return undefined;
  }

  /** The fast pass's model, or the checker's (fetched only for a definition the fast pass rejects). */
  #read(source: unknown): DefinitionResult | Promise<DefinitionResult> {
    const read = readDefinition(source, parseExpression);
    if (read) return { ok: true, ...read };
    return import('./definition.js').then(
      ({ parseDefinition }) => parseDefinition(source, { parseExpression }),
      (error: unknown): DefinitionResult => {
        console.error('vertaistuki-widgets: <vt-survey> could not load its definition checker:', error);
        return { ok: false, errors: [] };
      },
    );
  }

  /** Logs what the editor needs to know about `result` and starts the survey it gives. */
  #reported(result: DefinitionResult): DefinitionResult {
    const log = 'vertaistuki-widgets: <vt-survey> ';
    if (!result.ok) {
      console.error(`${log}cannot show its definition:\n${result.errors.map((error) => error.message).join('\n')}`);
      return result;
    }
    if (result.ignored.length) console.warn(`${log}ignores presentation-only properties: ${result.ignored.join(', ')}.`);
    if (result.notes) console.warn(`${log}reads its definition as survey-core does:\n${result.notes.join('\n')}`);
    this.#questions = result.survey.pages.flatMap((page) => page.questions);
    const gather = (element: SurveyElement): void => {
      if (element.type != 'panel') return;
      this.#panels.push(element);
      element.elements.forEach(gather);
    };
    result.survey.pages.forEach((page) => page.elements.forEach(gather));
    const draft = loadDraft(this.#draftKey(result.survey), new Set(this.#questions.flatMap(({ name }) => [name, commentOf(name)])));
    this.answers = draft?.answers ?? EXTRAS.extras?.initialAnswers(result.survey) ?? {};
    // Followed by the survey's triggers from now on, when it has any (their chunk is here then).
    this.#triggers = result.survey.triggers && TRIGGERS.visit!(result.survey);
    // A start page is page -1: the survey's pages count from after it.
    this.pageIndex = result.survey.firstPageIsStarted ? -1 : 0;
    if (draft) {
      this.pageIndex = draft.pageIndex;
      // Given on an earlier visit: a defaultValueExpression no longer replaces them.
      for (const name in draft.answers) this.#dirty.add(name);
    }
    this.#compute(result.survey, this.answers);
    // survey-core runs the triggers as it sets the defaults: a skip then opens on its page, unfocused.
    if (this.#triggers && !draft) void this.#triggered(result.survey, this.#triggers.start(this.answers, this.#dirty, this.#i18n.locale), false);
    return result;
  }

  /** Done when the survey is rendered, or the checker's list of problems is. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#diagnosis) {
      await this.#diagnosis;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Loads `src`; malformed JSON, an HTTP error and a network failure each get their own message. */
  async #load(): Promise<void> {
    this.#loadController?.abort();
    this.loadState = this.src ? 'loading' : 'idle';
    if (!this.src) return;
    const controller = (this.#loadController = new AbortController());
    // Each step names the failure it would be, until the definition is in.
    let state: LoadState = 'networkError';
    let cause: unknown;
    try {
      const response = await fetch(this.src, {
        credentials: 'omit',
        headers: { Accept: 'application/json' },
        signal: controller.signal,
      });
      this.#loadStatus = response.status;
      state = 'httpError';
      if (response.ok) {
        state = 'networkError';
        const text = await response.text();
        state = 'malformed';
        this.#loadedJson = JSON.parse(text);
        state = 'ready';
      }
    } catch (error) {
      if (controller.signal.aborted) return;
      cause = error;
    }
    if (state != 'ready') {
      // An HTTP error has no exception to show, only its status.
      console.error(`vertaistuki-widgets: <vt-survey> could not load ${this.src} (${state} ${this.#loadStatus})`, ...(cause ? [cause] : []));
    }
    this.loadState = state;
  }

  #retry(): void {
    if (this.#typesFailed) {
      // Read the same definition again: its question families are fetched anew.
      this.#typesFailed = false;
      this.#typesRetried = true;
      this.#parsedFrom = MALFORMED;
    } else if (this.inlineJson === MALFORMED) this.#readInline();
    else if (this.#usesPreset()) this.#presetFailed = false;
    else void this.#load();
    this.requestUpdate();
  }

  get #survey(): SurveyModel | undefined {
    return this.#result?.ok ? this.#result.survey : undefined;
  }

  /**
   * The pages as shown now, after the start page: questions hidden by `visibleIf` left out, and pages
   * left empty by them; `layout="single-page"` wins over the definition's `questionsOnPageMode`.
   */
  #shownPages(survey: SurveyModel): Question[][] {
    // A start page and questionsOnPageMode come with the settings' chunk (settings.ts).
    const pages = SETTINGS.pages?.(survey, this.answers, this.#pageMode(survey)) ?? visiblePages(survey, this.answers);
    return this.layout == 'single-page' ? [pages.flat()] : pages;
  }

  #pageMode(survey: SurveyModel) {
    return this.layout == 'single-page' ? 'singlePage' : survey.questionsOnPageMode;
  }

  /** The start page's questions while it is shown, else `undefined`. */
  #startPage(survey: SurveyModel): Question[] | undefined {
    return this.pageIndex < 0 ? SETTINGS.start?.(survey, this.answers) : undefined;
  }

  #currentPage(pages: Question[][]): number {
    return Math.max(Math.min(this.pageIndex, pages.length - 1), 0);
  }

  #idOf(question: Question): string {
    return `q${this.#questions.indexOf(question)}`;
  }

  #setAnswer(question: Question, value: AnswerValue): void {
    this.#actedOn = question;
    const before = this.answers;
    let answers = answered(this.#questions, before, question, value);
    // survey-core drops what was typed for "other" when "other" is no longer chosen.
    if ('showOtherItem' in question && !isOtherChosen(question, answers)) answers = withAnswer(answers, commentOf(question.name), undefined);
    this.answers = EXTRAS.extras?.clearHidden(this.#survey!, before, answers) ?? answers;
    this.#dirty.add(question.name);
    this.#compute(this.#survey!, before);
    this.#trigger(question, before);
    this.#saveDraft();
  }

  /** The questions of the page shown now (the start page's, while it shows). */
  #shownNow(survey: SurveyModel): Question[] {
    const pages = this.#shownPages(survey);
    return this.#startPage(survey) ?? pages[this.#currentPage(pages)] ?? [];
  }

  /** Runs the survey's triggers (triggers.ts) after the person changed `question`'s answer from `before`. */
  #trigger(question: Question, before: Answers): void {
    const survey = this.#survey!;
    if (this.#triggers) void this.#triggered(survey, this.#triggers.change(before, this.answers, question, this.#shownNow(survey)[0], this.#dirty, this.#i18n.locale));
  }

  /**
   * What the triggers did: the values they set show in their questions; the live region says a change of
   * what Next does, or the page a `skip` went to, as a page change is said, and (unless starting) the
   * focus goes to the skip's question.
   */
  async #triggered(survey: SurveyModel, { answers, skipTo, news }: TriggerNews, focus = true): Promise<void> {
    const t = this.#i18n.localizer;
    this.answers = answers;
    this.#news = news ? t.t(news) : '';
    const pages = this.#shownPages(survey);
    const index = skipTo ? pages.findIndex((page) => page.includes(skipTo)) : -1;
    if (index < 0) return;
    if (index != this.#currentPage(pages) || this.pageIndex < 0) {
      this.pageIndex = index;
      this.attempted = false;
      this.#news = t.t('survey.progress', { page: String(index + 1), count: String(pages.length) });
    }
    await this.updateComplete;
    if (focus) this.#focusOn(`#${this.#controlId(skipTo!)}`);
  }

  /** The id of `question`'s first control, or of the control its error is about. */
  #controlId(question: Question): string {
    const first = FIRST_CONTROL[question.type] ?? '';
    return this.#idOf(question) + (typeof first == 'string' ? first : first(question as never, this.answers));
  }

  /** Brings the values the survey computes up to date after a change from `before`. */
  #compute(survey: SurveyModel, before: Answers): void {
    this.answers = COMPUTE.run?.(survey, this.answers, before, this.#dirty, this.#i18n.locale) ?? this.answers;
  }

  /** Leaving a question the person has changed lets its error show. */
  #leave(question: Question): void {
    if (this.#dirty.has(question.name) && !this.#touched.has(question.name)) {
      this.#touched.add(question.name);
      // Named, with an old value that differs, so that Lit counts it as a change (see `willUpdate`).
      if (!this.rendering) this.requestUpdate(TOUCHED, false);
    }
  }

  /**
   * The endpoint's message for the question, else the required error or the limit it breaks, and the
   * messages of its validators (each failing one's, as survey-core lists them).
   */
  #errorFor(question: Question): string | undefined {
    const server = this.#submission.fieldErrors[`answers/${question.name}`];
    const problem = problemOf(question, this.answers);
    if (server) return server;
    const t = this.#i18n.localizer;
    const messages = validationErrors(question, this.answers).map(
      // The email input's message is in the catalogue; the validators' travel with their chunk.
      ({ key, params, text }) => this.#text(text) || (key == 'invalidEmail' ? t.t('survey.invalidEmail') : VALIDATION.words!(t as never, key, params)),
    );
    return [problem && this.#problemText(question, problem), ...messages].filter(Boolean).join(' ') || undefined;
  }

  /** The required error, the "other" choice's, or the limit a text question's answer breaks. */
  #problemText(question: Question, problem: NonNullable<ReturnType<typeof problemOf>>): string {
    const t = this.#i18n.localizer;
    if (problem == 'other') return this.#text((question as OtherChoice).otherErrorText) || t.t('survey.otherRequired');
    if (problem == 'rows' || problem == 'cells' || problem == 'cellRange' || problem == 'panels') return t.t(`survey.${problem}`);
    if (problem == 'minSelectedChoices') return t.t('survey.minSelectedChoices', { minSelectedChoices: String((question as unknown as Record<string, number>)[problem]) });
    if (problem != 'required') {
      const { inputType } = question as TextQuestion;
      const bound = boundsOf(question as TextQuestion)[problem]!;
      // A date's bound in the page's language; a time, a week, a number as written.
      const shown = inputType.startsWith('date')
        ? formatDate(this.#i18n.locale, dateOf(bound), inputType == 'date' ? undefined : { dateStyle: 'long', timeStyle: 'short' })
        : String(bound);
      return t.t(`survey.${problem}`, { [problem]: shown });
    }
    return this.#text(question.requiredErrorText) || t.t('survey.required');
  }

  #previous(): void {
    this.#news = '';
    const survey = this.#survey!;
    const pages = this.#shownPages(survey);
    // Back from the page a skip went to: to where it went from, while that page shows.
    const from = this.#triggers?.back(this.#shownNow(survey)[0]);
    const back = from ? pages.findIndex((page) => page.some((question) => from.questions.includes(question))) : -1;
    this.pageIndex = back > -1 ? back : this.#currentPage(pages) - 1;
    this.attempted = false;
    this.#saveDraft();
    void this.updateComplete.then(() => this.#focusOn('#progress'));
  }

  /** Next or Send; also when a time limit runs out (`event` then none), as survey-core goes on then. */
  async #onSubmit(event?: SubmitEvent): Promise<void> {
    event?.preventDefault();
    const survey = this.#survey;
    if (!survey || this.#submission.state == 'sending') return;
    const pages = this.#shownPages(survey);
    const start = this.#startPage(survey);
    const index = start ? -1 : this.#currentPage(pages);
    // A complete trigger that held on this page makes Next send (triggers.ts).
    const last = !start && (index == pages.length - 1 || !!this.#triggers?.sends(pages[index]?.[0]));
    // Once the survey's time is up, Send ends it from any page, checking this page as survey-core does.
    const ends = last || !!this.#timeLimits?.surveyUp(survey);
    this.#news = '';
    const hasError = (page: Question[] = []) => page.some((question) => this.#errorFor(question));
    this.attempted = true;
    this.#fromSubmit = true;
    // The page to stay on, or go back to, for its errors: the start page (-1) when starting; with
    // checkErrorsMode onComplete, Next never stops, and completing opens the first page with an error.
    const stop = start
      ? hasError(start) ? -1 : undefined
      : survey.checkErrorsMode == 'onComplete'
        ? last && pages.some(hasError) ? pages.findIndex(hasError) : undefined
        : hasError(pages[index]) ? index : undefined;
    if (stop !== undefined) {
      this.pageIndex = stop;
      await this.updateComplete;
      focusErrorSummary(this.renderRoot as ShadowRoot);
      return;
    }
    // Starting never sends, even when no page after the start page is shown; Next sends when a complete trigger holds for the page.
    const completes = !start && !ends && !!this.#triggers?.completes(this.answers, pages[index] ?? [], this.#pageMode(survey) == 'questionPerPage');
    if (!ends && !completes) {
      this.pageIndex = index + 1;
      this.attempted = false;
      this.#saveDraft();
      await this.updateComplete;
      // Without a progress line (one page after the start page), the title, else the first question.
      this.#focusOn('#progress', '#survey-title', 'input, select, textarea');
      return;
    }
    const state = await this.#submission.submit(this.#payload(survey));
    await this.updateComplete;
    if (state == 'sent' || state == 'queued') {
      // Queued answers count as given: the outbox delivers them.
      markAnswered(this.#surveyIdOf(survey));
      clearDraft(this.#draftKey(survey));
      this.#focusOn('#success-title');
    }
  }

  /** Focuses the first of `selectors` (in their order) the view has. */
  #focusOn(...selectors: string[]): void {
    selectors.map((selector) => this.renderRoot.querySelector<HTMLElement>(selector)).find(Boolean)?.focus();
  }

  /** `vt.survey/1` data: the answers to the questions shown now, keyed by name, as SurveyJS's `survey.data`. */
  #payload(survey: SurveyModel): Record<string, unknown> {
    const data: Record<string, unknown> = { surveyId: this.#surveyIdOf(survey), answers: surveyResult(survey, this.answers) };
    if (this.group) data['group'] = this.group;
    if (Number.isInteger(this.session) && this.session! >= 1) data['session'] = this.session;
    return data;
  }

  /** `survey-id`, else the preset's name (its title changes with the language), else `cookieName`, else the title. */
  #surveyIdOf(survey: SurveyModel): string {
    const preset = this.#usesPreset() && this.preset;
    return (this.surveyId || preset || survey.cookieName || textIn(survey.title, 'default') || 'survey').slice(0, 100);
  }

  #draftKey(survey: SurveyModel): string {
    return draftKey(this.#surveyIdOf(survey));
  }

  #saveDraft(): void {
    saveDraft(this.#draftKey(this.#survey!), { answers: this.answers, pageIndex: this.pageIndex });
  }

  /** A text in the page's language, `{name}` in it replaced by the answer (escaped for HTML with `markup`). */
  #text(value: LocalizedText | undefined, markup = false): string {
    const locale = this.#i18n.locale;
    const text = textIn(value, locale, this.#survey?.locale);
    if (!PIPE.pipe || !text.includes('{')) return text;
    this.#readsAnswers = true;
    const t = this.#i18n.localizer;
    const shown = this.#survey && visiblePages(this.#survey, this.answers).flat();
    const context = { questions: this.#questions, shown, answers: this.answers, text: (choice: LocalizedText | undefined) => textIn(choice, locale, this.#survey?.locale), yes: t.t('survey.yes'), no: t.t('survey.no') };
    return PIPE.pipe(text, context, markup);
  }

  protected override render(): TemplateResult {
    const t = this.#i18n.localizer;
    const sent = this.#submission.state;
    const survey = this.#survey;
    if (sent == 'sent' || sent == 'queued') {
      // The first completedHtmlOnCondition that holds for the answers sent, as survey-core picks it.
      const result = survey && surveyResult(survey, this.answers, true);
      const chosen = survey?.completedOnCondition?.find(({ condition }) => condition.evaluate(result!));
      const done = this.#text(chosen?.text ?? survey?.completedText) || t.t('survey.thanks');
      // Markup shows sanitised, as the message itself, once its chunk is here.
      const source = this.#text(chosen ? chosen.html : survey?.completedHtml, true);
      const markup = source.includes('<') && MARKUP.markup?.(survey!, source);
      // Without the editor's completed page, still a heading that says the answers went.
      if (sent == 'queued' || survey?.showCompletedPage === false) return this.#renderEnd('success', t.t(sent == 'queued' ? 'survey.queuedTitle' : 'survey.sentTitle'));
      // The markup's own heading, when it opens with one, is the heading focused and announced; else ours.
      return markup ? this.#renderEnd('success', MARKUP.titled!(markup) ? undefined : t.t('survey.thanks'), markup) : this.#renderEnd('success', done);
    }
    const errors = this.#result && !this.#result.ok && this.#result.errors;
    if (errors) {
      return html`<div class="vt-config-error" part="config-error" role="alert">
        <p>${t.t('core.configError', { problem: t.t('survey.invalid') })}</p>
        <ul>
          ${errors.map((error) => html`<li>${error.message}</li>`)}
        </ul>
      </div>`;
    }
    // Without a definition (yet): what keeps it away.
    const waitingForSrc = this.src && this.definition === undefined && this.inlineJson === undefined;
    let state: LoadState =
      this.inlineJson === MALFORMED
        ? 'malformed'
        : this.#usesPreset() && this.#presetFailed
          ? 'networkError'
          : waitingForSrc
            ? this.loadState
            : 'ready';
    if (state == 'idle' || state == 'loading' || this.#diagnosis) return html`<p class="vt-note" role="status">${t.t('survey.loading')}</p>`;
    if (this.#typesFailed) state = 'networkError';
    if (state != 'ready') {
      return html`<div class="load-error" part="load-error">
        <p role="alert">${t.t(`survey.${state}` as const, { status: String(this.#loadStatus) })}</p>
        <button class="vt-button" data-variant="secondary" type="button" @click=${this.#retry}>${t.t('survey.retry')}</button>
      </div>`;
    }
    if (!survey) {
      return html`<div class="vt-config-error" part="config-error" role="alert">
        ${t.t('core.configError', { problem: t.t('survey.noDefinition') })}
      </div>`;
    }
    if (!this.allowMultiple && hasAnswered(this.#surveyIdOf(survey))) {
      return this.#renderEnd('answered', t.t('survey.answeredTitle'), t.t('survey.answeredNote'));
    }
    return this.#renderForm(survey);
  }

  /**
   * After sending, or on a later visit: a heading (none when `note` is markup that opens with its own,
   * already given the heading's id), a note, after sending the link onwards (`navigateToUrl`, never
   * followed by itself), and the submission status.
   */
  #renderEnd(part: 'success' | 'answered', title: string | undefined, note?: string | Element): TemplateResult {
    const next = part == 'success' && this.#survey?.navigateToUrl;
    return html`<section part=${part} aria-labelledby="${part}-title">
      ${title ? html`<h2 id="${part}-title" tabindex="-1">${title}</h2>` : nothing}
      ${typeof note == 'string' ? html`<p>${note}</p>` : note ? html`<div class="markup">${note}</div>` : nothing}
      ${next ? html`<p><a part="next-link" href=${next}>${this.#i18n.localizer.t('survey.continue')}</a></p>` : nothing}
      ${renderSubmitStatus(this.#submission, this.#i18n.localizer)}
    </section>`;
  }

  #renderForm(survey: SurveyModel): TemplateResult {
    const t = this.#i18n.localizer;
    const pages = this.#shownPages(survey);
    const start = this.#startPage(survey);
    const index = start ? -1 : this.#currentPage(pages);
    const page = start ?? pages[index] ?? [];
    const single = this.#pageMode(survey) == 'singlePage';
    // Only a definition with showQuestionNumbers has numbers, and it has fetched settings.ts for them.
    const numbers = SETTINGS.numbers?.(survey, this.answers, this.#pageMode(survey));
    // A time limit counts from the first page after any start page; survey-core never goes back to a timed page.
    const timed = !start && TIME_LIMIT.shownPage?.(survey, page, single);
    const clock = timed && (survey.timeLimit || timed.limit) ? (this.#timeLimits ??= TIME_LIMIT.clock!(this, () => this.#onSubmit())) : undefined;
    const logo = this.#text(survey.logo);
    // Errors show after the person has left a changed question, on Next or Submit, or from the endpoint;
    // with checkErrorsMode onValueChanged, as soon as a choice changes too (typing waits for leaving, as
    // survey-core updates a text on leaving it, and an "other" choice waits for its text).
    const onChange = (question: Question) =>
      survey.checkErrorsMode == 'onValueChanged' && this.#dirty.has(question.name) && !TYPED.includes(question.type) && problemOf(question, this.answers) != 'other';
    const errors = new Map<Question, string>();
    for (const question of page) {
      const error = (this.attempted || this.#touched.has(question.name) || onChange(question) || this.#submission.fieldErrors[`answers/${question.name}`]) && this.#errorFor(question);
      if (error) errors.set(question, error);
    }
    // An error that appears as the person answers is said in the live region; on Next or Submit, the summary says them.
    const appeared = [...errors].filter(([question]) => !this.#shownErrors.has(question.name));
    this.#shownErrors = new Set([...errors.keys()].map(({ name }) => name));
    if (!errors.size) this.#announced = '';
    else if (appeared.length && !this.#fromSubmit) this.#announced = appeared.map(([, message]) => message).join(' ');
    this.#fromSubmit = false;
    const summary = [...errors].map(([question, message]) => ({ controlId: this.#controlId(question), message }));
    const privacy = this.#config.privacyNoticeUrl;
    return html`
      <form part="form" novalidate @submit=${this.#onSubmit}>
        ${logo ? html`<img class="logo" part="logo" src=${logo} alt=${this.#text(survey.title)} />` : nothing}
        ${survey.title ? html`<h2 class="title" id="survey-title" tabindex="-1">${this.#text(survey.title)}</h2>` : nothing}
        ${survey.description && index <= 0 ? html`<p class="vt-note">${this.#text(survey.description)}</p>` : nothing}
        ${!start && !single && (survey.showProgressBar || pages.length > 1)
          ? html`<p class="progress" part="progress" id="progress" tabindex="-1">${t.t('survey.progress', { page: String(index + 1), count: String(pages.length) })}</p>`
          : nothing}
        ${clock && timed ? clock.render(t as never, survey, timed.page, timed.limit) : nothing}
        ${renderErrorSummary(summary, t, () => this.renderRoot as ShadowRoot)}
        <p class="vt-visually-hidden" role="status">${[this.#announced, this.#news].filter(Boolean).join(' ')}</p>
        ${survey.pages.map((surveyPage) => {
          const questions = page.filter((question) => surveyPage.questions.includes(question));
          // The start page shows its title and description even without questions.
          return questions.length || (start && surveyPage == survey.pages[0])
            ? html`${surveyPage.title ? html`<h3 class="page-title">${this.#text(surveyPage.title)}</h3>` : nothing}
              ${surveyPage.description ? html`<p class="vt-note">${this.#text(surveyPage.description)}</p>` : nothing}
              ${this.#renderElements(surveyPage.elements, new Set(questions), errors, surveyPage.title ? 4 : 3, numbers)}`
            : nothing;
        })}
        <div class="nav">
          ${index > 0 && !(timed && TIME_LIMIT.shownPage!(survey, pages[index - 1], single).limit)
            ? html`<button class="vt-button" data-variant="secondary" type="button" @click=${this.#previous}>
                ${this.#text(survey.pagePrevText) || t.t('survey.previous')}
              </button>`
            : nothing}
          <button class="vt-button" part="submit" type="submit">
            ${start
              ? this.#text(survey.startSurveyText) || t.t('survey.start')
              : index < pages.length - 1 && !this.#timeLimits?.surveyUp(survey) && !this.#triggers?.sends(page[0])
                ? this.#text(survey.pageNextText) || t.t('survey.next')
                : this.#text(survey.completeText) || t.t('survey.submit')}
          </button>
        </div>
        ${renderSubmitStatus(this.#submission, t)}
        ${privacy ? html`<p class="vt-note"><a href=${privacy} target="_blank" rel="noopener">${t.t('survey.privacyLink')}</a></p>` : nothing}
      </form>
    `;
  }

  /**
   * The questions of `elements` that are `shown`, and the panels holding any, with their errors; a
   * panel's title is a heading of `level` (below the survey's h2 and the page's h3).
   */
  #renderElements(elements: SurveyElement[], shown: Set<Question>, errors: Map<Question, string>, level: number, numbers?: Map<Question, string>): unknown[] {
    return elements.map((element) =>
      element.type != 'panel'
        ? shown.has(element) ? this.#renderQuestion(element, errors.get(element), numbers?.get(element)) : nothing
        : // Drawn by its chunk (questions/panel.ts); should that fail to arrive, its questions show without it.
          (PANEL.panel?.(element, {
            id: `p${this.#panels.indexOf(element)}`,
            level,
            shown,
            errors,
            body: (deeper) => this.#renderElements(element.elements, shown, errors, deeper, numbers),
            text: (value) => this.#text(value),
            update: () => this.requestUpdate(),
            root: this.renderRoot,
          }) ?? this.#renderElements(element.elements, shown, errors, level, numbers)),
    );
  }

  /**
   * A question, with its comment box when it has one (`showCommentArea`). One that cannot be changed
   * (`readOnly`, or its `enableIf` does not hold) is in a disabled fieldset: shown and read, its
   * controls disabled, its answer still sent. Its `number` (showQuestionNumbers) is text in its title, so
   * that it is read with it.
   */
  #renderQuestion(question: Question, error: string | undefined, number?: string): unknown {
    const { answers } = this;
    const enabled = isEnabled(question, answers);
    // Answering one question leaves the other questions' DOM as it is, unless their templates read the answers.
    // The question itself too: a list that put another question in its place must not keep this one's DOM.
    const shows = [question, this.#generation, this.#actedOn == question && {}, answers[question.name], error, number, enabled, isRequired(question, answers), this.#readers.has(question) && answers];
    return guard(shows, () => {
      this.#readsAnswers = false;
      const view = this.#viewOf(question, error, number);
      const body = html`${RENDERERS[question.type]!(question, view)}${question.showCommentArea ? EXTRAS.extras?.commentBox(question, view) : nothing}`;
      if (this.#readsAnswers) this.#readers.add(question);
      return enabled ? body : html`<fieldset class="locked" disabled>${body}</fieldset>`;
    });
  }

  /** What a question's renderer is given: its id, answer, error and texts, and how to answer. */
  #viewOf(question: Question, error: string | undefined, number?: string): QuestionView {
    const t = this.#i18n.localizer;
    const id = this.#idOf(question);
    const answers = () => ((this.#readsAnswers = true), this.answers);
    return {
      id,
      value: this.answers[question.name],
      get answers() {
        return answers();
      },
      error,
      describedBy: (...extra) =>
        [question.description && `${id}-description`, ...extra, error && `${id}-error`].filter(Boolean).join(' ') || nothing,
      title: html`${number ? html`<span class="number">${number}</span> ` : nothing}${this.#text(question.title)}${isRequired(question, this.answers) ? html` <span class="mark">${t.t('survey.requiredMark')}</span>` : nothing}`,
      about: html`${question.description ? html`<p class="vt-note" id="${id}-description">${this.#text(question.description)}</p>` : nothing}
      ${renderFieldError(id, error, t)}`,
      t,
      text: (value, markup) => this.#text(value, markup),
      set: (value) => this.#setAnswer(question, value),
      comment: String(this.answers[commentOf(question.name)] ?? ''),
      setComment: (text) => {
        this.#actedOn = question;
        this.answers = withAnswer(this.answers, commentOf(question.name), text);
        this.#dirty.add(question.name);
        this.#saveDraft();
      },
      leave: () => this.#leave(question),
    };
  }
}

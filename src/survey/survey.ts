import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
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
import { parseExpression, type AnswerValue, type Answers } from './expression.js';
import { isEnabled, isOtherChosen, problemOf, surveyResult, visiblePages, withAnswer } from './logic.js';
import { PRESETS } from './preset.js';
import { EXTRAS, FIRST_CONTROL, MARKUP, PANEL, PIPE, RENDERERS, loadTypes } from './questions/registry.js';
import type { QuestionView } from './questions/view.js';
import { commentOf, readDefinition, textIn } from './read-definition.js';
import { surveyStyles } from './survey.styles.js';
import { surveyTexts } from './texts.js';

/** How loading `src` went; a failure is named after the key of its message (`survey.httpError`, …). */
type LoadState = 'idle' | 'loading' | 'ready' | 'malformed' | 'httpError' | 'networkError';

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
 * @csspart submit - The submit button.
 *
 * @cssprop --vt-survey-accent - Accent colour (buttons); falls back to `--vt-color-accent`.
 * @cssprop --vt-color-accent - Accent colour of every element.
 * @cssprop --vt-color-danger - Colour of errors.
 * @cssprop --vt-radius - Corner radius.
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
  readonly #i18n = new LocaleController(this, this.#config, surveyTexts);
  readonly #submission = new SubmitController(this, 'survey', this.#config, this.#i18n);
  /** Questions the person has changed, and of those the ones they have left: their errors may show. */
  readonly #dirty = new Set<string>();
  readonly #touched = new Set<string>();
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
  /** Every question of the survey, in order: a question's place gives its id (names may hold any character). */
  #questions: Question[] = [];
  /** Every panel of the survey, in order: a panel's place gives its id. */
  #panels: Panel[] = [];
  /** Panels the person has opened or closed; the others are as their `state` says. */
  readonly #panelOpen = new Map<Panel, boolean>();

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

  protected override willUpdate(changed: PropertyValues): void {
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
    this.#questions = [];
    this.#panels = [];
    this.#panelOpen.clear();
    this.answers = {};
    if (source === MALFORMED || source === null) return undefined;
    if (typeof source == 'string') {
      return this.#reported({ ok: false, errors: [{ property: 'preset', message: `Survey: preset "${source}" is not a known preset.` }] });
    }
    // The question families the definition uses that are not here yet come first, all at once.
    const loading = loadTypes(source);
    const result = loading ? loading.then(() => this.#read(source)) : this.#read(source);
    if (!(result instanceof Promise)) return this.#reported(result);
    this.#diagnosis = result.then((read) => {
      // Unless another definition came meanwhile.
      if (this.#parsedFrom === source) this.#result = this.#reported(read);
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
    if (draft) this.pageIndex = draft.pageIndex;
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
    if (this.inlineJson === MALFORMED) this.#readInline();
    else if (this.#usesPreset()) this.#presetFailed = false;
    else void this.#load();
    this.requestUpdate();
  }

  get #survey(): SurveyModel | undefined {
    return this.#result?.ok ? this.#result.survey : undefined;
  }

  /** The pages as shown now: questions hidden by `visibleIf` left out, and pages left empty by them. */
  #shownPages(survey: SurveyModel): Question[][] {
    const pages = visiblePages(survey, this.answers);
    return this.layout == 'single-page' ? [pages.flat()] : pages;
  }

  #currentPage(pages: Question[][]): number {
    return Math.max(Math.min(this.pageIndex, pages.length - 1), 0);
  }

  #idOf(question: Question): string {
    return `q${this.#questions.indexOf(question)}`;
  }

  #setAnswer(question: Question, value: AnswerValue): void {
    let answers = withAnswer(this.answers, question.name, value);
    // survey-core drops what was typed for "other" when "other" is no longer chosen.
    if ('showOtherItem' in question && !isOtherChosen(question, answers)) answers = withAnswer(answers, commentOf(question.name), undefined);
    this.answers = EXTRAS.extras?.clearHidden(this.#survey!, this.answers, answers) ?? answers;
    this.#dirty.add(question.name);
    this.#saveDraft();
  }

  /** Leaving a question the person has changed lets its error show. */
  #leave(question: Question): void {
    if (this.#dirty.has(question.name) && !this.#touched.has(question.name)) {
      this.#touched.add(question.name);
      if (!this.rendering) this.requestUpdate();
    }
  }

  /** The endpoint's message for the question, else the required error or the number's limit it breaks. */
  #errorFor(question: Question): string | undefined {
    const server = this.#submission.fieldErrors[`answers/${question.name}`];
    const problem = problemOf(question, this.answers);
    if (server || !problem) return server;
    const t = this.#i18n.localizer;
    if (problem == 'other') return this.#text((question as OtherChoice).otherErrorText) || t.t('survey.otherRequired');
    if (problem != 'required') return t.t(`survey.${problem}`, { [problem]: String((question as TextQuestion)[problem as 'min']) });
    return this.#text(question.requiredErrorText) || t.t('survey.required');
  }

  #previous(): void {
    this.pageIndex = this.#currentPage(this.#shownPages(this.#survey!)) - 1;
    this.attempted = false;
    this.#saveDraft();
    void this.updateComplete.then(() => this.#focusOn('#progress'));
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const survey = this.#survey;
    if (!survey || this.#submission.state == 'sending') return;
    const pages = this.#shownPages(survey);
    const index = this.#currentPage(pages);
    this.attempted = true;
    if ((pages[index] ?? []).some((question) => this.#errorFor(question))) {
      await this.updateComplete;
      focusErrorSummary(this.renderRoot as ShadowRoot);
      return;
    }
    if (index < pages.length - 1) {
      this.pageIndex = index + 1;
      this.attempted = false;
      this.#saveDraft();
      await this.updateComplete;
      this.#focusOn('#progress');
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

  #focusOn(selector: string): void {
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
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
    const text = textIn(value, locale);
    if (!PIPE.pipe || !text.includes('{')) return text;
    const t = this.#i18n.localizer;
    const context = { questions: this.#questions, answers: this.answers, text: (choice: LocalizedText | undefined) => textIn(choice, locale), yes: t.t('survey.yes'), no: t.t('survey.no') };
    return PIPE.pipe(text, context, markup);
  }

  protected override render(): TemplateResult {
    const t = this.#i18n.localizer;
    const sent = this.#submission.state;
    const survey = this.#survey;
    if (sent == 'sent' || sent == 'queued') {
      // The first completedHtmlOnCondition that holds for the answers sent, as survey-core picks it.
      const result = survey && surveyResult(survey, this.answers);
      const chosen = survey?.completedOnCondition?.find(({ condition }) => condition.evaluate(result!));
      const done = this.#text(chosen?.text ?? survey?.completedText) || t.t('survey.thanks');
      // Markup shows sanitised, as the message itself, once its chunk is here.
      const source = this.#text(chosen ? chosen.html : survey?.completedHtml, true);
      const markup = source.includes('<') && MARKUP.markup?.(survey!, source);
      return this.#renderEnd('success', sent == 'queued' ? t.t('survey.queuedTitle') : markup || done);
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
    const state: LoadState =
      this.inlineJson === MALFORMED
        ? 'malformed'
        : this.#usesPreset() && this.#presetFailed
          ? 'networkError'
          : waitingForSrc
            ? this.loadState
            : 'ready';
    if (state == 'idle' || state == 'loading' || this.#diagnosis) return html`<p class="vt-note" role="status">${t.t('survey.loading')}</p>`;
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

  /** After sending, or on a later visit: a heading, a note, and the submission status. */
  #renderEnd(part: 'success' | 'answered', title: string | Element, note?: string): TemplateResult {
    return html`<section part=${part} aria-labelledby="${part}-title">
      ${typeof title == 'string'
        ? html`<h2 id="${part}-title" tabindex="-1">${title}</h2>`
        : html`<div id="${part}-title" class="markup" tabindex="-1">${title}</div>`}
      ${note ? html`<p>${note}</p>` : nothing} ${renderSubmitStatus(this.#submission, this.#i18n.localizer)}
    </section>`;
  }

  #renderForm(survey: SurveyModel): TemplateResult {
    const t = this.#i18n.localizer;
    const pages = this.#shownPages(survey);
    const index = this.#currentPage(pages);
    const page = pages[index] ?? [];
    const single = this.layout == 'single-page';
    // Errors show after the person has left a changed question, on Next or Submit, or from the endpoint.
    const errors = new Map<Question, string>();
    for (const question of page) {
      const error = this.#errorFor(question);
      if (error && (this.attempted || this.#touched.has(question.name) || this.#submission.fieldErrors[`answers/${question.name}`])) {
        errors.set(question, error);
      }
    }
    const summary = [...errors].map(([question, message]) => {
      const id = this.#idOf(question);
      // The question's first control.
      return { controlId: id + (FIRST_CONTROL[question.type] ?? ''), message };
    });
    const privacy = this.#config.privacyNoticeUrl;
    return html`
      <form part="form" novalidate @submit=${this.#onSubmit}>
        ${survey.title ? html`<h2 class="title">${this.#text(survey.title)}</h2>` : nothing}
        ${survey.description && index == 0 ? html`<p class="vt-note">${this.#text(survey.description)}</p>` : nothing}
        ${!single && (survey.showProgressBar || pages.length > 1)
          ? html`<p class="progress" part="progress" id="progress" tabindex="-1">${t.t('survey.progress', { page: String(index + 1), count: String(pages.length) })}</p>`
          : nothing}
        ${renderErrorSummary(summary, t, () => this.renderRoot as ShadowRoot)}
        ${survey.pages.map((surveyPage) => {
          const questions = page.filter((question) => surveyPage.questions.includes(question));
          return questions.length
            ? html`${surveyPage.title ? html`<h3 class="page-title">${this.#text(surveyPage.title)}</h3>` : nothing}
              ${surveyPage.description ? html`<p class="vt-note">${this.#text(surveyPage.description)}</p>` : nothing}
              ${this.#renderElements(surveyPage.elements, new Set(questions), errors, surveyPage.title ? 4 : 3)}`
            : nothing;
        })}
        <div class="nav">
          ${index > 0
            ? html`<button class="vt-button" data-variant="secondary" type="button" @click=${this.#previous}>${t.t('survey.previous')}</button>`
            : nothing}
          <button class="vt-button" part="submit" type="submit">${t.t(index < pages.length - 1 ? 'survey.next' : 'survey.submit')}</button>
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
  #renderElements(elements: SurveyElement[], shown: Set<Question>, errors: Map<Question, string>, level: number): unknown[] {
    return elements.map((element) =>
      element.type != 'panel'
        ? shown.has(element) ? this.#renderQuestion(element, errors.get(element)) : nothing
        : this.#renderPanel(element, shown, errors, level),
    );
  }

  /**
   * A panel holding a question shown (questions/panel.ts renders it). One with an error shown in it
   * opens, so that the error summary's links lead to visible fields. Should its chunk have failed to
   * arrive, its questions show without it.
   */
  #renderPanel(panel: Panel, shown: Set<Question>, errors: Map<Question, string>, level: number): unknown {
    const inside: Question[] = [];
    const gather = (element: SurveyElement): void => {
      if (element.type == 'panel') element.elements.forEach(gather);
      else if (shown.has(element)) inside.push(element);
    };
    panel.elements.forEach(gather);
    if (!inside.length) return nothing;
    if (inside.some((question) => errors.has(question))) this.#panelOpen.set(panel, true);
    const open = this.#panelOpen.get(panel) ?? panel.state != 'collapsed';
    const title = this.#text(panel.title);
    const body = this.#renderElements(panel.elements, shown, errors, title ? level + 1 : level);
    if (!PANEL.panel) return body;
    return PANEL.panel(panel, {
      id: `p${this.#panels.indexOf(panel)}`,
      title,
      level,
      open,
      toggle: () => {
        this.#panelOpen.set(panel, !open);
        this.requestUpdate();
      },
      body,
      text: (value) => this.#text(value),
    });
  }

  /**
   * A question, with its comment box when it has one (`showCommentArea`). One that cannot be changed
   * (`readOnly`, or its `enableIf` does not hold) is in a disabled fieldset: shown and read, its
   * controls disabled, its answer still sent.
   */
  #renderQuestion(question: Question, error: string | undefined): TemplateResult {
    const view = this.#viewOf(question, error);
    const body = html`${RENDERERS[question.type]!(question, view)}${question.showCommentArea ? EXTRAS.extras?.commentBox(question, view) : nothing}`;
    return isEnabled(question, this.answers) ? body : html`<fieldset class="locked" disabled>${body}</fieldset>`;
  }

  /** What a question's renderer is given: its id, answer, error and texts, and how to answer. */
  #viewOf(question: Question, error: string | undefined): QuestionView {
    const t = this.#i18n.localizer;
    const id = this.#idOf(question);
    return {
      id,
      value: this.answers[question.name],
      answers: this.answers,
      error,
      describedBy: (...extra) =>
        [question.description && `${id}-description`, ...extra, error && `${id}-error`].filter(Boolean).join(' ') || nothing,
      title: html`${this.#text(question.title)}${question.isRequired ? html` <span class="mark">${t.t('survey.requiredMark')}</span>` : nothing}`,
      about: html`${question.description ? html`<p class="vt-note" id="${id}-description">${this.#text(question.description)}</p>` : nothing}
      ${renderFieldError(id, error, t)}`,
      t,
      text: (value, markup) => this.#text(value, markup),
      set: (value) => this.#setAnswer(question, value),
      comment: String(this.answers[commentOf(question.name)] ?? ''),
      setComment: (text) => {
        this.answers = withAnswer(this.answers, commentOf(question.name), text);
        this.#dirty.add(question.name);
        this.#saveDraft();
      },
      leave: () => this.#leave(question),
    };
  }
}

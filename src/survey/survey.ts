import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ConfigController } from '../core/config-controller.js';
import { focusErrorSummary, renderErrorSummary, renderFieldError, type FormError } from '../core/error-summary.js';
import { LocaleController } from '../core/locale-controller.js';
import { renderSubmitStatus } from '../core/status.js';
import { formStyles } from '../core/form-styles.js';
import { baseStyles } from '../core/styles.js';
import { SubmitController } from '../core/submit-controller.js';
import { VERSION } from '../core/version.js';
import {
  parseDefinition,
  textIn,
  type Choice,
  type DefinitionError,
  type DefinitionResult,
  type LocalizedText,
  type Question,
  type SurveyModel,
} from './definition.js';
import { hasAnswered, markAnswered } from './answered.js';
import { clearDraft, draftKey, loadDraft, saveDraft } from './draft.js';
import { parseExpression, type AnswerValue, type Answers } from './expression.js';
import { isMissing, surveyResult, visiblePages, withAnswer } from './logic.js';
import { PEER_GROUP_SATISFACTION } from './preset.js';
import { surveyStyles } from './survey.styles.js';
import { surveyTexts } from './texts.js';

type LoadState = 'idle' | 'loading' | 'ready' | 'malformed' | 'http' | 'network';

const PRESETS: Record<string, unknown> = { 'peer-group-satisfaction': PEER_GROUP_SATISFACTION };

/** Inline JSON that does not parse: shown as the malformed-file message. */
const MALFORMED = Symbol('malformed');

/** A question with the id its controls are built from (names may hold any character, ids may not). */
interface Placed {
  question: Question;
  id: string;
}

/** The choice's own value (a number stays a number), found from the string a control holds. */
const valueOf = (choices: Choice[], raw: string): string | number =>
  choices.find((choice) => String(choice.value) === raw)?.value ?? raw;

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
export class VtSurvey extends LitElement {
  static readonly vtVersion = VERSION;

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

  private readonly config = new ConfigController(this);
  private readonly i18n = new LocaleController(this, this.config, surveyTexts);

  // The first render waits for the page language's texts (one small chunk), so no key flashes by.
  protected override scheduleUpdate(): void | Promise<void> {
    return this.i18n.whenReady(() => super.scheduleUpdate());
  }

  private readonly submission = new SubmitController(this, 'survey', this.config, this.i18n);
  private readonly touched = new Set<string>();
  private readonly dirty = new Set<string>();
  private loadedJson: unknown;
  private loadStatus = 0;
  private loadController: AbortController | undefined;
  private childObserver: MutationObserver | undefined;
  private parsedFrom: unknown = MALFORMED;
  private result: DefinitionResult | undefined;

  constructor() {
    super();
    this.answers = {};
    this.pageIndex = 0;
    this.attempted = false;
    this.loadState = 'idle';
    this.allowMultiple = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readInline();
    this.childObserver = new MutationObserver(() => this.readInline());
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver?.disconnect();
    this.loadController?.abort();
  }

  private readInline(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script) {
      this.inlineJson = undefined;
      return;
    }
    try {
      this.inlineJson = JSON.parse(script.textContent ?? '');
    } catch (error) {
      console.error('vertaistuki-widgets: <vt-survey> has an inline definition that is not valid JSON:', error);
      this.inlineJson = MALFORMED;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) void this.load();
    const source = this.source();
    if (source !== this.parsedFrom) {
      this.parsedFrom = source;
      this.result = this.parse(source);
    }
  }

  /** The definition's JSON by priority, `null` when there is none, or `MALFORMED`. */
  private source(): unknown {
    if (this.definition !== undefined) return this.definition;
    if (this.inlineJson !== undefined) return this.inlineJson;
    if (this.src) return this.loadState === 'ready' ? this.loadedJson : MALFORMED;
    return this.preset ? (PRESETS[this.preset] ?? this.preset) : null;
  }

  private parse(source: unknown): DefinitionResult | undefined {
    if (source === MALFORMED || source === null) return undefined;
    const result: DefinitionResult =
      typeof source == 'string'
        ? { ok: false, errors: [{ property: 'preset', message: `Survey: preset "${source}" is not a known preset.` }] }
        : parseDefinition(source, { parseExpression });
    if (!result.ok) {
      console.error(
        `vertaistuki-widgets: <vt-survey> cannot show its definition:\n${result.errors.map((error) => error.message).join('\n')}`,
      );
    } else if (result.ignored.length) {
      console.warn(`vertaistuki-widgets: <vt-survey> ignores presentation-only properties: ${result.ignored.join(', ')}.`);
    }
    this.answers = {};
    this.pageIndex = 0;
    this.attempted = false;
    this.touched.clear();
    this.dirty.clear();
    if (result.ok) {
      const names = new Set(result.survey.pages.flatMap((page) => page.questions.map((question) => question.name)));
      const draft = loadDraft(this.draftKey(result.survey), names);
      if (draft) ({ answers: this.answers, pageIndex: this.pageIndex } = draft);
    }
    return result;
  }

  /** Loads `src`; malformed JSON, an HTTP error and a network failure each get their own message. */
  private async load(): Promise<void> {
    this.loadController?.abort();
    if (!this.src) {
      this.loadState = 'idle';
      return;
    }
    const controller = new AbortController();
    this.loadController = controller;
    this.loadState = 'loading';
    let text: string;
    try {
      const response = await fetch(this.src, {
        credentials: 'omit',
        headers: { Accept: 'application/json' },
        signal: controller.signal,
      });
      if (!response.ok) {
        console.error(`vertaistuki-widgets: <vt-survey> got HTTP ${response.status} for ${this.src}.`);
        this.loadStatus = response.status;
        this.loadState = 'http';
        return;
      }
      text = await response.text();
    } catch (error) {
      if (controller.signal.aborted) return;
      console.error(`vertaistuki-widgets: <vt-survey> could not load ${this.src}:`, error);
      this.loadState = 'network';
      return;
    }
    try {
      this.loadedJson = JSON.parse(text);
      this.loadState = 'ready';
    } catch (error) {
      console.error(`vertaistuki-widgets: <vt-survey> got malformed JSON from ${this.src}:`, error);
      this.loadState = 'malformed';
    }
  }

  private retry(): void {
    if (this.inlineJson === MALFORMED) this.readInline();
    else void this.load();
  }

  private get survey(): SurveyModel | undefined {
    return this.result?.ok ? this.result.survey : undefined;
  }

  /** The pages as shown now: questions hidden by `visibleIf` left out, pages left empty by them too. */
  private shownPages(): Placed[][] {
    const survey = this.survey;
    if (!survey) return this.layout === 'single-page' ? [[]] : [];
    // Ids by the question's place in the whole survey, so an id stays put as others hide.
    const all = survey.pages.flatMap((page) => page.questions);
    const shown = visiblePages(survey, this.answers).map((page) =>
      page.map((question) => ({ question, id: `q${all.indexOf(question)}` })),
    );
    return this.layout === 'single-page' ? [shown.flat()] : shown;
  }

  private currentPage(pages: Placed[][]): number {
    return Math.min(this.pageIndex, Math.max(pages.length - 1, 0));
  }

  private setAnswer(name: string, value: AnswerValue): void {
    this.answers = withAnswer(this.answers, name, value);
    this.dirty.add(name);
    this.saveDraft();
  }

  private onChange(event: Event): void {
    const control = event.target as HTMLInputElement | HTMLTextAreaElement;
    const name = control.dataset['question'];
    const placed = this.shownPages()
      .flat()
      .find(({ question }) => question.name === name);
    if (!placed) return;
    const { question } = placed;
    const raw = control.value;
    switch (question.type) {
      case 'rating':
        return this.setAnswer(question.name, valueOf(question.values, raw));
      case 'radiogroup':
        return this.setAnswer(question.name, valueOf(question.choices, raw));
      case 'boolean':
        return this.setAnswer(question.name, raw === 'true');
      case 'checkbox': {
        // In the order ticked, as survey-core keeps them: `{topics[0]}` is the first choice ticked.
        const value = valueOf(question.choices, raw);
        const current = this.answers[question.name];
        const others = (Array.isArray(current) ? current : []).filter((chosen) => chosen !== value);
        return this.setAnswer(question.name, ((control as HTMLInputElement).checked ? [...others, value] : others) as string[]);
      }
      case 'matrix': {
        const row = control.dataset['row']!;
        const current = (this.answers[question.name] ?? {}) as Record<string, string | number>;
        return this.setAnswer(question.name, { ...current, [row]: valueOf(question.columns, raw) });
      }
      case 'text':
        // survey-core keeps a number input's answer as a number.
        return this.setAnswer(
          question.name,
          question.inputType === 'number' && raw.trim() && isFinite(Number(raw)) ? Number(raw) : raw,
        );
      default:
        return this.setAnswer(question.name, raw);
    }
  }

  private onFocusOut(event: FocusEvent): void {
    const name = (event.target as HTMLElement).dataset?.['question'];
    if (name && this.dirty.has(name) && !this.touched.has(name)) {
      this.touched.add(name);
      this.requestUpdate();
    }
  }

  private errorFor(question: Question): string | undefined {
    const server = this.submission.fieldErrors[`answers/${question.name}`];
    if (server) return server;
    if (!isMissing(question, this.answers)) return undefined;
    const locale = this.i18n.locale;
    return textIn(question.requiredErrorText, locale) || this.i18n.localizer.t('core.required');
  }

  private errorsOn(page: Placed[]): FormError[] {
    return page
      .filter(({ question }) => this.errorFor(question))
      .map(({ question, id }) => ({ controlId: firstControl(question, id), message: this.errorFor(question)! }));
  }

  private previous(): void {
    this.pageIndex = Math.max(this.currentPage(this.shownPages()) - 1, 0);
    this.attempted = false;
    this.saveDraft();
    void this.updateComplete.then(() => this.focusPage());
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const survey = this.survey;
    if (!survey || this.submission.state === 'sending') return;
    const pages = this.shownPages();
    const index = this.currentPage(pages);
    this.attempted = true;
    if (this.errorsOn(pages[index] ?? []).length) {
      await this.updateComplete;
      focusErrorSummary(this.renderRoot as ShadowRoot);
      return;
    }
    if (index < pages.length - 1) {
      this.pageIndex = index + 1;
      this.attempted = false;
      this.saveDraft();
      await this.updateComplete;
      this.focusPage();
      return;
    }
    const state = await this.submission.submit(this.payload(survey));
    await this.updateComplete;
    if (state === 'sent' || state === 'queued') {
      // Queued answers count as given: the outbox delivers them.
      markAnswered(this.idOf(survey));
      clearDraft(this.draftKey(survey));
      this.renderRoot.querySelector<HTMLElement>('#success-title')?.focus();
    }
  }

  private focusPage(): void {
    this.renderRoot.querySelector<HTMLElement>('#page')?.focus();
  }

  /** `vt.survey/1` data: the answers to the questions shown now, keyed by name, as SurveyJS's `survey.data`. */
  private payload(survey: SurveyModel): Record<string, unknown> {
    const data: Record<string, unknown> = { surveyId: this.idOf(survey), answers: surveyResult(survey, this.answers) };
    if (this.group) data['group'] = this.group;
    if (Number.isInteger(this.session) && this.session! >= 1) data['session'] = this.session;
    return data;
  }

  /** `survey-id`, else the preset's name (its title changes with the language), else the title. */
  private idOf(survey: SurveyModel | undefined): string {
    const preset = this.parsedFrom === PRESETS[this.preset ?? ''] && this.preset;
    const title = survey?.title && textIn(survey.title, 'default');
    return (this.surveyId || preset || title || 'survey').slice(0, 100);
  }

  private draftKey(survey: SurveyModel | undefined): string {
    return draftKey(this.idOf(survey));
  }

  private saveDraft(): void {
    saveDraft(this.draftKey(this.survey), { answers: this.answers, pageIndex: this.pageIndex });
  }

  private text(value: LocalizedText | undefined): string {
    return textIn(value, this.i18n.locale);
  }

  protected override render(): TemplateResult {
    const t = this.i18n.localizer;
    const state = this.submission.state;
    if (state === 'sent' || state === 'queued') return this.renderSuccess();
    if (this.result && !this.result.ok) return this.renderInvalid(this.result.errors);
    if (this.inlineJson === MALFORMED) return this.renderLoadError(t.t('survey.malformed'));
    if (this.src && this.definition === undefined && this.inlineJson === undefined && this.loadState !== 'ready') {
      switch (this.loadState) {
        case 'malformed':
          return this.renderLoadError(t.t('survey.malformed'));
        case 'http':
          return this.renderLoadError(t.t('survey.httpError', { status: String(this.loadStatus) }));
        case 'network':
          return this.renderLoadError(t.t('survey.networkError'));
        default:
          return html`<p class="vt-note" role="status">${t.t('survey.loading')}</p>`;
      }
    }
    if (!this.survey) {
      return html`<div class="vt-config-error" part="config-error" role="alert">
        ${t.t('core.configError', { problem: t.t('survey.noDefinition') })}
      </div>`;
    }
    if (!this.allowMultiple && hasAnswered(this.idOf(this.survey))) return this.renderAnswered();
    return this.renderForm(this.survey);
  }

  private renderInvalid(errors: DefinitionError[]): TemplateResult {
    const t = this.i18n.localizer;
    return html`<div class="vt-config-error" part="config-error" role="alert">
      <p>${t.t('core.configError', { problem: t.t('survey.invalid') })}</p>
      <ul>
        ${errors.map((error) => html`<li>${error.message}</li>`)}
      </ul>
    </div>`;
  }

  private renderLoadError(message: string): TemplateResult {
    const t = this.i18n.localizer;
    return html`<div class="load-error" part="load-error">
      <p role="alert">${message}</p>
      <button class="vt-button" data-variant="secondary" type="button" @click=${this.retry}>${t.t('survey.retry')}</button>
    </div>`;
  }

  private renderSuccess(): TemplateResult {
    const t = this.i18n.localizer;
    const queued = this.submission.state === 'queued';
    const done = this.text(this.survey?.completedText) || t.t('survey.thanks');
    return html`
      <section class="success" part="success" aria-labelledby="success-title">
        <h2 id="success-title" tabindex="-1">${queued ? t.t('survey.queuedTitle') : done}</h2>
        ${renderSubmitStatus(this.submission, t)}
      </section>
    `;
  }

  private renderAnswered(): TemplateResult {
    const t = this.i18n.localizer;
    return html`
      <section class="answered" part="answered" aria-labelledby="answered-title">
        <h2 id="answered-title">${t.t('survey.answeredTitle')}</h2>
        <p>${t.t('survey.answeredNote')}</p>
        ${renderSubmitStatus(this.submission, t)}
      </section>
    `;
  }

  private renderForm(survey: SurveyModel): TemplateResult {
    const t = this.i18n.localizer;
    const pages = this.shownPages();
    const index = this.currentPage(pages);
    const page = pages[index] ?? [];
    const shown = new Set(page.map(({ question }) => question));
    const last = index >= pages.length - 1;
    const errors = new Map<Question, string>();
    for (const { question } of page) {
      const error = this.errorFor(question);
      if (error && (this.attempted || this.touched.has(question.name) || this.submission.fieldErrors[`answers/${question.name}`])) {
        errors.set(question, error);
      }
    }
    const summary = page
      .filter(({ question }) => errors.has(question))
      .map(({ question, id }) => ({ controlId: firstControl(question, id), message: errors.get(question)! }));
    const progress = this.layout !== 'single-page' && (survey.showProgressBar || pages.length > 1);
    const privacy = this.config.privacyNoticeUrl;
    return html`
      <form part="form" novalidate @submit=${this.onSubmit} @change=${this.onChange} @input=${this.onChange} @focusout=${this.onFocusOut}>
        ${survey.title ? html`<h2 class="title">${this.text(survey.title)}</h2>` : nothing}
        ${survey.description && index === 0 ? html`<p class="vt-note">${this.text(survey.description)}</p>` : nothing}
        ${progress
          ? html`<p class="progress" part="progress">${t.t('survey.progress', { page: String(index + 1), count: String(pages.length) })}</p>`
          : nothing}
        ${renderErrorSummary(summary, t, () => this.renderRoot as ShadowRoot)}
        <div id="page" tabindex="-1">
          ${survey.pages.map((surveyPage) => {
            const questions = surveyPage.questions.filter((question) => shown.has(question));
            if (!questions.length) return nothing;
            return html`
              ${surveyPage.title ? html`<h3 class="page-title">${this.text(surveyPage.title)}</h3>` : nothing}
              ${surveyPage.description ? html`<p class="vt-note">${this.text(surveyPage.description)}</p>` : nothing}
              ${page
                .filter(({ question }) => questions.includes(question))
                .map(({ question, id }) => this.renderQuestion(question, id, errors.get(question)))}
            `;
          })}
        </div>
        <div class="nav">
          ${index > 0 && this.layout !== 'single-page'
            ? html`<button class="vt-button" data-variant="secondary" type="button" @click=${this.previous}>${t.t('survey.previous')}</button>`
            : nothing}
          <button class="vt-button" part="submit" type="submit">${t.t(last ? 'survey.submit' : 'survey.next')}</button>
        </div>
        ${renderSubmitStatus(this.submission, t)}
        ${privacy ? html`<p class="vt-note"><a href=${privacy} target="_blank" rel="noopener">${t.t('survey.privacyLink')}</a></p>` : nothing}
      </form>
    `;
  }

  private heading(question: Question): TemplateResult {
    const t = this.i18n.localizer;
    return html`${this.text(question.title)}${question.isRequired
      ? html` <span class="mark">${t.t('survey.requiredMark')}</span>`
      : nothing}`;
  }

  private renderQuestion(question: Question, id: string, error: string | undefined): TemplateResult {
    const t = this.i18n.localizer;
    const description = question.description
      ? html`<p class="vt-note" id="${id}-description">${this.text(question.description)}</p>`
      : nothing;
    const limit = question.type === 'checkbox' && question.maxSelectedChoices !== undefined && `${id}-limit`;
    const describedBy =
      [question.description && `${id}-description`, limit, error && `${id}-error`].filter(Boolean).join(' ') || nothing;
    const invalid = error ? 'true' : nothing;
    const value = this.answers[question.name];
    if (question.type === 'text' || question.type === 'comment') {
      const shownValue = value === undefined ? '' : String(value);
      return html`<div class="question field" part="question">
        <label for=${id}>${this.heading(question)}</label>
        ${description} ${renderFieldError(id, error, t)}
        ${question.type === 'comment'
          ? html`<textarea id=${id} data-question=${question.name} rows="4" maxlength=${question.maxLength ?? nothing}
              aria-invalid=${invalid} aria-describedby=${describedBy} .value=${shownValue}></textarea>`
          : html`<input id=${id} data-question=${question.name} type=${question.inputType}
              inputmode=${question.inputType === 'number' ? 'decimal' : nothing}
              maxlength=${question.maxLength ?? nothing} aria-invalid=${invalid} aria-describedby=${describedBy}
              .value=${shownValue} />`}
      </div>`;
    }
    let body: TemplateResult;
    switch (question.type) {
      case 'rating': {
        const { values } = question;
        const ends = [
          ['min', question.minRateDescription],
          ['max', question.maxRateDescription],
        ] as const;
        body = html`<div class="rating">
            ${values.map((choice, at) => {
              const end = at === 0 ? 'min' : at === values.length - 1 ? 'max' : '';
              const endText = end && (end === 'min' ? question.minRateDescription : question.maxRateDescription);
              return html`<span class="rate">
                <input type="radio" id="${id}-${at}" name=${id} data-question=${question.name} value=${String(choice.value)}
                  .checked=${value === choice.value} aria-describedby=${endText ? `${id}-${end}` : nothing} />
                <label for="${id}-${at}">${this.text(choice.text)}</label>
              </span>`;
            })}
          </div>
          ${question.minRateDescription || question.maxRateDescription
            ? html`<p class="ends vt-note">
                ${ends.map(([end, text]) => html`<span id="${id}-${end}">${this.text(text)}</span>`)}
              </p>`
            : nothing}`;
        break;
      }
      case 'radiogroup':
        body = this.renderChoices(question.choices, id, question.name, 'radio', (choice) => value === choice.value);
        break;
      case 'boolean':
        body = this.renderChoices(
          [
            { value: 'true', text: this.text(question.labelTrue) || t.t('survey.yes') },
            { value: 'false', text: this.text(question.labelFalse) || t.t('survey.no') },
          ],
          id,
          question.name,
          'radio',
          (choice) => String(value) === choice.value,
        );
        break;
      case 'checkbox': {
        const chosen = (Array.isArray(value) ? value : []) as Array<string | number>;
        const max = question.maxSelectedChoices;
        const full = max !== undefined && chosen.length >= max;
        body = html`${max !== undefined
            ? html`<p class="vt-note" id="${id}-limit">${t.t(full ? 'survey.maxReached' : 'survey.maxChoices', { count: max })}</p>`
            : nothing}
          ${this.renderChoices(question.choices, id, question.name, 'checkbox', (choice) => chosen.includes(choice.value), full)}`;
        break;
      }
      default: {
        const answer = (value ?? {}) as Record<string, string | number>;
        body = html`${question.rows.map(
          (row, r) => html`<fieldset class="matrix-row">
            <legend>${this.text(row.text)}</legend>
            <div class="choices-inline">
              ${question.columns.map(
                (column, c) => html`<span class="choice">
                  <input type="radio" id="${id}-r${r}-c${c}" name="${id}-r${r}" data-question=${question.name}
                    data-row=${String(row.value)} value=${String(column.value)} .checked=${answer[String(row.value)] === column.value} />
                  <label for="${id}-r${r}-c${c}">${this.text(column.text)}</label>
                </span>`,
              )}
            </div>
          </fieldset>`,
        )}`;
      }
    }
    return html`<fieldset class="question" part="question" aria-describedby=${describedBy}>
      <legend>${this.heading(question)}</legend>
      ${description} ${renderFieldError(id, error, t)} ${body}
    </fieldset>`;
  }

  private renderChoices(
    choices: Choice[],
    id: string,
    name: string,
    type: 'radio' | 'checkbox',
    checked: (choice: Choice) => boolean,
    full = false,
  ): TemplateResult {
    return html`${choices.map((choice, at) => {
      const on = checked(choice);
      return html`<div class="choice">
        <input type=${type} id="${id}-${at}" name=${id} data-question=${name} value=${String(choice.value)}
          .checked=${on} ?disabled=${full && !on} />
        <label for="${id}-${at}">${this.text(choice.text)}</label>
      </div>`;
    })}`;
  }
}

/** The control an error summary link moves to: the question's first input. */
function firstControl(question: Question, id: string): string {
  if (question.type === 'text' || question.type === 'comment') return id;
  return question.type === 'matrix' ? `${id}-r0-c0` : `${id}-0`;
}

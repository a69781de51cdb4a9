import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ConfigController } from '../core/config-controller.js';
import { focusErrorSummary, renderErrorSummary, renderFieldError, type FormError } from '../core/error-summary.js';
import { LocaleController } from '../core/locale-controller.js';
import { renderSubmitStatus } from '../core/status.js';
import { formStyles } from '../core/form-styles.js';
import { baseStyles } from '../core/styles.js';
import { SubmitController } from '../core/submit-controller.js';
import { VERSION } from '../core/version.js';
import { SignupDraft, draftKey } from './draft.js';
import {
  EMPTY_VALUES,
  MAX_LENGTH,
  ORGANISATION_TYPES,
  PREFERRED_FORMATS,
  ROLES,
  parseFields,
  signupData,
  validateSignup,
  type OptionalField,
  type SignupProblem,
  type SignupValues,
} from './fields.js';
import { availabilityOf, groupsFromElements, groupsFromJson, type PeerGroup } from './groups.js';
import { groupSignupStyles } from './group-signup.styles.js';
import { signupTexts, type SignupTextKey } from './texts.js';

type LoadState = 'idle' | 'loading' | 'failed' | 'ready';

/** The id of the control an error summary link moves to, per payload field. */
const CONTROL_ID: Record<keyof SignupValues, string> = {
  group: 'group-0',
  name: 'name',
  email: 'email',
  phone: 'phone',
  organisation: 'organisation',
  role: 'role',
  organisationType: 'organisation-type',
  fieldOfWork: 'field-of-work',
  preferredFormat: 'preferred-format-face-to-face',
  avoidOrganisations: 'avoid-organisations',
  hopes: 'hopes',
  consent: 'consent',
  contactAboutFutureGroups: 'future-contact',
};

/** The order of fields in the form, so the error summary lists them as a person meets them. */
const FORM_ORDER = Object.keys(CONTROL_ID) as Array<keyof SignupValues>;

/**
 * A signup form for a peer group or its waiting list. Groups come from `<vt-group>` children (no
 * JavaScript needed), the `groups` property, or `groups-src`. Only name, email and consent are required;
 * `fields` adds the optional questions a partner needs, and nothing else is shown or sent.
 *
 * @summary Sign up for a peer group, or its waiting list, from any partner page.
 * @tag vt-group-signup
 *
 * @slot - `<vt-group>` elements, one per group: `<vt-group value="pori-1" starts="2027-02-03T17:00"
 *   meetings="6" location="Pori" capacity="8" seats-left="3" type="horizontal" format="hybrid"
 *   audience="Yksinyrittäjät">Name<p>Description</p></vt-group>`. They are read as data, not shown.
 *
 * @csspart form - The form.
 * @csspart group - One group's choice.
 * @csspart error-summary - The box listing the form's errors.
 * @csspart field-error - The message beside a field.
 * @csspart status - The live region with the submission status.
 * @csspart success - The view shown after signing up.
 * @csspart config-error - The message for the page editor when a setting is missing.
 * @csspart submit - The submit button.
 *
 * @cssprop --vt-group-signup-accent - Accent colour (buttons, selected group); falls back to `--vt-color-accent`.
 * @cssprop --vt-color-accent - Accent colour of every element.
 * @cssprop --vt-color-danger - Colour of errors.
 * @cssprop --vt-radius - Corner radius.
 *
 * @fires vt-submit - Before sending; cancelable. `detail.envelope` has the `vt.signup/1` payload.
 * @fires vt-submitted - The endpoint stored the signup (now, or later from the outbox).
 * @fires vt-submit-queued - No connection: the signup waits on this device and is sent automatically.
 * @fires vt-submit-error - The endpoint refused the signup; field errors are shown on the fields.
 */
export class VtGroupSignup extends LitElement {
  static readonly vtVersion = VERSION;

  static override properties = {
    endpoint: {},
    programme: {},
    privacyNoticeUrl: { attribute: 'privacy-notice-url' },
    texts: {},
    groups: { attribute: false },
    groupsSrc: { attribute: 'groups-src' },
    fields: {},
    anyGroup: { attribute: 'any-group', type: Boolean },
    minFillSeconds: { attribute: 'min-fill-seconds', type: Number },
    values: { state: true },
    childGroups: { state: true },
    loadedGroups: { state: true },
    loadState: { state: true },
    attempted: { state: true },
    droppedAsBot: { state: true },
  };

  static override styles = [baseStyles, formStyles, groupSignupStyles];

  /** URL that receives the signup (`POST`, JSON); else `<vt-config endpoint>`. */
  declare endpoint?: string;
  /** Programme id sent with the signup; else `<vt-config programme>`. */
  declare programme?: string;
  /** Privacy notice the consent links to; else `<vt-config privacy-notice-url>`. Without one, no form is shown. */
  declare privacyNoticeUrl?: string;
  /** JSON replacing built-in texts (`signup.*`, `core.*` keys), for all languages or per language. */
  declare texts?: string;
  /** Groups as data (for JavaScript users); wins over `groups-src` and `<vt-group>` children. */
  declare groups?: PeerGroup[];
  /** URL returning the groups as JSON: an array of `{ value, name, description, starts, meetings, location, capacity, seatsLeft, type, format, audience, closed }`. */
  declare groupsSrc?: string;
  /**
   * Optional fields to ask, separated by spaces: `phone organisation role organisation-type field-of-work
   * preferred-format avoid-organisations hopes future-contact`. Default: `role organisation-type future-contact`.
   */
  declare fields?: string | null;
  /** Offer "Any suitable group" as a choice. */
  declare anyGroup: boolean;
  /** A form sent sooner than this after it appeared is taken for a bot and quietly dropped. */
  declare minFillSeconds: number;

  declare private values: SignupValues;
  declare private childGroups: PeerGroup[];
  declare private loadedGroups: PeerGroup[];
  declare private loadState: LoadState;
  declare private attempted: boolean;
  declare private droppedAsBot: boolean;

  private readonly config = new ConfigController(this);
  private readonly i18n = new LocaleController(this, this.config, signupTexts);

  // The first render waits for the page language's texts (one small chunk), so no key flashes by.
  protected override scheduleUpdate(): void | Promise<void> {
    return this.i18n.whenReady(() => super.scheduleUpdate());
  }

  private readonly submission = new SubmitController(this, 'signup', this.config, this.i18n);
  private readonly dirty = new Set<keyof SignupValues>();
  private readonly touched = new Set<keyof SignupValues>();
  private draft: SignupDraft | undefined;
  private restoredDraft = false;
  private shownAt = 0;
  private honeypot = '';
  private childObserver: MutationObserver | undefined;
  private loadController: AbortController | undefined;
  private warnedUnknownFields = '';

  constructor() {
    super();
    this.anyGroup = false;
    this.minFillSeconds = 3;
    this.values = { ...EMPTY_VALUES };
    this.childGroups = [];
    this.loadedGroups = [];
    this.loadState = 'idle';
    this.attempted = false;
    this.droppedAsBot = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.shownAt = Date.now();
    this.childGroups = groupsFromElements(this);
    this.childObserver = new MutationObserver(() => (this.childGroups = groupsFromElements(this)));
    this.childObserver.observe(this, { childList: true, subtree: true, attributes: true, characterData: true });
    this.draft = new SignupDraft(draftKey(this));
    const saved = this.draft.load();
    if (saved) {
      this.values = saved;
      this.restoredDraft = true;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver?.disconnect();
    this.loadController?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('groupsSrc')) void this.loadGroups();
  }

  /** The groups on offer: the property, else those loaded from `groups-src`, else the children. */
  private get offeredGroups(): PeerGroup[] {
    if (this.groups) return this.groups;
    if (this.groupsSrc) return this.loadedGroups;
    return this.childGroups;
  }

  private get optionalFields(): OptionalField[] {
    const { fields, unknown } = parseFields(this.fields);
    const names = unknown.join(' ');
    if (names && names !== this.warnedUnknownFields) {
      this.warnedUnknownFields = names;
      console.warn(`vertaistuki-widgets: <vt-group-signup fields> has unknown field(s): ${names}.`);
    }
    return fields;
  }

  /** Loads `groups-src`; a failure shows a message and a retry button, never an empty widget. */
  private async loadGroups(): Promise<void> {
    this.loadController?.abort();
    if (!this.groupsSrc) {
      this.loadState = 'idle';
      return;
    }
    const controller = new AbortController();
    this.loadController = controller;
    this.loadState = 'loading';
    try {
      const response = await fetch(this.groupsSrc, {
        credentials: 'omit',
        headers: { Accept: 'application/json' },
        signal: controller.signal,
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.loadedGroups = groupsFromJson(await response.json());
      this.loadState = 'ready';
    } catch (error) {
      if (controller.signal.aborted) return;
      console.error(`vertaistuki-widgets: <vt-group-signup> could not load groups from ${this.groupsSrc}:`, error);
      this.loadState = 'failed';
    }
  }

  private selectedGroup(): PeerGroup | undefined {
    return this.offeredGroups.find((group) => group.value === this.values.group);
  }

  /** A choice is required while there is something to choose; with every group closed, interest in any group is still welcome. */
  private get needsGroup(): boolean {
    const selectable = this.offeredGroups.some((group) => availabilityOf(group) !== 'closed');
    return selectable || this.anyGroup || this.loadState === 'loading' || this.loadState === 'failed';
  }

  private setValue(key: keyof SignupValues, value: string | boolean): void {
    // `change` on leaving a field repeats what `input` already said: nothing has changed then.
    if (this.values[key] === value) return;
    this.values = { ...this.values, [key]: value };
    // The endpoint's message was about the old value; the person has changed it.
    delete this.submission.fieldErrors[key];
    this.dirty.add(key);
    this.draft?.save(this.values);
  }

  private onInput(event: Event): void {
    const control = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const key = control.dataset['key'] as keyof SignupValues | undefined;
    if (!key) return;
    if (control instanceof HTMLInputElement && control.type === 'checkbox') this.setValue(key, control.checked);
    else this.setValue(key, control.value);
  }

  private onBlur(event: FocusEvent): void {
    const key = (event.target as HTMLElement).dataset?.['key'] as keyof SignupValues | undefined;
    if (key && this.dirty.has(key) && !this.touched.has(key)) {
      this.touched.add(key);
      this.requestUpdate();
    }
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.submission.state === 'sending') return;
    // Bots fill the hidden field, or send faster than a person can type; they get a thank-you and nothing is sent.
    const tooFast = Date.now() - this.shownAt < this.minFillSeconds * 1000 && !this.restoredDraft;
    if (this.honeypot || tooFast) {
      this.droppedAsBot = true;
      await this.updateComplete;
      this.focusSuccess();
      return;
    }
    this.attempted = true;
    const problems = validateSignup(this.values, this.optionalFields, this.needsGroup);
    if (Object.keys(problems).length) {
      await this.updateComplete;
      focusErrorSummary(this.renderRoot as ShadowRoot);
      return;
    }
    const waitingList = this.selectedGroup() ? availabilityOf(this.selectedGroup()!) === 'full' : false;
    const state = await this.submission.submit(signupData(this.values, this.optionalFields, waitingList));
    await this.updateComplete;
    if (state === 'sent' || state === 'queued') {
      this.draft?.clear();
      this.focusSuccess();
    } else if (state === 'invalid') {
      focusErrorSummary(this.renderRoot as ShadowRoot);
    }
  }

  private focusSuccess(): void {
    this.renderRoot.querySelector<HTMLElement>('#success-title')?.focus();
  }

  private problemText(problem: SignupProblem): string {
    const t = this.i18n.localizer;
    return 'count' in problem ? t.t(problem.key, { count: problem.count }) : t.t(problem.key);
  }

  /** Errors to show now: after a field was changed and left, or after a submit; the server's win. */
  private visibleErrors(): Partial<Record<keyof SignupValues, string>> {
    const problems = validateSignup(this.values, this.optionalFields, this.needsGroup);
    const errors: Partial<Record<keyof SignupValues, string>> = {};
    for (const key of FORM_ORDER) {
      const server = this.submission.fieldErrors[key];
      const problem = problems[key];
      if (server) errors[key] = server;
      else if (problem && (this.attempted || this.touched.has(key))) errors[key] = this.problemText(problem);
    }
    return errors;
  }

  protected override render(): TemplateResult {
    const t = this.i18n.localizer;
    if (!this.config.privacyNoticeUrl) {
      return html`<div class="vt-config-error" part="config-error" role="alert">
        ${t.t('core.configError', { problem: t.t('signup.noPrivacyNotice') })}
      </div>`;
    }
    const state = this.submission.state;
    if (this.droppedAsBot || state === 'sent' || state === 'queued') return this.renderSuccess();
    return this.renderForm();
  }

  private renderSuccess(): TemplateResult {
    const t = this.i18n.localizer;
    const group = this.selectedGroup();
    const waitingList = group ? availabilityOf(group) === 'full' : false;
    const queued = this.submission.state === 'queued';
    const title = queued ? 'signup.queuedTitle' : waitingList ? 'signup.waitingListTitle' : 'signup.successTitle';
    const next = waitingList ? 'signup.waitingListNext' : group ? 'signup.nextSteps' : 'signup.anyGroupNext';
    return html`
      <section class="success" part="success" aria-labelledby="success-title">
        <h2 id="success-title" tabindex="-1">${t.t(title)}</h2>
        ${group ? html`<p>${t.t('signup.successGroup', { group: group.name })}</p>` : nothing}
        ${group?.starts && !waitingList ? html`<p>${t.t('signup.successStarts', { date: this.formatDate(group.starts) })}</p>` : nothing}
        <p>${t.t(next)}</p>
        ${renderSubmitStatus(this.submission, t)}
      </section>
    `;
  }

  private formatDate(value: string): string {
    const hasTime = /T\d/.test(value);
    return this.i18n.localizer.date(value, hasTime ? { dateStyle: 'full', timeStyle: 'short' } : { dateStyle: 'full' });
  }

  private renderForm(): TemplateResult {
    const t = this.i18n.localizer;
    const fields = this.optionalFields;
    const errors = this.visibleErrors();
    const summary: FormError[] = FORM_ORDER.filter((key) => errors[key]).map((key) => ({
      controlId: this.controlIdFor(key),
      message: errors[key]!,
    }));
    const group = this.selectedGroup();
    const full = group ? availabilityOf(group) === 'full' : false;
    return html`
      <form part="form" novalidate @submit=${this.onSubmit} @input=${this.onInput} @change=${this.onInput} @focusout=${this.onBlur}>
        <h2 class="title">${t.t('signup.title')}</h2>
        ${renderErrorSummary(summary, t, () => this.renderRoot as ShadowRoot)}
        <p class="vt-note">${t.t('signup.intro')}</p>
        ${this.renderGroups(errors.group)}
        <fieldset>
          <legend>${t.t('signup.detailsLegend')}</legend>
          ${this.renderText('name', 'name', 'signup.name', { required: true, autocomplete: 'name', max: MAX_LENGTH.name }, errors.name)}
          ${this.renderText('email', 'email', 'signup.email', { required: true, autocomplete: 'email', type: 'email', max: MAX_LENGTH.email }, errors.email)}
          ${fields.includes('phone')
            ? this.renderText('phone', 'phone', 'signup.phone', { autocomplete: 'tel', type: 'tel', max: MAX_LENGTH.phone }, errors.phone)
            : nothing}
          ${fields.includes('organisation')
            ? this.renderText('organisation', 'organisation', 'signup.organisation', { autocomplete: 'organization', max: MAX_LENGTH.organisation }, errors.organisation)
            : nothing}
        </fieldset>
        ${fields.includes('role') ? this.renderSelect('role', 'role', 'signup.role', ROLES.map((role) => [role, t.t(`signup.role.${role}`)])) : nothing}
        ${fields.includes('organisation-type')
          ? this.renderSelect(
              'organisationType',
              'organisation-type',
              'signup.organisationType',
              ORGANISATION_TYPES.map((type) => [type, t.t(`signup.organisationType.${type}`)]),
            )
          : nothing}
        ${fields.includes('field-of-work')
          ? this.renderText('fieldOfWork', 'field-of-work', 'signup.fieldOfWork', { max: MAX_LENGTH.fieldOfWork }, errors.fieldOfWork)
          : nothing}
        ${fields.includes('preferred-format') ? this.renderFormats() : nothing}
        ${fields.includes('avoid-organisations')
          ? this.renderText('avoidOrganisations', 'avoid-organisations', 'signup.avoidOrganisations', { max: MAX_LENGTH.avoidOrganisations, hint: 'signup.avoidOrganisationsHint' }, errors.avoidOrganisations)
          : nothing}
        ${fields.includes('hopes') ? this.renderHopes(errors.hopes) : nothing}
        ${this.renderConsent(errors.consent, fields.includes('future-contact'))}
        <div class="trap" aria-hidden="true">
          <label for="website">Website</label>
          <input id="website" name="website" tabindex="-1" autocomplete="off" @input=${(event: Event) => (this.honeypot = (event.target as HTMLInputElement).value)} />
        </div>
        <button class="vt-button" part="submit" type="submit">${t.t(full ? 'signup.submitWaitingList' : 'signup.submit')}</button>
        ${renderSubmitStatus(this.submission, t)}
      </form>
    `;
  }

  private controlIdFor(key: keyof SignupValues): string {
    if (key !== 'group') return CONTROL_ID[key];
    if (this.loadState === 'failed') return 'groups-retry';
    const index = this.offeredGroups.findIndex((group) => availabilityOf(group) !== 'closed');
    return index >= 0 ? `group-${index}` : 'group-any';
  }

  private describedBy(...ids: Array<string | false | undefined>): string | typeof nothing {
    const list = ids.filter(Boolean).join(' ');
    return list || nothing;
  }

  private label(key: SignupTextKey, required: boolean): TemplateResult {
    const t = this.i18n.localizer;
    return html`${t.t(key)} <span class="mark">${t.t(required ? 'signup.requiredMark' : 'signup.optionalMark')}</span>`;
  }

  private renderText(
    key: keyof SignupValues,
    id: string,
    labelKey: SignupTextKey,
    options: { required?: boolean; autocomplete?: string; type?: string; max: number; hint?: SignupTextKey },
    error: string | undefined,
  ): TemplateResult {
    const t = this.i18n.localizer;
    return html`
      <div class="field">
        <label for=${id}>${this.label(labelKey, options.required ?? false)}</label>
        ${options.hint ? html`<p class="vt-note" id="${id}-hint">${t.t(options.hint)}</p>` : nothing}
        ${renderFieldError(id, error, t)}
        <input
          id=${id}
          name=${id}
          data-key=${key}
          type=${options.type ?? 'text'}
          autocomplete=${options.autocomplete ?? 'off'}
          inputmode=${options.type === 'email' ? 'email' : options.type === 'tel' ? 'tel' : nothing}
          spellcheck=${options.type === 'email' ? 'false' : nothing}
          ?required=${options.required}
          aria-required=${options.required ? 'true' : nothing}
          aria-invalid=${error ? 'true' : nothing}
          aria-describedby=${this.describedBy(options.hint && `${id}-hint`, error && `${id}-error`)}
          .value=${String(this.values[key])}
        />
      </div>
    `;
  }

  private renderSelect(key: keyof SignupValues, id: string, labelKey: SignupTextKey, options: Array<[string, string]>): TemplateResult {
    const t = this.i18n.localizer;
    const current = String(this.values[key]);
    return html`
      <div class="field">
        <label for=${id}>${this.label(labelKey, false)}</label>
        <select id=${id} name=${id} data-key=${key}>
          <option value="" ?selected=${current === ''}>${t.t('signup.choose')}</option>
          ${options.map(([value, text]) => html`<option value=${value} ?selected=${current === value}>${text}</option>`)}
        </select>
      </div>
    `;
  }

  private renderFormats(): TemplateResult {
    const t = this.i18n.localizer;
    return html`
      <fieldset class="choices">
        <legend>${this.label('signup.preferredFormat', false)}</legend>
        ${PREFERRED_FORMATS.map(
          (format) => html`
            <div class="choice">
              <input type="radio" id="preferred-format-${format}" name="preferred-format" data-key="preferredFormat" value=${format} .checked=${this.values.preferredFormat === format} />
              <label for="preferred-format-${format}">${t.t(`signup.format.${format}`)}</label>
            </div>
          `,
        )}
      </fieldset>
    `;
  }

  private renderHopes(error: string | undefined): TemplateResult {
    const t = this.i18n.localizer;
    const left = MAX_LENGTH.hopes - this.values.hopes.length;
    return html`
      <div class="field">
        <label for="hopes">${this.label('signup.hopes', false)}</label>
        <p class="vt-note" id="hopes-hint">${t.t('signup.hopesHint')}</p>
        ${renderFieldError('hopes', error, t)}
        <textarea
          id="hopes"
          name="hopes"
          data-key="hopes"
          rows="4"
          aria-invalid=${error ? 'true' : nothing}
          aria-describedby=${this.describedBy('hopes-hint', 'hopes-count', error && 'hopes-error')}
          .value=${this.values.hopes}
        ></textarea>
        <p class="vt-note count" id="hopes-count" data-over=${left < 0}>
          ${left >= 0 ? t.t('signup.charactersLeft', { count: left }) : t.t('signup.charactersOver', { count: -left })}
        </p>
      </div>
    `;
  }

  private renderConsent(error: string | undefined, askFutureContact: boolean): TemplateResult {
    const t = this.i18n.localizer;
    return html`
      <fieldset class="consent">
        <legend class="vt-visually-hidden">${t.t('signup.consent')}</legend>
        <p><a href=${this.config.privacyNoticeUrl!} target="_blank" rel="noopener">${t.t('signup.privacyLink')}</a></p>
        ${renderFieldError('consent', error, t)}
        <div class="choice">
          <input
            type="checkbox"
            id="consent"
            name="consent"
            data-key="consent"
            required
            aria-required="true"
            aria-invalid=${error ? 'true' : nothing}
            aria-describedby=${this.describedBy(error && 'consent-error')}
            .checked=${this.values.consent}
          />
          <label for="consent">${this.label('signup.consent', true)}</label>
        </div>
        ${askFutureContact
          ? html`<div class="choice">
              <input type="checkbox" id="future-contact" name="future-contact" data-key="contactAboutFutureGroups" .checked=${this.values.contactAboutFutureGroups} />
              <label for="future-contact">${this.label('signup.futureContact', false)}</label>
            </div>`
          : nothing}
      </fieldset>
    `;
  }

  private renderGroups(error: string | undefined): TemplateResult | typeof nothing {
    const t = this.i18n.localizer;
    if (this.loadState === 'loading') {
      return html`<p class="vt-note" role="status">${t.t('signup.loadingGroups')}</p>`;
    }
    if (this.loadState === 'failed') {
      return html`<div class="load-failed" role="alert">
        <p>${t.t('signup.groupsFailed')}</p>
        ${renderFieldError('groups-retry', error, t)}
        <button id="groups-retry" class="vt-button" data-variant="secondary" type="button" @click=${() => void this.loadGroups()}>
          ${t.t('signup.retry')}
        </button>
      </div>`;
    }
    const groups = this.offeredGroups;
    if (!groups.length && !this.anyGroup) return html`<p class="vt-note">${t.t('signup.noGroups')}</p>`;
    const noneOpen = !this.needsGroup;
    return html`
      <fieldset class="groups" aria-describedby=${this.describedBy(error && 'group-error')}>
        <legend>${this.label('signup.groupLegend', !noneOpen)}</legend>
        ${renderFieldError('group', error, t)}
        ${noneOpen ? html`<p class="vt-note">${t.t('signup.noGroups')}</p>` : nothing}
        ${groups.map((group, index) => this.renderGroup(group, index))}
        ${this.anyGroup
          ? html`<div class="group" part="group">
              <input type="radio" id="group-any" name="group" data-key="group" value="any" .checked=${this.values.group === 'any'} aria-describedby="group-any-details" />
              <label for="group-any"><span class="group-name">${t.t('signup.anyGroup')}</span></label>
              <p class="vt-note details" id="group-any-details">${t.t('signup.anyGroupHint')}</p>
            </div>`
          : nothing}
      </fieldset>
    `;
  }

  private renderGroup(group: PeerGroup, index: number): TemplateResult {
    const t = this.i18n.localizer;
    const availability = availabilityOf(group);
    const id = `group-${index}`;
    const meetings =
      typeof group.meetings === 'number' ? t.t('signup.meetings', { count: group.meetings }) : group.meetings;
    const facts = [
      group.starts && t.t('signup.starts', { date: this.formatDate(group.starts) }),
      meetings,
      group.format && t.t(`signup.format.${group.format}`),
      group.location,
      group.audience && t.t('signup.audience', { audience: group.audience }),
    ].filter(Boolean);
    return html`
      <div class="group" part="group" data-availability=${availability}>
        <input
          type="radio"
          id=${id}
          name="group"
          data-key="group"
          value=${group.value}
          ?disabled=${availability === 'closed'}
          .checked=${this.values.group === group.value}
          aria-describedby="${id}-details"
        />
        <label for=${id}><span class="group-name">${group.name}</span></label>
        <div class="details" id="${id}-details">
          ${group.description ? html`<p>${group.description}</p>` : nothing}
          ${facts.length ? html`<p class="facts">${facts.join(' · ')}</p>` : nothing}
          ${group.type ? html`<p class="vt-note">${t.t(`signup.type.${group.type}`)}</p>` : nothing}
          <p class="availability">
            ${availability === 'closed'
              ? t.t('signup.closed')
              : availability === 'full'
                ? t.t('signup.full')
                : group.seatsLeft !== undefined
                  ? t.t('signup.seatsLeft', { count: group.seatsLeft })
                  : nothing}
          </p>
        </div>
      </div>
    `;
  }
}


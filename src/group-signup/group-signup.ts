import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { VtElement } from '../core/vt-element.js';
import { ConfigController } from '../core/config-controller.js';
import { focusErrorSummary, renderErrorSummary, renderFieldError } from '../core/error-summary.js';
import { LocaleController } from '../core/locale-controller.js';
import { renderSubmitStatus } from '../core/status.js';
import { formStyles } from '../core/form-styles.js';
import { baseStyles } from '../core/styles.js';
import { SubmitController } from '../core/submit-controller.js';
import { formatDate, type LocalizeParams } from '../i18n/localize.js';
import { draftKey, loadDraft, saveDraft } from './draft.js';
import {
  CHOICES,
  EMPTY_VALUES,
  FIELD_NAMES,
  MAX_LENGTH,
  keyOf,
  parseFields,
  signupData,
  validateSignup,
  type FieldName,
  type OptionalField,
  type SignupValues,
} from './fields.js';
import { availabilityOf, groupsFromElements, groupsFromJson, type PeerGroup } from './groups.js';
import { groupSignupStyles } from './group-signup.styles.js';
import { signupTexts, type SignupText } from './texts.js';

/** Autocomplete tokens and input types of the contact fields, so browsers fill them in and show the right keyboard. */
const AUTOCOMPLETE: Partial<Record<FieldName, string>> = { name: 'name', email: 'email', phone: 'tel', organisation: 'organization' };
const INPUT_TYPE: Partial<Record<FieldName, string>> = { email: 'email', phone: 'tel' };
/** The questions between the groups and the consent, in their order: first the contact details, grouped under their own legend. */
const CONTACT_DETAILS = FIELD_NAMES.slice(1, 5);
const QUESTIONS = FIELD_NAMES.slice(5, -2);

/** An `aria-describedby` value from the ids that apply, or no attribute at all. */
const idList = (...ids: unknown[]) => ids.filter(Boolean).join(' ') || nothing;
/** One paragraph per line that is there. */
const paragraphs = (lines: unknown[]) => lines.map((line) => line && html`<p>${line}</p>`);

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
export class VtGroupSignup extends VtElement {
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

  // Private state is #private (the minifier shortens those names) and asks for a render itself.
  #config = new ConfigController(this);
  #i18n = new LocaleController(this, this.#config, signupTexts);
  #submission = new SubmitController(this, 'signup', this.#config, this.#i18n);
  #values: SignupValues = { ...EMPTY_VALUES };
  /** The groups on offer, worked out before each render: the property, else `groups-src`'s, else the children. */
  #groups: PeerGroup[] = [];
  #loadedGroups: PeerGroup[] = [];
  #loadState: '' | 'loading' | 'failed' = '';
  /** The optional fields shown and sent, from `fields`. */
  #asked = parseFields(null).fields;
  #dirty = new Set<string>();
  #touched = new Set<string>();
  #draftKey = '';
  #restoredDraft = false;
  #shownAt = 0;
  #honeypot = '';
  /** Sent once: errors show on every field from now on. */
  #attempted = false;
  #droppedAsBot = false;
  /** The `<vt-group>` children, read again only after they change, not on every render. */
  #childGroups: PeerGroup[] | undefined;
  #childObserver = new MutationObserver(() => {
    this.#childGroups = undefined;
    this.requestUpdate();
  });

  constructor() {
    super();
    this.anyGroup = false;
    this.minFillSeconds = 3;
  }

  // The first render waits for the page language's texts (one small chunk), so no key flashes by.
  protected override scheduleUpdate(): void | Promise<void> {
    return this.#i18n.whenReady(() => super.scheduleUpdate());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#shownAt = Date.now();
    this.#childObserver.observe(this, { childList: true, subtree: true, attributes: true, characterData: true });
    this.#draftKey = draftKey(this);
    const saved = loadDraft(this.#draftKey);
    if (saved) {
      this.#values = saved;
      this.#restoredDraft = true;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childObserver.disconnect();
    // Unobserved from now on: read the children again if the element comes back.
    this.#childGroups = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('groupsSrc')) void this.#loadGroups();
    if (changed.has('fields')) {
      const { fields, unknown } = parseFields(this.fields);
      this.#asked = fields;
      if (unknown.length) console.warn(`vertaistuki-widgets: <vt-group-signup fields> has unknown field(s): ${unknown.join(', ')}; they are ignored.`);
    }
    this.#groups = this.groups ?? (this.groupsSrc ? this.#loadedGroups : (this.#childGroups ??= groupsFromElements(this)));
  }

  /** Loads `groups-src`; a failure shows a message and a retry button, never an empty widget. */
  async #loadGroups(): Promise<void> {
    const source = this.groupsSrc;
    this.#loadState = source ? 'loading' : '';
    this.requestUpdate();
    if (!source) return;
    let groups: PeerGroup[] | undefined;
    try {
      const response = await fetch(source, { credentials: 'omit' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      groups = groupsFromJson(await response.json());
    } catch (error) {
      console.error(`vertaistuki-widgets: <vt-group-signup> could not load groups from ${source}:`, error);
    }
    // An answer for an address the page has since changed is old news.
    if (source === this.groupsSrc) {
      this.#loadedGroups = groups ?? [];
      this.#loadState = groups ? '' : 'failed';
      this.requestUpdate();
    }
  }

  get #selectedGroup(): PeerGroup | undefined {
    return this.#groups.find((group) => group.value === this.#values.group);
  }

  /** A chosen full group: the signup is for its waiting list. */
  get #waitingList(): boolean {
    return availabilityOf(this.#selectedGroup) === 'full';
  }

  /** A choice is required while there is something to choose; with every group closed, interest in any group is still welcome. */
  get #needsGroup(): boolean {
    return this.#groups.some((group) => availabilityOf(group) !== 'closed') || this.anyGroup || !!this.#loadState;
  }

  /** One of this element's texts, by its key without the `signup.` prefix. */
  #text(name: SignupText, params?: LocalizeParams): string {
    return this.#i18n.localizer.t(`signup.${name}`, params);
  }

  #onInput(event: Event): void {
    const control = event.target as HTMLInputElement;
    if (control.name === 'website') this.#honeypot = control.value;
    const key = keyOf(control.name);
    const value = control.type === 'checkbox' ? control.checked : control.value;
    // `change` on leaving a field repeats what `input` already said: nothing has changed then.
    if (this.#values[key] === value || !(key in EMPTY_VALUES)) return;
    this.#values = { ...this.#values, [key]: value };
    // The endpoint's message was about the old value; the person has changed it.
    delete this.#submission.fieldErrors[key];
    this.#dirty.add(key);
    saveDraft(this.#draftKey, this.#values);
    this.requestUpdate();
  }

  /** Leaving a changed field shows its errors from now on. */
  #onBlur(event: FocusEvent): void {
    const key = keyOf((event.target as HTMLInputElement).name || '');
    if (this.#dirty.has(key)) {
      this.#touched.add(key);
      if (!this.rendering) this.requestUpdate();
    }
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.#submission.state === 'sending') return;
    // Bots fill the hidden field, or send faster than a person can type; they get a thank-you and nothing is sent.
    const tooFast = Date.now() - this.#shownAt < this.minFillSeconds * 1000 && !this.#restoredDraft;
    this.#droppedAsBot = !!this.#honeypot || tooFast;
    this.#attempted = true;
    this.requestUpdate();
    const problems = validateSignup(this.#values, this.#asked, this.#needsGroup);
    const state = this.#droppedAsBot
      ? 'sent'
      : Object.keys(problems).length
        ? 'invalid'
        : await this.#submission.submit(signupData(this.#values, this.#asked, this.#waitingList));
    await this.updateComplete;
    if (state === 'invalid') focusErrorSummary(this.renderRoot as ShadowRoot);
    if (state === 'sent' || state === 'queued') {
      if (!this.#droppedAsBot) saveDraft(this.#draftKey);
      this.renderRoot.querySelector<HTMLElement>('#success-title')?.focus();
    }
  }

  protected override render(): TemplateResult {
    const state = this.#submission.state;
    return !this.#config.privacyNoticeUrl
      ? html`<div class="vt-config-error" part="config-error" role="alert">
          ${this.#i18n.localizer.t('core.configError', { problem: this.#text('noPrivacyNotice') })}
        </div>`
      : this.#droppedAsBot || state === 'sent' || state === 'queued'
        ? this.#renderSuccess()
        : this.#renderForm();
  }

  #renderSuccess(): TemplateResult {
    const group = this.#selectedGroup;
    const waitingList = this.#waitingList;
    const title = this.#submission.state === 'queued' ? 'queuedTitle' : waitingList ? 'waitingListTitle' : 'successTitle';
    return html`
      <section class="success" part="success" aria-labelledby="success-title">
        <h2 id="success-title" tabindex="-1">${this.#text(title)}</h2>
        ${paragraphs([
          group && this.#text('successGroup', { group: group.name }),
          group?.starts && !waitingList && this.#starts(group.starts),
          this.#text(waitingList ? 'waitingListNext' : group ? 'nextSteps' : 'anyGroupNext'),
        ])}
        ${renderSubmitStatus(this.#submission, this.#i18n.localizer)}
      </section>
    `;
  }

  /** "Starts Wednesday 3 February 2027 at 17.00", the time only when the date has one. */
  #starts(value: string): string {
    const date = formatDate(this.#i18n.locale, value, { dateStyle: 'full', timeStyle: /T\d/.test(value) ? 'short' : undefined });
    return this.#text('starts', { date });
  }

  #renderForm(): TemplateResult {
    const t = this.#i18n.localizer;
    // Errors to show now: after a field was changed and left, or after a submit; the server's win.
    const problems = validateSignup(this.#values, this.#asked, this.#needsGroup);
    const errors: Partial<Record<keyof SignupValues, string>> = {};
    const summary = [];
    for (const name of FIELD_NAMES) {
      const key = keyOf(name);
      const problem = problems[key];
      const message = (errors[key] =
        this.#submission.fieldErrors[key] ??
        (problem && (this.#attempted || this.#touched.has(key)) ? t.t(problem.key, problem as LocalizeParams) : undefined));
      // A list of radio buttons is reached through its first button.
      const controlId = name === 'group' ? this.#firstGroupId() : name === 'preferred-format' ? `${name}-${CHOICES[name]![0]}` : name;
      if (message) summary.push({ controlId, message });
    }
    return html`
      <form part="form" novalidate @submit=${this.#onSubmit} @input=${this.#onInput} @change=${this.#onInput} @focusout=${this.#onBlur}>
        <h2 class="title">${this.#text('title')}</h2>
        ${renderErrorSummary(summary, t, () => this.renderRoot as ShadowRoot)}
        <p class="vt-note intro">${this.#text('intro')}</p>
        ${this.#renderGroups(errors.group)}
        <fieldset class="contact-details">
          <legend>${this.#text('detailsLegend')}</legend>
          ${CONTACT_DETAILS.map((name) => this.#renderField(name, errors[keyOf(name)]))}
        </fieldset>
        ${QUESTIONS.map((name) => this.#renderField(name, errors[keyOf(name)]))}
        <div class="consent">
          <p><a href=${this.#config.privacyNoticeUrl!} target="_blank" rel="noopener">${this.#text('privacyLink')}</a></p>
          ${this.#renderCheckbox('consent', errors.consent)}
          ${this.#asked.includes('future-contact') ? this.#renderCheckbox('future-contact') : nothing}
        </div>
        <!-- The honeypot: out of sight and out of the tab order for people, in the DOM for bots that fill every field. -->
        <div class="vt-visually-hidden" aria-hidden="true">
          <label for="website">Website</label>
          <input id="website" name="website" tabindex="-1" autocomplete="off" />
        </div>
        <button class="vt-button" part="submit" type="submit">${this.#text(this.#waitingList ? 'submitWaitingList' : 'submit')}</button>
        ${renderSubmitStatus(this.#submission, t)}
      </form>
    `;
  }

  /** Where the error summary's link for the group goes: the retry button, or the first group that can be chosen. */
  #firstGroupId(): string {
    const index = this.#groups.findIndex((group) => availabilityOf(group) !== 'closed');
    return this.#loadState === 'failed' ? 'groups-retry' : index < 0 ? 'group-any' : `group-${index}`;
  }

  /** A field's label, with "(required)" or "(optional)" after it. */
  #label(name: SignupText, required: boolean): TemplateResult {
    return html`${this.#text(name)} <span class="mark">${this.#text(required ? 'requiredMark' : 'optionalMark')}</span>`;
  }

  /**
   * One question: its label, hint, error, the control (a list of choices, a text area for hopes, else a
   * text input) and, for hopes, a character counter. Optional questions the page did not ask for are left out.
   */
  #renderField(name: FieldName, error: string | undefined): TemplateResult | typeof nothing {
    const required = name === 'name' || name === 'email';
    if (!required && !this.#asked.includes(name as OptionalField)) return nothing;
    const key = keyOf(name) as SignupText;
    const value = this.#values[key as 'name'];
    const choices = CHOICES[name];
    // Texts by key: `signup.hopes`, `signup.hopesHint`; each choice its own, `signup.role.hr`, so a page can
    // reword one.
    const hint = key === 'hopes' || key === 'avoidOrganisations';
    if (key === 'preferredFormat') return this.#renderFormats(name, value, error);
    const left = MAX_LENGTH.hopes - value.length;
    const describedBy = idList(hint && `${name}-hint`, key === 'hopes' && 'hopes-count', error && `${name}-error`);
    return html`
      <div class="field">
        <label for=${name}>${this.#label(key, required)}</label>
        ${hint ? html`<p class="vt-note" id="${name}-hint">${this.#text(`${key}Hint` as SignupText)}</p>` : nothing}
        ${renderFieldError(name, error, this.#i18n.localizer)}
        ${choices
          ? html`<select id=${name} name=${name} aria-invalid=${!!error} aria-describedby=${describedBy}>
              ${['', ...choices].map(
                (choice) =>
                  html`<option value=${choice} ?selected=${value === choice}>
                    ${this.#text(choice ? (`${key}.${choice}` as SignupText) : 'choose')}
                  </option>`,
              )}
            </select>`
          : key === 'hopes'
            ? html`<textarea id=${name} name=${name} rows="4" aria-invalid=${!!error} aria-describedby=${describedBy} .value=${value}></textarea>
                <p class="vt-note count" id="hopes-count" data-over=${left < 0}>
                  ${this.#text(left < 0 ? 'charactersOver' : 'charactersLeft', { count: Math.abs(left) })}
                </p>`
            : html`<input
                id=${name}
                name=${name}
                type=${INPUT_TYPE[name] ?? 'text'}
                autocomplete=${AUTOCOMPLETE[name] ?? 'off'}
                ?required=${required}
                aria-invalid=${!!error}
                aria-describedby=${describedBy}
                .value=${value}
              />`}
      </div>
    `;
  }

  /**
   * The preferred format as radio buttons, all four in sight at once (a list box hides them behind a tap);
   * their texts are the groups' formats, `signup.format.hybrid`.
   */
  #renderFormats(name: FieldName, value: string, error: string | undefined): TemplateResult {
    return html`
      <fieldset class="field" aria-describedby=${idList(error && `${name}-error`)}>
        <legend>${this.#label('preferredFormat', false)}</legend>
        ${renderFieldError(name, error, this.#i18n.localizer)}
        ${CHOICES[name]!.map(
          (choice) => html`<div class="choice">
            <input type="radio" id="${name}-${choice}" name=${name} value=${choice} .checked=${value === choice} />
            <label for="${name}-${choice}">${this.#text(`format.${choice}` as SignupText)}</label>
          </div>`,
        )}
      </fieldset>
    `;
  }

  #renderCheckbox(name: 'consent' | 'future-contact', error?: string): TemplateResult {
    const key = keyOf(name) as 'consent' | 'contactAboutFutureGroups';
    const required = key === 'consent';
    return html`
      ${renderFieldError(name, error, this.#i18n.localizer)}
      <div class="choice">
        <input
          type="checkbox"
          id=${name}
          name=${name}
          ?required=${required}
          aria-invalid=${!!error}
          aria-describedby=${idList(error && `${name}-error`)}
          .checked=${this.#values[key]}
        />
        <label for=${name}>${this.#label(key, required)}</label>
      </div>
    `;
  }

  #renderGroups(error: string | undefined): TemplateResult | typeof nothing {
    const loadState = this.#loadState;
    if (loadState === 'loading') return html`<p class="vt-note" role="status">${this.#text('loadingGroups')}</p>`;
    if (loadState) {
      return html`<div class="load-failed" role="alert">
        <p>${this.#text('groupsFailed')}</p>
        ${renderFieldError('groups-retry', error, this.#i18n.localizer)}
        <button id="groups-retry" class="vt-button" data-variant="secondary" type="button" @click=${this.#loadGroups}>${this.#text('retry')}</button>
      </div>`;
    }
    const noneOpen = !this.#needsGroup;
    const noGroups = noneOpen ? html`<p class="vt-note">${this.#text('noGroups')}</p>` : nothing;
    if (!this.#groups.length && !this.anyGroup) return noGroups;
    return html`
      <fieldset class="groups" aria-describedby=${idList(error && 'group-error')}>
        <legend>${this.#label('groupLegend', !noneOpen)}</legend>
        ${renderFieldError('group', error, this.#i18n.localizer)} ${noGroups}
        ${this.#groups.map((group, index) => this.#renderGroup(group, `group-${index}`))}
        ${this.anyGroup
          ? this.#renderGroup({ value: 'any', name: this.#text('anyGroup'), description: this.#text('anyGroupHint') }, 'group-any')
          : nothing}
      </fieldset>
    `;
  }

  /** One group as a radio button, with its description, facts, type and availability under it. */
  #renderGroup(group: PeerGroup, id: string): TemplateResult {
    const availability = availabilityOf(group);
    const { starts, meetings, format, audience, seatsLeft, type } = group;
    const facts = [
      starts && this.#starts(starts),
      typeof meetings === 'number' ? this.#text('meetings', { count: meetings }) : meetings,
      format && this.#text(`format.${format}`),
      group.location,
      audience && this.#text('audience', { audience }),
    ];
    return html`
      <div class="group" part="group" data-availability=${availability}>
        <input
          type="radio"
          id=${id}
          name="group"
          value=${group.value}
          ?disabled=${availability === 'closed'}
          .checked=${this.#values.group === group.value}
          aria-describedby="${id}-details"
        />
        <label for=${id}>${group.name}</label>
        <div class="details" id="${id}-details">
          ${paragraphs([
            group.description,
            facts.filter(Boolean).join(' · '),
            type && this.#text(`type.${type}`),
            availability === 'open' ? seatsLeft !== undefined && this.#text('seatsLeft', { count: seatsLeft }) : this.#text(availability),
          ])}
        </div>
      </div>
    `;
  }
}

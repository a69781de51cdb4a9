import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { VtElement } from '../core/vt-element.js';
import { ConfigController } from '../core/config-controller.js';
import { LocaleController } from '../core/locale-controller.js';
import { resumeWaitingDeliveries } from '../core/delivery/index.js';
import { deviceStorage } from '../core/storage.js';
import { baseStyles } from '../core/styles.js';
import { pageAddress } from '../core/envelope.js';
import { SubmitController } from '../core/submit-controller.js';
import { formatDate, type LocalizeParams } from '../i18n/localize.js';
import { answersAsText, pairAnswers, shareData, type ReflectionAnswer, type ReflectionShare } from './answers.js';
import { Debouncer, SAVE_DELAY_MS, defaultCardId, deleteDraft, draftKey, loadDraft, saveDraft } from './drafts.js';
import { VtReflectionInputEvent } from './events.js';
import { promptChildren, watchPromptChildren } from './prompt.js';
import { promptIdentity, promptSource, promptTexts, type PromptSource } from './prompts.js';
import { reflectionCardStyles } from './reflection-card.styles.js';
import { renderShareConfirmation, renderShareStatus } from './share.js';
import { reflectionTexts, type CardText } from './texts.js';

/** The schema's limit for one answer; the textarea stops there so that a share is never refused for it. */
const MAX_ANSWER_LENGTH = 10_000;

/**
 * A reflection exercise: prompts and the participant's own written answers. The answers stay on the
 * device (saved as drafts in `localStorage`, so they survive a reload and closing the browser) unless
 * the participant shares them with the facilitator, which needs `shareable`, an endpoint and a
 * confirmation that shows exactly what will be sent. Nothing else ever leaves the device.
 *
 * @summary Reflection prompts with private answers saved on the device, copy, download and optional sharing.
 * @tag vt-reflection-card
 *
 * @slot - `<vt-prompt>Text</vt-prompt>` children give the card its own prompts, in order, instead of a
 *   built-in exercise. They are read, not shown: the card renders their text as its textareas' labels.
 *
 * @csspart card - The card's box.
 * @csspart title - The card's title ("Reflection exercise").
 * @csspart progress - "2 / 3" in the one-at-a-time layout.
 * @csspart prompt - A prompt: the textarea's label, or the large text in presenter mode.
 * @csspart answer - A textarea.
 * @csspart navigation - The previous / next buttons.
 * @csspart actions - The copy, download, share and delete buttons.
 * @csspart device-note - The note that the answers stay on this device (or, without storage, on this page).
 * @csspart notice - The polite live region: "Saved", "Copied", "Deleted".
 * @csspart copy-fallback - The text to copy by hand when the browser refuses the clipboard.
 * @csspart dialog - The delete and share confirmation dialogs.
 * @csspart share-preview - In the share dialog, exactly what will be sent.
 * @csspart status - The sharing status (sending, sent, saved to send later, refused).
 *
 * @cssprop --vt-reflection-card-accent - Buttons (falls back to `--vt-color-accent`).
 * @cssprop --vt-reflection-card-prompt-size - Font size of the prompts (1.125rem).
 * @cssprop --vt-reflection-card-presenter-size - Font size of the prompts in presenter mode.
 *
 * @fires {VtReflectionInputEvent} vt-reflection-input - Typing paused and the draft was saved:
 *   `detail: { cardId, answers: [{ prompt, answer }], persistent }`. Nothing was sent.
 * @fires {VtSubmitEvent} vt-submit - Sharing was confirmed; cancelable: the page takes the submission over.
 * @fires {VtSubmittedEvent} vt-submitted - The endpoint accepted the shared answers.
 * @fires {VtSubmitQueuedEvent} vt-submit-queued - No connection: the share waits on this device and is sent later.
 * @fires {VtSubmitErrorEvent} vt-submit-error - The endpoint refused the share.
 *
 * @example
 * ```html
 * <vt-reflection-card></vt-reflection-card>
 * <vt-reflection-card layout="list" shareable endpoint="https://example.fi/api/submissions">
 *   <vt-prompt>Mikä tänään jäi mieleen?</vt-prompt>
 * </vt-reflection-card>
 * ```
 */
export class VtReflectionCard extends VtElement {
  static override properties = {
    endpoint: {},
    programme: {},
    privacyNoticeUrl: { attribute: 'privacy-notice-url' },
    texts: {},
    exercise: { reflect: true },
    prompts: { attribute: false },
    layout: { reflect: true },
    cardId: { attribute: 'card-id' },
    shareable: { type: Boolean, reflect: true },
    presenter: { type: Boolean, reflect: true },
    answers: { state: true },
    current: { state: true },
    notice: { state: true },
    copyFallback: { state: true },
    pendingShare: { state: true },
  };

  static override styles = [baseStyles, reflectionCardStyles];

  /** URL that receives shared answers (`POST`, JSON, `vt.reflection/1`); else `<vt-config endpoint>`. */
  declare endpoint?: string;

  /** Identifier of the programme, sent with a share; else `<vt-config programme>`. */
  declare programme?: string;

  /** Address of the privacy notice, linked from the share confirmation; else `<vt-config>`'s. */
  declare privacyNoticeUrl?: string;

  /** JSON replacing any of the built-in texts (keys `reflection.*` and `core.*`; see docs/reflection-card.md). */
  declare texts?: string | Record<string, unknown>;

  /** The built-in exercise to show when the page gives no prompts of its own: `peer-support` (the default). */
  declare exercise?: string;

  /** The page's own prompts (JavaScript only); they win over `<vt-prompt>` children and `exercise`. */
  declare prompts?: string[];

  /** `single`: one prompt at a time with progress and previous / next (the default); `list`: all at once. */
  declare layout?: 'single' | 'list';

  /**
   * Names the card's saved answers on this device. Give each card its own when a page has several with
   * the same prompts; by default it is the page path and a hash of the prompts.
   */
  declare cardId?: string;

  /** Offers "Share with the facilitator" (needs an endpoint too). Off by default: answers stay private. */
  declare shareable: boolean;

  /** Large, read-only prompts for a projector; no answers, nothing saved. */
  declare presenter: boolean;

  declare private answers: string[];
  declare private current: number;
  /** The polite status under the answers; `savedAt` is the time of the last save, shown in the page's language. */
  declare private notice: { key: CardText; params?: LocalizeParams; savedAt?: number } | undefined;
  declare private copyFallback: string | undefined;
  declare private pendingShare: ReflectionShare | undefined;

  readonly config = new ConfigController(this);
  readonly i18n = new LocaleController(this, this.config, reflectionTexts);

  /** The submission client of a card that can share (`shareable` and an endpoint); undefined otherwise. */
  submission: SubmitController | undefined;

  #store = deviceStorage();
  #saver = new Debouncer(SAVE_DELAY_MS);
  #source: PromptSource = { kind: 'exercise', name: '' };
  #shownPrompts: string[] = [];
  #resolvedCardId = '';
  #loadedKey: string | undefined;
  #opener: HTMLElement | undefined;
  #stopWatching: Array<() => void> = [];
  #reportedNoPrompts = false;

  constructor() {
    super();
    this.shareable = false;
    this.presenter = false;
    this.answers = [];
    this.current = 0;
  }

  // The first render waits for the page language's texts (one small chunk), so no key flashes by.
  protected override scheduleUpdate(): void | Promise<void> {
    return this.i18n.whenReady(() => super.scheduleUpdate());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopWatching = [
      watchPromptChildren(this, () => this.requestUpdate()),
      this.#store.onDegrade(() => this.requestUpdate()),
    ];
    window.addEventListener('pagehide', this.#saveNow);
    document.addEventListener('visibilitychange', this.#saveNow);
    // Every page with one of our elements sends what an earlier visit left waiting (a card that cannot
    // share has no submission client to do it).
    resumeWaitingDeliveries();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#saver.flush();
    for (const stop of this.#stopWatching) stop();
    window.removeEventListener('pagehide', this.#saveNow);
    document.removeEventListener('visibilitychange', this.#saveNow);
  }

  /** The card id in use: `card-id`, or the one derived from the page path and the prompts. */
  get effectiveCardId(): string {
    return this.#resolvedCardId;
  }

  // Leaving the page or hiding the tab must not lose the last second of typing.
  #saveNow = (): void => this.#saver.flush();

  /** Sharing needs both `shareable` and an endpoint (the card's own or `<vt-config>`'s). */
  get #canShare(): boolean {
    return this.shareable && !!this.config.endpoint && !!this.submission;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Only a card that can share has a submission client: no other card hears of, or sends, anything.
    if (!this.submission && this.shareable && this.config.endpoint && !this.presenter) {
      this.submission = new SubmitController(this, 'reflection', this.config, this.i18n);
    }
    this.#source = promptSource(this.prompts, promptChildren(this), this.exercise);
    this.#resolvedCardId = this.cardId || defaultCardId(location.pathname, promptIdentity(this.#source));
    this.#shownPrompts = promptTexts(this.#source, this.i18n.localizer);
    const key = draftKey(this.#resolvedCardId);
    if (key !== this.#loadedKey && !this.presenter) {
      // A different card: what was typed for the old one is written under the old key first.
      this.#saver.flush();
      this.#loadedKey = key;
      this.answers = loadDraft(this.#store, key);
      this.current = 0;
    }
    this.#move(0);
  }

  /** Moves `by` prompts in the one-at-a-time layout, staying within the prompts. */
  #move(by: number): void {
    this.current = Math.max(0, Math.min(this.current + by, this.#shownPrompts.length - 1));
  }

  get #pairs(): ReflectionAnswer[] {
    return pairAnswers(this.#shownPrompts, this.answers);
  }

  /** One of the card's own texts, by its name without the `reflection.` prefix. */
  #t(name: CardText, params?: LocalizeParams): string {
    return this.i18n.localizer.t(`reflection.${name}`, params);
  }

  #onInput(index: number, event: Event): void {
    const textarea = event.target as HTMLTextAreaElement;
    // Every prompt before this one gets an answer too, even an empty one: no holes in the stored list.
    const answers = Array.from({ length: Math.max(this.answers.length, index + 1) }, (_, at) => this.answers[at] ?? '');
    answers[index] = textarea.value;
    this.answers = answers;
    this.#grow(textarea);
    const cardId = this.#resolvedCardId;
    this.#saver.schedule(() => this.#save(cardId, answers));
  }

  /** Saves under the card id the answers were typed for, even when the card has changed since. */
  #save(cardId: string, answers: string[]): void {
    const savedAt = Date.now();
    saveDraft(this.#store, draftKey(cardId), answers, savedAt);
    const persistent = this.#store.persistent;
    // No "Saved" claim when the browser refused storage: the device note says so instead. The clock time
    // is to the minute, so the live region's words change (and a screen reader speaks them) at most once
    // a minute, not after every pause in typing.
    this.notice = persistent ? { key: 'saved', savedAt } : undefined;
    this.dispatchEvent(
      new VtReflectionInputEvent({ cardId, answers: pairAnswers(this.#shownPrompts, answers), persistent }),
    );
  }

  /** Where `field-sizing: content` is missing, the textarea grows through the CSSOM (allowed under CSP). */
  #grow(textarea: HTMLTextAreaElement): void {
    if (CSS.supports('field-sizing', 'content')) return;
    textarea.style.height = 'auto';
    textarea.style.height = `${textarea.scrollHeight + 4}px`;
  }

  async #go(by: number, event: Event): Promise<void> {
    const button = event.currentTarget as HTMLButtonElement;
    this.#move(by);
    await this.updateComplete;
    // One textarea shows each prompt's answer in turn: focus it, sized to the answer now shown.
    const textarea = this.renderRoot.querySelector<HTMLTextAreaElement>('[part="answer"]');
    if (textarea) {
      this.#grow(textarea);
      textarea.focus();
      return;
    }
    // Presenter mode has no textarea: keep focus on a button that can still be pressed.
    if (button.disabled) this.renderRoot.querySelector<HTMLButtonElement>('[part="navigation"] :enabled')?.focus();
  }

  /** A presentation clicker sends arrow or page keys. */
  #onPresenterKey(event: KeyboardEvent): void {
    const by = { ArrowRight: 1, PageDown: 1, ArrowLeft: -1, PageUp: -1 }[event.key];
    if (!by || this.layout === 'list') return;
    event.preventDefault();
    this.#move(by);
  }

  #text(): string {
    return answersAsText(this.#t('title'), this.#pairs, this.#t('noAnswer'));
  }

  async #copy(): Promise<void> {
    const text = this.#text();
    try {
      await navigator.clipboard.writeText(text);
      this.copyFallback = undefined;
      this.notice = { key: 'copied' };
    } catch {
      // Refused, or no clipboard at all (plain http): the text, selected, to copy by hand.
      this.copyFallback = text;
      this.notice = { key: 'copyRefused' };
      await this.updateComplete;
      const fallback = this.renderRoot.querySelector<HTMLTextAreaElement>('[part="copy-fallback"]')!;
      fallback.focus();
      fallback.select();
    }
  }

  #download(): void {
    const url = URL.createObjectURL(new Blob([this.#text()], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${this.#t('title')}.txt`;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    // Revoking at once can cancel the download in some browsers; the URL dies with the page anyway.
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }

  async #openDialog(name: 'delete' | 'share', event: Event): Promise<void> {
    this.#opener = event.currentTarget as HTMLElement;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>(`#${name}-dialog`)!;
    dialog.returnValue = '';
    dialog.showModal();
    // The safe choice has focus first: Enter by habit neither deletes nor shares.
    dialog.querySelector<HTMLButtonElement>('[data-cancel]')!.focus();
  }

  #onDialogClosed(event: Event): void {
    const dialog = event.target as HTMLDialogElement;
    if (dialog.returnValue === 'confirm') {
      if (dialog.id === 'delete-dialog') this.#deleteAnswers();
      else if (this.pendingShare) void this.submission?.submit(this.pendingShare);
    }
    this.#opener?.focus();
    this.#opener = undefined;
  }

  #deleteAnswers(): void {
    this.#saver.cancel();
    deleteDraft(this.#store, draftKey(this.#resolvedCardId));
    this.answers = [];
    this.current = 0;
    this.copyFallback = undefined;
    this.notice = { key: 'deleted' };
  }

  #openShare(event: Event): void {
    this.#saver.flush();
    const exercise = this.#source.kind === 'exercise' ? this.#source.name : undefined;
    this.pendingShare = shareData(this.#resolvedCardId, exercise, this.#pairs);
    if (this.pendingShare) void this.#openDialog('share', event);
    else this.notice = { key: 'nothingToShare' };
  }

  // The buttons need no type="button": in a shadow root no page form owns them, and the dialogs' own
  // forms are method="dialog".
  protected override render(): TemplateResult {
    this.#shownPrompts = promptTexts(this.#source, this.i18n.localizer);
    if (!this.#shownPrompts.length) return this.#renderNoPrompts();
    const single = this.layout !== 'list';
    const last = this.#shownPrompts.length - 1;
    return html`
      <div class="card" part="card" role="group" aria-labelledby="title" @keydown=${this.presenter ? this.#onPresenterKey : nothing}>
        <p class="title" part="title" id="title">${this.#t('title')}</p>
        ${single ? this.#renderProgress() : nothing}
        ${this.presenter ? this.#renderPresenter(single) : this.#renderAnswers(single)}
        ${single
          ? html`<div class="actions" part="navigation">
              <button class="vt-button" data-variant="secondary" ?disabled=${this.current === 0} @click=${(event: Event) => this.#go(-1, event)}>
                ${this.#t('previous')}
              </button>
              <button class="vt-button" ?disabled=${this.current >= last} @click=${(event: Event) => this.#go(1, event)}>
                ${this.#t('next')}
              </button>
            </div>`
          : nothing}
        ${this.presenter ? nothing : this.#renderActions()}
      </div>
      ${this.presenter ? nothing : this.#renderDialogs()}
    `;
  }

  #renderNoPrompts(): TemplateResult {
    if (!this.#reportedNoPrompts) {
      this.#reportedNoPrompts = true;
      console.error(`vertaistuki-widgets: <vt-reflection-card> has no prompts (exercise "${this.exercise ?? ''}").`);
    }
    return html`<p class="vt-config-error" part="card">
      ${this.i18n.localizer.t('core.configError', { problem: this.#t('noPrompts') })}
    </p>`;
  }

  #renderProgress(): TemplateResult {
    const current = this.current + 1;
    const total = this.#shownPrompts.length;
    // Screen readers hear "Question 2 of 3"; the eye sees "2 / 3" (fi, sv and en all write these digits).
    return html`<p class="progress" part="progress" id="progress">
      <span class="vt-visually-hidden">${this.#t('progress', { current, total })}</span>
      <span aria-hidden="true">${current} / ${total}</span>
    </p>`;
  }

  #renderPresenter(single: boolean): TemplateResult {
    if (single) {
      return html`<div aria-live="polite">
        <p class="prompt" part="prompt">${this.#shownPrompts[this.current]}</p>
      </div>`;
    }
    return html`<ol>
      ${this.#shownPrompts.map((prompt) => html`<li class="prompt" part="prompt">${prompt}</li>`)}
    </ol>`;
  }

  #renderAnswers(single: boolean): TemplateResult {
    const indexes = single ? [this.current] : this.#shownPrompts.map((_, index) => index);
    // One at a time, the same textarea shows each prompt's answer in turn. Its value is always what was
    // last typed (onInput keeps `answers` in step), so a plain property binding is enough.
    return html`${indexes.map(
      (index) => html`<div class="item">
        <label for="answer-${index}" part="prompt">${this.#shownPrompts[index]}</label>
        <textarea
          id="answer-${index}"
          part="answer"
          rows="5"
          maxlength=${MAX_ANSWER_LENGTH}
          aria-describedby=${single ? 'progress' : nothing}
          .value=${this.answers[index] ?? ''}
          @input=${(event: Event) => this.#onInput(index, event)}
          @change=${this.#saveNow}
        ></textarea>
      </div>`,
    )}`;
  }

  #renderActions(): TemplateResult {
    return html`
      <p class="vt-note" part="device-note">
        ${this.#t(this.#store.persistent ? 'deviceNote' : 'memoryOnly')}
      </p>
      <div class="actions" part="actions">
        <button class="vt-button" data-variant="secondary" @click=${this.#copy}>${this.#t('copy')}</button>
        <button class="vt-button" data-variant="secondary" @click=${this.#download}>
          ${this.#t('download')}
        </button>
        ${this.#canShare
          ? html`<button class="vt-button" data-action="share" @click=${this.#openShare}>
              ${this.#t('share')}
            </button>`
          : nothing}
        <button
          class="vt-button"
          data-variant="danger"
          data-action="delete"
          @click=${(event: Event) => this.#openDialog('delete', event)}
        >
          ${this.#t('delete')}
        </button>
      </div>
      <p class="notice" part="notice" role="status" aria-live="polite">
        ${this.#renderNotice()}
      </p>
      ${this.copyFallback === undefined
        ? nothing
        : html`<div class="item">
            <label for="copy-fallback">${this.#t('copyText')}</label>
            <textarea id="copy-fallback" part="copy-fallback" readonly .value=${this.copyFallback}></textarea>
          </div>`}
      ${this.#canShare ? renderShareStatus(this.submission!, this.i18n.localizer) : nothing}
    `;
  }

  /** The notice's words; "Saved on this device at 14.05." with the time as the page's language writes it. */
  #renderNotice(): string {
    const notice = this.notice;
    if (!notice) return '';
    const { key, params, savedAt } = notice;
    return this.#t(key, savedAt ? { time: formatDate(this.i18n.locale, savedAt, { timeStyle: 'short' }) } : params);
  }

  #renderDialogs(): TemplateResult {
    return html`
      <dialog id="delete-dialog" part="dialog" aria-labelledby="delete-title" @close=${this.#onDialogClosed}>
        <h2 id="delete-title">${this.#t('deleteTitle')}</h2>
        <p>${this.#t('deleteBody')}</p>
        ${this.#renderDialogButtons('delete')}
      </dialog>
      ${this.#canShare
        ? html`<dialog id="share-dialog" part="dialog" aria-labelledby="share-title" @close=${this.#onDialogClosed}>
            ${renderShareConfirmation(this.pendingShare, pageAddress(), this.config.privacyNoticeUrl, this.i18n.localizer)}
            ${this.#renderDialogButtons('share')}
          </dialog>`
        : nothing}
    `;
  }

  /** A form with method="dialog" closes its dialog with the pressed button's value as `returnValue`. */
  #renderDialogButtons(confirm: CardText): TemplateResult {
    return html`<form method="dialog" class="actions">
      <button class="vt-button" data-variant="secondary" value="cancel" data-cancel>${this.#t('cancel')}</button>
      <button class="vt-button" value="confirm" data-confirm>${this.#t(confirm)}</button>
    </form>`;
  }
}

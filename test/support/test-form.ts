import { html, nothing } from 'lit';
import { VtElement } from '../../src/core/vt-element.js';
import { ConfigController } from '../../src/core/config-controller.js';
import { defineElement } from '../../src/core/define.js';
import { LocaleController } from '../../src/core/locale-controller.js';
import { renderSubmitStatus } from '../../src/core/status.js';
import { formStyles } from '../../src/core/form-styles.js';
import { baseStyles } from '../../src/core/styles.js';
import type { Catalogues, CoreKey, SendingKey } from '../../src/i18n/catalogue.js';
import { coreTexts } from './core-texts.js';
import { SubmitController } from '../../src/core/submit-controller.js';

/**
 * The smallest element built from the core the way every real element is: config, locale and submit
 * controllers and the shared status view. The core's browser tests drive it like a person would.
 */
export class VtTestForm extends VtElement {
  static override properties = {
    endpoint: {},
    programme: {},
    privacyNoticeUrl: { attribute: 'privacy-notice-url' },
    texts: {},
  };

  static override styles = [baseStyles, formStyles];

  declare endpoint?: string;
  declare programme?: string;
  declare privacyNoticeUrl?: string;
  declare texts?: string;

  /** Where the form's texts come from; a test subclass may put loaders that fail in their place. */
  static catalogues: Catalogues<CoreKey | SendingKey> = coreTexts;

  readonly config = new ConfigController(this);
  readonly i18n = new LocaleController(this, this.config, (this.constructor as typeof VtTestForm).catalogues);

  // The first render waits for the page language's texts (one small chunk), so no key flashes by.
  protected override scheduleUpdate(): void | Promise<void> {
    return this.i18n.whenReady(() => super.scheduleUpdate());
  }

  readonly submission = new SubmitController(this, 'signup', this.config, this.i18n);

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const name = (this.renderRoot.querySelector('#name') as HTMLInputElement).value;
    void this.submission.submit({ name });
  }

  protected override render() {
    const t = this.i18n.localizer;
    const nameError = this.submission.fieldErrors['name'];
    return html`
      <p id="heading">${t.t('core.errorSummaryTitle')}</p>
      <form @submit=${this.onSubmit} novalidate>
        <label for="name">Name</label>
        <input id="name" name="name" aria-describedby=${nameError ? 'name-error' : nothing} />
        ${nameError
          ? html`<p id="name-error"><span class="vt-visually-hidden">${t.t('core.errorPrefix')}</span> ${nameError}</p>`
          : nothing}
        <button class="vt-button" type="submit">Send</button>
      </form>
      ${renderSubmitStatus(this.submission, t)}
    `;
  }
}

defineElement('vt-test-form', VtTestForm);

declare global {
  interface HTMLElementTagNameMap {
    'vt-test-form': VtTestForm;
  }
}

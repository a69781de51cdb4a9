import { html, nothing, type TemplateResult } from 'lit';
import type { CoreKey, SendingKey } from '../i18n/catalogue.js';
import type { Localizer } from '../i18n/localize.js';

/** One problem in a form: the id of the control to fix and the message shown for it. */
export interface FormError {
  controlId: string;
  message: string;
}

/**
 * The GOV.UK error summary: a box at the top of the form, focused on submit, listing each error as a
 * link that moves focus to its control. Hash links cannot reach into a shadow root, so each link focuses
 * its control itself. Give the box `tabindex="-1"` focus after rendering: `focusErrorSummary(root)`.
 */
export function renderErrorSummary(errors: FormError[], i18n: Localizer<CoreKey | SendingKey>, root: () => ShadowRoot | HTMLElement): TemplateResult | typeof nothing {
  if (!errors.length) return nothing;
  const jump = (event: Event, controlId: string) => {
    event.preventDefault();
    const control = root().querySelector<HTMLElement>(`#${controlId}`);
    control?.focus();
    control?.scrollIntoView?.({ block: 'center' });
  };
  return html`
    <div
      class="vt-error-summary"
      part="error-summary"
      role="group"
      tabindex="-1"
      aria-labelledby="vt-error-summary-title"
    >
      <h2 id="vt-error-summary-title" class="vt-error-summary__title">${i18n.t('core.errorSummaryTitle')}</h2>
      <ul>
        ${errors.map(
          ({ controlId, message }) =>
            html`<li><a href="#${controlId}" @click=${(event: Event) => jump(event, controlId)}>${message}</a></li>`,
        )}
      </ul>
    </div>
  `;
}

/** Moves focus to the summary, so a screen reader reads it first and a keyboard user starts there. */
export function focusErrorSummary(root: ShadowRoot | HTMLElement): void {
  root.querySelector<HTMLElement>('.vt-error-summary')?.focus();
}

/** The message beside a control, with a hidden "Error:" prefix; its id goes in `aria-describedby`. */
export function renderFieldError(controlId: string, message: string | undefined, i18n: Localizer<CoreKey | SendingKey>): TemplateResult | typeof nothing {
  if (!message) return nothing;
  return html`<p class="vt-field-error" id="${controlId}-error" part="field-error">
    <span class="vt-visually-hidden">${i18n.t('core.errorPrefix')}</span> ${message}
  </p>`;
}

import { html, nothing, type TemplateResult } from 'lit';
import type { CoreKey, SendingKey } from '../i18n/catalogue.js';
import type { Localizer } from '../i18n/localize.js';
import { deviceStorage } from './storage.js';
import type { SubmitController, SubmitState } from './submit-controller.js';

/**
 * The submission status every sending element shows. The live region is rendered from the first paint,
 * empty, so that a screen reader announces each message written into it later.
 */
export function renderSubmitStatus(submit: SubmitController, i18n: Localizer<CoreKey | SendingKey>): TemplateResult {
  const { text, tone } = statusMessage(submit, i18n);
  return html`
    <div class="vt-status" part="status" role="status" aria-live="polite" data-tone=${tone}>${text}</div>
    ${submit.deliveredEarlier > 0
      ? html`<p class="vt-note" part="delivered-note">${i18n.t('core.deliveredLater')}</p>`
      : nothing}
    ${deviceStorage().persistent
      ? nothing
      : html`<p class="vt-note" part="storage-note">${i18n.t('core.storageUnavailable')}</p>`}
  `;
}

/** Each state's message and its tone (the colour of the live region). */
const MESSAGES: Record<SubmitState, [CoreKey | SendingKey | '', string]> = {
  idle: ['', 'info'],
  sending: ['core.sending', 'info'],
  sent: ['core.sent', 'success'],
  queued: ['core.queued', 'info'],
  invalid: ['core.fixErrors', 'error'],
  failed: ['core.rejected', 'error'],
  misconfigured: ['core.configError', 'error'],
};

function statusMessage(submit: SubmitController, i18n: Localizer<CoreKey | SendingKey>): { text: string; tone: string } {
  const [key, tone] = MESSAGES[submit.state];
  // Sent from the outbox after a wait, it says so rather than a plain "Sent".
  const text = key && i18n.t(key === 'core.sent' && submit.sentFromOutbox ? 'core.deliveredLater' : key, {
    status: submit.failedStatus ?? '',
    problem: i18n.t('core.noEndpoint'),
  });
  return { text, tone };
}

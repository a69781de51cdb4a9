import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { CoreKey, SendingKey } from '../i18n/catalogue.js';
import type { Localizer } from '../i18n/localize.js';
import { deviceStorage } from './storage.js';
import type { SubmitController } from './submit-controller.js';

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

function statusMessage(submit: SubmitController, i18n: Localizer<CoreKey | SendingKey>): { text: string; tone: string } {
  switch (submit.state) {
    case 'sending':
      return { text: i18n.t('core.sending'), tone: 'info' };
    case 'sent':
      return { text: i18n.t(submit.sentFromOutbox ? 'core.deliveredLater' : 'core.sent'), tone: 'success' };
    case 'queued':
      return { text: i18n.t('core.queued'), tone: 'info' };
    case 'invalid':
      return { text: i18n.t('core.fixErrors'), tone: 'error' };
    case 'failed':
      return { text: i18n.t('core.rejected', { status: String(submit.failedStatus ?? '') }), tone: 'error' };
    case 'misconfigured':
      return { text: i18n.t('core.configError', { problem: i18n.t('core.noEndpoint') }), tone: 'error' };
    case 'idle':
      return { text: '', tone: 'info' };
  }
}

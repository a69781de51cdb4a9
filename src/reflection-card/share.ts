import { html, nothing, type TemplateResult } from 'lit';
import type { SubmitController, SubmitState } from '../core/submit-controller.js';
import type { Localizer } from '../i18n/localize.js';
import type { ReflectionShare } from './answers.js';
import type { ReflectionTextKey } from './texts.js';

/** What the sharing status says while sending and after; the card has no fields, so any refusal is one message. */
const STATUS_TEXT: Partial<Record<SubmitState, ReflectionTextKey>> = {
  sending: 'core.sending',
  sent: 'core.sent',
  queued: 'core.queued',
};

/**
 * The sharing status: a polite live region that is there, empty, before anything is sent (the same
 * markup as the other elements'). Storage refused is said by the card's own device note, not again here.
 */
export function renderShareStatus(submission: SubmitController, texts: Localizer<ReflectionTextKey>): TemplateResult {
  const { state, sentFromOutbox, failedStatus, deliveredEarlier } = submission;
  const refused = state === 'invalid' || state === 'failed' || state === 'misconfigured';
  // A share queued on this visit and sent later says so, rather than a plain "Sent".
  const key = refused ? 'core.rejected' : state === 'sent' && sentFromOutbox ? 'core.deliveredLater' : STATUS_TEXT[state];
  const tone = refused ? 'error' : state === 'sent' ? 'success' : 'info';
  const text = key ? texts.t(key, { status: failedStatus ?? '' }) : '';
  // Nothing between the tags but the message: an empty region matches :empty in the shared styles.
  return html`<div class="vt-status" part="status" role="status" aria-live="polite" data-tone=${tone}>${text}</div>
    ${deliveredEarlier ? html`<p class="vt-note" part="delivered-note">${texts.t('core.deliveredLater')}</p>` : nothing}`;
}

/** The share confirmation's text: `share` is the very object that confirming sends, `page` goes with it. */
export function renderShareConfirmation(
  share: ReflectionShare | undefined,
  page: string,
  privacyNoticeUrl: string | undefined,
  texts: Localizer<ReflectionTextKey>,
): TemplateResult {
  return html`<h2 id="share-title">${texts.t('reflection.shareTitle')}</h2>
    <p>${texts.t('reflection.shareBody')}</p>
    <dl part="share-preview">
      ${(share?.answers ?? []).map((pair) => html`<dt>${pair.prompt}</dt><dd>${pair.answer}</dd>`)}
    </dl>
    <p class="vt-note">
      ${texts.t('reflection.shareAlso', { page })}
      ${privacyNoticeUrl
        ? html`<a href=${privacyNoticeUrl} target="_blank" rel="noopener">${texts.t('reflection.privacyNotice')}</a>`
        : nothing}
    </p>`;
}

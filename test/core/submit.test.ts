import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { OUTBOX_KEY } from '../../src/core/delivery/keys.js';
import '../../src/config/define.js';
import { scenario } from '../support/endpoint.js';
import { typeText } from '../support/keyboard.js';
import '../support/test-form.js';
import type { VtTestForm } from '../support/test-form.js';

function field(form: VtTestForm): HTMLInputElement {
  return form.shadowRoot!.querySelector('#name')!;
}

function status(form: VtTestForm): string {
  return form.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
}

async function typeName(form: VtTestForm, name: string): Promise<void> {
  field(form).focus();
  await typeText(name);
}

function clickSend(form: VtTestForm): void {
  form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
}

describe('submission client', () => {
  beforeEach(() => localStorage.clear());

  it('is accessible before and after sending', async () => {
    const server = await scenario();
    const form = await fixture<VtTestForm>(html`<vt-test-form lang="en" endpoint=${server.endpoint}></vt-test-form>`);
    await expect(form).to.be.accessible();
    await typeName(form, 'Aino');
    clickSend(form);
    await oneEvent(form, 'vt-submitted');
    await form.updateComplete;
    expect(status(form)).to.equal('Sent. Thank you!');
    await expect(form).to.be.accessible();
  });

  it('posts the envelope as JSON with its id as the Idempotency-Key and no cookies', async () => {
    document.cookie = 'partner-session=secret; path=/';
    const server = await scenario([201]);
    const form = await fixture<VtTestForm>(
      html`<vt-config programme="kestava-keikkatyo" lang="sv">
        <vt-test-form endpoint=${server.endpoint}></vt-test-form>
      </vt-config>`,
    );
    const inner = form.querySelector('vt-test-form')!;
    await inner.updateComplete;
    await typeName(inner, 'Aino');
    clickSend(inner);
    const { detail } = await oneEvent(inner, 'vt-submitted');
    const [request] = await server.log();
    expect(request!.contentType).to.contain('application/json');
    expect(request!.cookie).to.equal('');
    expect(request!.idempotencyKey).to.equal(detail.envelope.id);
    expect(request!.body.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(request!.body.schema).to.equal('vt.signup/1');
    expect(request!.body.programme).to.equal('kestava-keikkatyo');
    expect(request!.body.locale).to.equal('sv');
    expect(request!.body.page).to.equal(`${location.origin}${location.pathname}`);
    expect(request!.body.data).to.deep.equal({ name: 'Aino' });
    expect(detail.response).to.deep.equal({ id: 'stored' });
    document.cookie = 'partner-session=; path=/; max-age=0';
  });

  it('sends nothing when the page cancels vt-submit', async () => {
    const server = await scenario();
    const form = await fixture<VtTestForm>(html`<vt-test-form endpoint=${server.endpoint}></vt-test-form>`);
    const seen: string[] = [];
    form.addEventListener('vt-submit', (event) => {
      seen.push(event.detail.envelope.schema);
      event.preventDefault();
    });
    form.addEventListener('vt-submit-queued', () => seen.push('queued'));
    await typeName(form, 'Aino');
    clickSend(form);
    await aTimeout(300);
    expect(seen).to.deep.equal(['vt.signup/1']);
    expect(await server.log()).to.deep.equal([]);
    expect(localStorage.getItem(OUTBOX_KEY)).to.equal(null);
    expect(field(form).value).to.equal('Aino');
  });

  it('sends once when Send is clicked twice', async () => {
    const server = await scenario([201, 201]);
    const form = await fixture<VtTestForm>(html`<vt-test-form endpoint=${server.endpoint}></vt-test-form>`);
    await typeName(form, 'Aino');
    clickSend(form);
    clickSend(form);
    await oneEvent(form, 'vt-submitted');
    await aTimeout(200);
    expect(await server.log()).to.have.length(1);
  });

  it('queues when the server fails, and fail, fail, succeed stores exactly one delivery with one key', async () => {
    const server = await scenario([503, 503, 201]);
    const form = await fixture<VtTestForm>(html`<vt-test-form lang="en" endpoint=${server.endpoint}></vt-test-form>`);
    await typeName(form, 'Aino');
    clickSend(form);
    const queued = await oneEvent(form, 'vt-submit-queued');
    expect(queued.detail.status).to.equal(503);
    await form.updateComplete;
    // Says what happened and when the details go: not just "later".
    expect(status(form)).to.equal(
      'The connection is not working right now. Your details are saved on this device and will be sent automatically when the connection is back.',
    );
    expect(JSON.parse(localStorage.getItem(OUTBOX_KEY)!)).to.have.length(1);
    await expect(form).to.be.accessible();

    window.dispatchEvent(new Event('online'));
    await waitUntil(async () => (await server.log()).length === 2, 'second attempt');
    expect(form.submission.state).to.equal('queued');

    const delivered = oneEvent(form, 'vt-submitted');
    window.dispatchEvent(new Event('online'));
    const { detail } = await delivered;
    expect(detail.deliveredLater).to.equal(true);
    await form.updateComplete;
    expect(status(form)).to.equal('The details you saved earlier have now been sent.');

    const log = await server.log();
    expect(log.map((request) => request.answeredWith)).to.deep.equal([503, 503, 201]);
    expect(new Set(log.map((request) => request.idempotencyKey)).size).to.equal(1);
    expect(log[0]!.idempotencyKey).to.equal(detail.envelope.id);
    expect(localStorage.getItem(OUTBOX_KEY)).to.equal(null);
  });

  it('queues when the endpoint cannot be reached and keeps the envelope exactly as it was sent', async () => {
    // Nothing listens on port 9 (discard): the connection is refused, as when the collector is down.
    const unreachable = 'http://127.0.0.1:9/api/submissions';
    const form = await fixture<VtTestForm>(html`<vt-test-form endpoint=${unreachable}></vt-test-form>`);
    await typeName(form, 'Aino');
    clickSend(form);
    const { detail } = await oneEvent(form, 'vt-submit-queued');
    expect(detail.status).to.equal(null);
    const [waiting] = JSON.parse(localStorage.getItem(OUTBOX_KEY)!);
    expect(waiting.envelope).to.deep.equal(detail.envelope);
    expect(waiting.endpoint).to.equal(unreachable);
  });

  it('tells a later visit that a queued submission was delivered', async () => {
    const server = await scenario([503, 201]);
    const first = await fixture<VtTestForm>(html`<vt-test-form lang="en" endpoint=${server.endpoint}></vt-test-form>`);
    await typeName(first, 'Aino');
    clickSend(first);
    await oneEvent(first, 'vt-submit-queued');
    // The person leaves: no element of this kind is on the page when the outbox delivers.
    first.remove();
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => localStorage.getItem(OUTBOX_KEY) === null, 'delivered from the outbox');

    const later = await fixture<VtTestForm>(html`<vt-test-form lang="en" endpoint=${server.endpoint}></vt-test-form>`);
    expect(later.shadowRoot!.querySelector('[part="delivered-note"]')!.textContent).to.equal(
      'The details you saved earlier have now been sent.',
    );
    const again = await fixture<VtTestForm>(html`<vt-test-form lang="en" endpoint=${server.endpoint}></vt-test-form>`);
    expect(again.shadowRoot!.querySelector('[part="delivered-note"]')).to.equal(null);
  });

  it('shows problem+json field errors on the field and keeps what was typed', async () => {
    const server = await scenario([
      {
        status: 422,
        headers: { 'Content-Type': 'application/problem+json' },
        body: {
          title: 'Invalid submission',
          status: 422,
          errors: [{ pointer: '/data/name', detail: 'must not be empty' }],
        },
      },
    ]);
    const form = await fixture<VtTestForm>(html`<vt-test-form lang="en" endpoint=${server.endpoint}></vt-test-form>`);
    await typeName(form, 'Aino');
    clickSend(form);
    const { detail } = await oneEvent(form, 'vt-submit-error');
    expect(detail.status).to.equal(422);
    expect(detail.fieldErrors).to.deep.equal({ name: 'must not be empty' });
    await form.updateComplete;
    const error = form.shadowRoot!.querySelector('#name-error')!;
    expect(error.textContent).to.contain('must not be empty');
    expect(field(form).getAttribute('aria-describedby')).to.equal('name-error');
    expect(field(form).value).to.equal('Aino');
    expect(localStorage.getItem(OUTBOX_KEY)).to.equal(null);
    await expect(form).to.be.accessible();
  });

  it('gives a plain message for other refusals, without queueing', async () => {
    const server = await scenario([403]);
    const form = await fixture<VtTestForm>(html`<vt-test-form lang="en" endpoint=${server.endpoint}></vt-test-form>`);
    await typeName(form, 'Aino');
    clickSend(form);
    const { detail } = await oneEvent(form, 'vt-submit-error');
    expect(detail.problem).to.equal(null);
    await form.updateComplete;
    expect(status(form)).to.equal('Sending failed (403). Your details are still here; please try again later.');
    expect(localStorage.getItem(OUTBOX_KEY)).to.equal(null);
  });

  it('says so visibly when no endpoint is configured', async () => {
    const form = await fixture<VtTestForm>(html`<vt-test-form lang="en"></vt-test-form>`);
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    await typeName(form, 'Aino');
    clickSend(form);
    await waitUntil(() => form.submission.state === 'misconfigured');
    console.error = original;
    await form.updateComplete;
    // The page editor is told where the address goes, on the page and in the console.
    expect(status(form)).to.equal('Configuration error for the page editor: no endpoint (set the endpoint attribute or <vt-config endpoint>).');
    expect(errors.join()).to.contain('<vt-test-form> has no endpoint to send to (set its endpoint attribute or <vt-config endpoint>)');
  });
});

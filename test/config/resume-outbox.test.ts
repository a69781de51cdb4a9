import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createEnvelope } from '../../src/core/envelope.js';
import { OUTBOX_KEY } from '../../src/core/delivery/keys.js';
import { scenario } from '../support/endpoint.js';
import { leaveWaiting } from '../support/outbox.js';

// A fresh page (its own test file) where the only element of the library is a <vt-config>: what an
// earlier visit left in the outbox still goes out, once.
describe('the outbox on a later page load', () => {
  it('is sent when any element of the library appears', async () => {
    const server = await scenario([201]);
    const envelope = createEnvelope('survey', { surveyId: 's', answers: { q1: 4 } }, { locale: 'fi' });
    leaveWaiting(envelope, server.endpoint, 3);

    await import('../../src/config/define.js');
    await fixture(html`<vt-config><p>Sivu</p></vt-config>`);
    await waitUntil(() => localStorage.getItem(OUTBOX_KEY) === null, 'the outbox empties');

    const log = await server.log();
    expect(log).to.have.length(1);
    expect(log[0]!.idempotencyKey).to.equal(envelope.id);
    expect(log[0]!.body).to.deep.equal(envelope);
    // Delivered with no signup or survey element on the page: the next one of its kind will say so.
    expect(JSON.parse(localStorage.getItem('vt-outbox-delivered')!)[0].id).to.equal(envelope.id);
  });
});

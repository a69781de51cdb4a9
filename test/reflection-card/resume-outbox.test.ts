import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createEnvelope } from '../../src/core/envelope.js';
import { OUTBOX_KEY } from '../../src/core/delivery/keys.js';
import { scenario } from '../support/endpoint.js';
import { leaveWaiting } from '../support/outbox.js';

// A fresh page (its own test file) whose only element is a card that cannot share: it has no
// submission client, yet what an earlier visit left in the outbox still goes out, once.
describe('the outbox on a page with only a card that cannot share', () => {
  it('is sent when the card appears', async () => {
    const server = await scenario([201]);
    const envelope = createEnvelope('reflection', { cardId: 'earlier', answers: [] }, { locale: 'fi' });
    leaveWaiting(envelope, server.endpoint);

    await import('../../src/reflection-card/define.js');
    const card = await fixture(html`<vt-reflection-card card-id="resume-test"></vt-reflection-card>`);
    await waitUntil(() => localStorage.getItem(OUTBOX_KEY) === null, 'the outbox empties');

    const log = await server.log();
    expect(log).to.have.length(1);
    expect(log[0]!.idempotencyKey).to.equal(envelope.id);
    expect((card as HTMLElementTagNameMap['vt-reflection-card']).submission).to.equal(undefined);
    localStorage.clear();
  });
});

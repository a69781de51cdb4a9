import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createEnvelope } from '../../src/core/envelope.js';
import { OUTBOX_KEY, type OutboxItem } from '../../src/core/outbox.js';
import { scenario } from '../support/endpoint.js';

// A fresh page (its own test file) whose only element is a card that cannot share: it never loads the
// submission client, yet what an earlier visit left in the outbox still goes out, once.
describe('the outbox on a page with only a card that cannot share', () => {
  it('is sent when the card appears', async () => {
    const server = await scenario([201]);
    const envelope = createEnvelope('reflection', { cardId: 'earlier', answers: [] }, { locale: 'fi' });
    const waiting: OutboxItem = {
      envelope,
      endpoint: server.endpoint,
      attempts: 1,
      queuedAt: Date.now() - 60_000,
      nextAttemptAt: Date.now() + 60_000,
    };
    localStorage.setItem(OUTBOX_KEY, JSON.stringify([waiting]));

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

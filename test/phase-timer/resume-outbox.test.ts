import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createEnvelope } from '../../src/core/envelope.js';
import { OUTBOX_KEY } from '../../src/core/delivery/keys.js';
import { scenario } from '../support/endpoint.js';
import { leaveWaiting } from '../support/outbox.js';

// A fresh page (its own test file) where the only element of the library is a timer, which never sends
// anything itself: it fetches the delivery loop only because something waits, and that goes out once.
describe('the outbox on a page with only a timer', () => {
  it('is sent when the timer appears', async () => {
    const server = await scenario([201]);
    const envelope = createEnvelope('signup', { group: 'g1' }, { locale: 'fi' });
    leaveWaiting(envelope, server.endpoint);

    await import('../../src/phase-timer/define.js');
    await fixture(html`<vt-phase-timer timer-id="resume-test"></vt-phase-timer>`);
    await waitUntil(() => localStorage.getItem(OUTBOX_KEY) === null, 'the outbox empties');

    const log = await server.log();
    expect(log).to.have.length(1);
    expect(log[0]!.idempotencyKey).to.equal(envelope.id);
    localStorage.clear();
  });
});

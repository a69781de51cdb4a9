import { expect } from '@open-wc/testing';
import { createEnvelope, type Envelope } from '../../../src/core/envelope.js';
import { MAX_AGE_MS, MAX_RETRY_MS, Outbox, retryDelay } from '../../../src/core/delivery/outbox.js';
import { MemoryStore } from '../../../src/core/storage.js';
import type { SendResult } from '../../../src/core/delivery/transport.js';

/** An outbox on a clock the test moves and an endpoint whose answers the test scripts. */
function setup(answers: SendResult[]) {
  const clock = { now: 1_000_000 };
  const sent: Array<{ endpoint: string; envelope: Envelope }> = [];
  const outbox = new Outbox({
    store: new MemoryStore(),
    now: () => clock.now,
    random: () => 0.5,
    send: async (endpoint, envelope) => {
      sent.push({ endpoint, envelope });
      return answers.shift() ?? { outcome: 'delivered', status: 201, response: null };
    },
  });
  const envelope = createEnvelope('survey', { q1: 5 }, { locale: 'fi', page: 'https://partner.example/kysely' });
  return { clock, sent, outbox, envelope };
}

const serverDown: SendResult = { outcome: 'retry', status: 503 };

describe('outbox', () => {
  it('waits about 2 s, then doubles up to 5 minutes, with jitter', () => {
    expect(retryDelay(1, () => 0.5)).to.equal(2_000);
    expect(retryDelay(2, () => 0.5)).to.equal(4_000);
    expect(retryDelay(3, () => 0.5)).to.equal(8_000);
    expect(retryDelay(30, () => 0.5)).to.equal(MAX_RETRY_MS);
    expect(retryDelay(1, () => 0)).to.equal(1_600);
    expect(retryDelay(1, () => 1)).to.equal(2_400);
    expect(retryDelay(1, () => 0.5, 30_000)).to.equal(30_000);
  });

  it('fail, fail, succeed: one delivery, the same key every time', async () => {
    const { clock, sent, outbox, envelope } = setup([serverDown, serverDown]);
    outbox.enqueue('/api', envelope, serverDown);

    expect((await outbox.flush()).delivered).to.have.length(0);
    expect(sent).to.have.length(0); // not due yet

    clock.now += 2_000;
    let report = await outbox.flush();
    expect(report.delivered).to.have.length(0);
    expect(report.stillWaiting).to.equal(1);
    expect(outbox.items()[0]!.attempts).to.equal(2);
    expect(outbox.nextDueAt()).to.equal(clock.now + 4_000);

    clock.now += 4_000;
    expect((await outbox.flush()).delivered).to.have.length(0);
    clock.now += 8_000;
    report = await outbox.flush();
    expect(report.delivered.map(({ item }) => item.envelope.id)).to.deep.equal([envelope.id]);
    expect(outbox.items()).to.deep.equal([]);
    expect(sent.map((request) => request.envelope.id)).to.deep.equal([envelope.id, envelope.id, envelope.id]);

    clock.now += 60_000;
    await outbox.flush(true);
    expect(sent).to.have.length(3);
  });

  it('tries everything at once when forced (the browser came back online)', async () => {
    const { sent, outbox, envelope } = setup([]);
    outbox.enqueue('/api', envelope, serverDown);
    await outbox.flush(true);
    expect(sent).to.have.length(1);
  });

  it('honours Retry-After', async () => {
    const { clock, outbox, envelope } = setup([{ outcome: 'retry', status: 429, retryAfterMs: 60_000 }]);
    outbox.enqueue('/api', envelope, { outcome: 'retry', status: 429, retryAfterMs: 10_000 });
    expect(outbox.nextDueAt()).to.equal(clock.now + 10_000);
    clock.now += 10_000;
    await outbox.flush();
    expect(outbox.nextDueAt()).to.equal(clock.now + 60_000);
  });

  it('lets a refused submission go, and reports it', async () => {
    const refusal: SendResult = { outcome: 'rejected', status: 422, problem: { title: 'Invalid submission' } };
    const { outbox, envelope } = setup([refusal]);
    outbox.enqueue('/api', envelope, serverDown);
    const report = await outbox.flush(true);
    expect(report.rejected).to.have.length(1);
    expect(outbox.items()).to.deep.equal([]);
    expect(outbox.takeDeliveredNotices('survey')).to.deep.equal([]);
  });

  it('drops what could not be sent in 30 days, with a warning', async () => {
    const { clock, sent, outbox, envelope } = setup([]);
    outbox.enqueue('/api', envelope, serverDown);
    clock.now += MAX_AGE_MS + 1;
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    await outbox.flush(true);
    console.warn = original;
    expect(sent).to.have.length(0);
    expect(outbox.items()).to.deep.equal([]);
    expect(warnings[0]).to.contain('30 days');
  });

  it('keeps notices of deliveries per kind until they are taken', async () => {
    const { outbox, envelope } = setup([]);
    outbox.enqueue('/api', envelope, serverDown);
    await outbox.flush(true);
    expect(outbox.takeDeliveredNotices('signup')).to.deep.equal([]);
    expect(outbox.takeDeliveredNotices('survey').map((notice) => notice.id)).to.deep.equal([envelope.id]);
    expect(outbox.takeDeliveredNotices('survey')).to.deep.equal([]);
  });

  it('keeps an item queued while a flush is under way', async () => {
    const { outbox, envelope } = setup([serverDown]);
    outbox.enqueue('/api', envelope, serverDown);
    const flushing = outbox.flush(true);
    const second = createEnvelope('survey', { q1: 4 }, { locale: 'fi', page: 'https://partner.example/kysely' });
    outbox.enqueue('/api', second, serverDown);
    await flushing;
    expect(outbox.items().map((item) => item.envelope.id)).to.have.members([envelope.id, second.id]);
  });

  it('reads a damaged store as empty', () => {
    const store = new MemoryStore();
    store.set('vt-outbox', '{not json');
    const outbox = new Outbox({ store, now: Date.now, random: Math.random, send: async () => serverDown });
    expect(outbox.items()).to.deep.equal([]);
    store.set('vt-outbox', '{"an":"object"}');
    expect(outbox.items()).to.deep.equal([]);
  });
});

import { expect } from '@open-wc/testing';
import { createEnvelope, pageAddress, uuid } from '../../../src/core/envelope.js';
import { fieldErrorsOf, isRetryable, parseRetryAfter } from '../../../src/core/delivery/transport.js';

describe('envelope and transport rules', () => {
  it('keeps only the origin and path of the page: a query can carry personal data', () => {
    expect(pageAddress({ origin: 'https://partner.example', pathname: '/ryhmat' })).to.equal(
      'https://partner.example/ryhmat',
    );
    const envelope = createEnvelope('reflection', {}, { locale: 'en' });
    expect(envelope.page).to.equal(`${location.origin}${location.pathname}`);
    expect(envelope.programme).to.equal(null);
    expect(envelope.schema).to.equal('vt.reflection/1');
  });

  it('makes version 4 UUIDs, also where crypto.randomUUID is missing (plain http pages)', () => {
    const pattern = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(uuid()).to.match(pattern);
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const ids = new Set(Array.from({ length: 50 }, () => uuid()));
      expect(ids.size).to.equal(50);
      for (const id of ids) expect(id).to.match(pattern);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });

  it('retries network trouble, timeouts, rate limits and server errors only', () => {
    expect([408, 429, 500, 502, 503].every(isRetryable)).to.equal(true);
    expect([400, 401, 403, 404, 409, 413, 422].some(isRetryable)).to.equal(false);
  });

  it('reads Retry-After as seconds or as a date', () => {
    const now = Date.parse('2026-11-27T12:00:00Z');
    expect(parseRetryAfter('120', now)).to.equal(120_000);
    expect(parseRetryAfter('Fri, 27 Nov 2026 12:01:00 GMT', now)).to.equal(60_000);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
  });

  it('maps problem pointers under /data to field names', () => {
    expect(
      fieldErrorsOf({
        errors: [
          { pointer: '/data/email', detail: 'must be an email address' },
          { pointer: '/data/answers~1q1', detail: 'required' },
          { pointer: '/programme', detail: 'unknown programme' },
          { pointer: '/data/email', detail: 'second message for the same field' },
        ],
      }),
    ).to.deep.equal({ email: 'must be an email address', 'answers/q1': 'required' });
    expect(fieldErrorsOf(null)).to.deep.equal({});
  });
});

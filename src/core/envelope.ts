import type { Locale } from '../i18n/catalogue.js';

/** What an element sends; each kind has its JSON Schema in `schemas/`. */
export type SubmissionKind = 'signup' | 'survey' | 'reflection';

/** The submission envelope of the contract (`schemas/envelope.schema.json`). */
export interface Envelope<Data = Record<string, unknown>> {
  schema: `vt.${SubmissionKind}/1`;
  /** A UUID v4; also the `Idempotency-Key`, so a retry can never be stored twice. */
  id: string;
  submittedAt: string;
  programme: string | null;
  locale: Locale;
  /** Origin and path only: a query string or fragment can carry personal data. */
  page: string;
  data: Data;
}

/** A random UUID v4. `crypto.randomUUID` exists only on secure pages; partners may still run plain http. */
export function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // The template's 0, 1 and 8 become random hex digits; 8's two top bits stay 10 (the variant), "4" stays.
  return '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (digit) =>
    (+digit ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (+digit / 4)))).toString(16),
  );
}

/** The address of the page without its query string or fragment. */
export function pageAddress(page: Pick<Location, 'origin' | 'pathname'> = location): string {
  return `${page.origin}${page.pathname}`;
}

export interface EnvelopeContext {
  programme?: string | undefined;
  locale: Locale;
  now?: Date;
  page?: string;
}

export function createEnvelope<Data extends Record<string, unknown>>(
  kind: SubmissionKind,
  data: Data,
  context: EnvelopeContext,
): Envelope<Data> {
  return {
    schema: `vt.${kind}/1`,
    id: uuid(),
    submittedAt: (context.now ?? new Date()).toISOString(),
    programme: context.programme || null,
    locale: context.locale,
    page: context.page ?? pageAddress(),
    data,
  };
}

export function kindOf(envelope: Envelope<unknown>): SubmissionKind {
  return envelope.schema.slice(3, -2) as SubmissionKind;
}

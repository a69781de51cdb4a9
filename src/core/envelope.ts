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
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The address of the page without its query string or fragment. */
export function pageAddress(location: Pick<Location, 'origin' | 'pathname'> = window.location): string {
  return `${location.origin}${location.pathname}`;
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

import type { Envelope } from '../envelope.js';

/** RFC 9457 problem details, with the contract's per-field `errors`. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: Array<{ pointer?: string; detail?: string }>;
}

/** What one attempt to send came to. */
export type SendResult =
  | { outcome: 'delivered'; status: number; response: unknown }
  | { outcome: 'retry'; status: number | null; retryAfterMs?: number }
  | { outcome: 'rejected'; status: number; problem: Problem | null };

/** Network errors, timeouts, rate limits and server errors are worth another try; other 4xx are not. */
export function isRetryable(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** `Retry-After` in seconds or as an HTTP date, in milliseconds from `now`. */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '');
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Sends one envelope as the contract says: JSON, its id as the `Idempotency-Key`, never cookies. */
export async function postEnvelope(endpoint: string, envelope: Envelope): Promise<SendResult> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      credentials: 'omit',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': envelope.id },
      body: JSON.stringify(envelope),
    });
  } catch {
    return { outcome: 'retry', status: null };
  }
  const body = await readBody(response);
  if (response.ok) return { outcome: 'delivered', status: response.status, response: body };
  if (isRetryable(response.status)) {
    const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), Date.now());
    return retryAfterMs === undefined
      ? { outcome: 'retry', status: response.status }
      : { outcome: 'retry', status: response.status, retryAfterMs };
  }
  // A JSON object is read as problem details (RFC 9457); anything else (an HTML error page) as none.
  return { outcome: 'rejected', status: response.status, problem: body && typeof body === 'object' ? (body as Problem) : null };
}

/** `/data/email` → `email`: the field names the elements know, from the problem's JSON Pointers. */
export function fieldErrorsOf(problem: Problem | null): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const error of problem?.errors ?? []) {
    const match = /^\/data\/(.+)$/.exec(error.pointer ?? '');
    if (!match?.[1]) continue;
    const field = match[1].replace(/~1/g, '/').replace(/~0/g, '~');
    fields[field] ??= error.detail ?? '';
  }
  return fields;
}

/** Client side of `test-endpoint.js`: a fresh scenario on the test server, scripted and inspectable. */
export interface ReceivedRequest {
  idempotencyKey: string;
  contentType: string;
  cookie: string;
  body: { id: string; schema: string; locale: string; page: string; programme: string | null; data: Record<string, unknown> };
  answeredWith: number | string;
  method: string;
}

export type ScriptedResponse = number | { status: number; body?: unknown; headers?: Record<string, string> };

export async function scenario(responses: ScriptedResponse[] = []) {
  const id = `s${Math.random().toString(36).slice(2)}`;
  const base = `/test-endpoint/${id}`;
  await fetch(`${base}/script`, { method: 'POST', body: JSON.stringify({ responses }) });
  return {
    endpoint: `${base}/submit`,
    async log(): Promise<ReceivedRequest[]> {
      return (await fetch(`${base}/log`)).json() as Promise<ReceivedRequest[]>;
    },
  };
}

/** Until called again with `false`, every request this browser makes for a file whose path holds `path` fails, as offline. */
export async function offlineFor(path: string, offline = true): Promise<void> {
  await fetch(`/test-endpoint/network/offline`, { method: 'POST', body: JSON.stringify({ path, offline }) });
}

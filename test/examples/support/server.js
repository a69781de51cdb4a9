// A tiny static server for the example pages: files from a few folders, response headers of the test's
// choosing (a Content-Security-Policy, say), and a submissions endpoint that stores what it receives.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import process from 'node:process';
import { Buffer } from 'node:buffer';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The CDN files under test: `CDN_DIR`, else the repo's `cdn/` (written by `npm run build`). */
export const cdnDir = resolve(process.env.CDN_DIR ?? join(repoRoot, 'cdn'));

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `mounts` (URL prefix → folder; the longest prefix wins) on 127.0.0.1 at a free port.
 * `POST /api/submissions` answers 201 as the submission contract says and keeps the envelope in
 * `submissions`. `requests` lists every path asked for.
 */
export async function serve({ mounts, headers = {} }) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const submissions = [];
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    requests.push(`${req.method} ${url.pathname}${url.search}`);
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (url.pathname === '/api/submissions' && req.method === 'POST') {
      const chunks = [];
      for await (const chunk of req) chunks.push(chunk);
      const envelope = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      submissions.push({ envelope, idempotencyKey: req.headers['idempotency-key'], cookie: req.headers.cookie });
      res.writeHead(201, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ id: envelope.id }));
      return;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    const prefix = prefixes.find((p) => url.pathname.startsWith(p));
    if (!prefix || req.method !== 'GET') return notFound(res);
    const base = resolve(mounts[prefix]);
    let file = resolve(base, '.' + decodeURIComponent(url.pathname.slice(prefix.length - 1)));
    if (file !== base && !file.startsWith(base + sep)) return notFound(res);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
      res.end(body);
    } catch {
      notFound(res);
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    submissions,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise((done) => server.close(done));
    },
  };
}

function notFound(res) {
  res.writeHead(404, { 'Content-Type': 'text/plain' });
  res.end('Not found');
}

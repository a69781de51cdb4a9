// A small static server for the benchmark pages: the CDN build, SurveyJS's browser bundles and pages
// generated in memory. Port 0, so two runs never clash.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/**
 * `mounts`: URL prefix → directory on disk. `pages`: path → HTML string (replaceable while running).
 * Files are served uncached (`no-store`: every run downloads everything, as a first visit does) and
 * gzipped (level 6, as a CDN or web server would send them) when the browser accepts gzip; each body is
 * compressed once and kept, so the server's own work stays out of the timings. The same for every side.
 */
export async function startServer({ mounts, pages }) {
  const gzipped = new Map(); // key → { source, body }
  const compressed = (key, source, body) => {
    const kept = gzipped.get(key);
    if (kept && kept.source === source) return kept.body;
    const gz = gzipSync(body, { level: 6 });
    gzipped.set(key, { source, body: gz });
    return gz;
  };
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const send = (status, type, body, key, source) => {
      const headers = { 'content-type': type, 'cache-control': 'no-store' };
      if (gzip && key && body.length > 256) {
        body = compressed(key, source, body);
        headers['content-encoding'] = 'gzip';
        headers.vary = 'accept-encoding';
      }
      headers['content-length'] = Buffer.byteLength(body);
      response.writeHead(status, headers);
      response.end(body);
    };
    if (pages.has(path)) {
      const html = pages.get(path);
      return send(200, TYPES['.html'], Buffer.from(html), `page:${path}`, html);
    }
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(normalize(dir) + sep) && file !== normalize(dir)) return send(403, 'text/plain', 'forbidden');
      try {
        const { mtimeMs, size } = await stat(file);
        return send(200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file), `file:${file}`, `${mtimeMs}:${size}`);
      } catch {
        return send(404, 'text/plain', 'not found');
      }
    }
    send(404, 'text/plain', 'not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections?.();
      }),
  };
}

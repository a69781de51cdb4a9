// A small static server for the benchmark pages: the CDN build, SurveyJS's browser bundles and pages
// generated in memory. Port 0, so two runs never clash.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/**
 * `mounts`: URL prefix → directory on disk. `pages`: path → HTML string (replaceable while running).
 * Files are served uncompressed and uncached, as from a local disk: the network is not what is measured.
 */
export async function startServer({ mounts, pages }) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const send = (status, type, body) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };
    if (pages.has(path)) return send(200, TYPES['.html'], pages.get(path));
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(normalize(dir) + sep) && file !== normalize(dir)) return send(403, 'text/plain', 'forbidden');
      try {
        return send(200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
      } catch {
        return send(404, 'text/plain', 'not found');
      }
    }
    send(404, 'text/plain', 'not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

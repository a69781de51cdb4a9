#!/usr/bin/env node
// Serves the demo partner page (demo/) and the CDN bundle (cdn/) on localhost, as a partner's web server
// would: plain static files, nothing else. Run it through `npm start`, which builds cdn/ first.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const port = Number(process.env.PORT ?? 8080);
const served = ['demo', 'cdn', 'schemas'];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

function fileFor(urlPath) {
  const path = urlPath === '/' ? '/demo/index.html' : urlPath;
  const file = normalize(join(root, decodeURIComponent(path)));
  const top = file.slice(root.length + 1).split(/[\\/]/)[0];
  if (!file.startsWith(root) || !served.includes(top)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

createServer((request, response) => {
  const file = fileFor(new URL(request.url ?? '/', 'http://localhost').pathname);
  if (!file) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  response.writeHead(200, {
    'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    // The demo runs under the strict policy partners may use: no inline script, no eval.
    'Content-Security-Policy': "default-src 'self'",
  });
  createReadStream(file).pipe(response);
}).listen(port, '127.0.0.1', () => {
  console.log(`Demo partner page: http://localhost:${port}/`);
  console.log('Stop with Ctrl+C.');
});

#!/usr/bin/env node
// Serves the demo partner page (demo/), the CDN bundle (CDN_DIR, default cdn/) and the schemas on
// localhost, as a partner's web server would: plain static files under a strict Content-Security-Policy.
// `npm start` runs it together with the collector (scripts/start.js); alone:
//
//   node scripts/serve-demo.js            PORT (8080), HOST (127.0.0.1), CDN_DIR (cdn/),
//                                         COLLECTOR_URL (http://localhost:8787)
//
// The page names the collector as http://localhost:8787; when COLLECTOR_URL differs (tests use free
// ports), the HTML is served with that address instead, as a CMS would fill in a setting. The script
// line of a CDN entry is served as the build's snippet for it (cdn/snippets/: the script and its
// `modulepreload` hints, which name this build's hashed chunks), as a partner pastes it.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import process from 'node:process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createGzip, gzipSync } from 'node:zlib';
import { snippetFor } from './lib/snippets.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const DEFAULT_COLLECTOR_URL = 'http://localhost:8787';

/**
 * `html` with each `<script type="module" src="/cdn/<entry>">` as the build's snippet has it for the
 * page's language and its survey (cdn/snippets/<entry>.html, its /assets/ being /cdn/ here); as it is
 * without one.
 */
function withSnippets(html, cdnDir) {
  const language = /<html[^>]*\slang="(fi|sv|en)/.exec(html)?.[1] ?? 'fi';
  const preset = /<vt-survey[^>]*\spreset=/.test(html);
  for (const [line, entry] of html.matchAll(/<script type="module" src="\/cdn\/([\w-]+\.js)"><\/script>/g)) {
    const block = snippetFor(cdnDir, entry, { language, preset });
    if (block) html = html.replace(line, block);
  }
  return html;
}

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};
/** The files sent gzipped: text. */
const TEXT = /^\.(html|js|map|json|css|svg)$/;

/**
 * The file for a URL path, only inside the served directories.
 * @param {string} urlPath
 * @param {Record<string, string>} mounts  URL prefix → directory
 */
function fileFor(urlPath, mounts) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath === '/' ? '/demo/index.html' : urlPath);
  } catch {
    return undefined;
  }
  const [, top, ...rest] = decoded.split('/');
  const dir = mounts[top ?? ''];
  if (!dir) return undefined;
  const file = normalize(join(dir, ...rest));
  if (file !== dir && !file.startsWith(dir + sep)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts the static server.
 * @param {{ port?: number, host?: string, cdnDir?: string, collectorUrl?: string }} [options]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function startDemoServer(options = {}) {
  const cdnDir = resolve(options.cdnDir ?? join(root, 'cdn'));
  const collectorUrl = (options.collectorUrl ?? DEFAULT_COLLECTOR_URL).replace(/\/$/, '');
  const collectorOrigin = new URL(collectorUrl).origin;
  const mounts = { demo: join(root, 'demo'), cdn: cdnDir, schemas: join(root, 'schemas') };
  // The strict policy partners may use, plus the one thing the page needs from elsewhere: sending to
  // (and loading groups from) the collector. No inline script, no eval, no third-party anything.
  const csp = `default-src 'self'; connect-src 'self' ${collectorOrigin}; base-uri 'none'; object-src 'none'; frame-ancestors 'none'`;

  const server = createServer(async (request, response) => {
    const file = fileFor(new URL(request.url ?? '/', 'http://localhost').pathname, mounts);
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const headers = {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      // Always the current build while developing.
      'Cache-Control': 'no-cache',
    };
    // Gzipped for a browser that takes it, as a CDN or a partner's web server sends scripts and pages
    // (Lighthouse's "Enable text compression" otherwise counts every byte of them).
    const gzipped = TEXT.test(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (gzipped) Object.assign(headers, { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
    if (extname(file) === '.html') {
      try {
        const html = withSnippets((await readFile(file, 'utf8')).replaceAll(DEFAULT_COLLECTOR_URL, collectorUrl), cdnDir);
        response.writeHead(200, headers).end(request.method === 'HEAD' ? undefined : gzipped ? gzipSync(html) : html);
      } catch {
        response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Could not read the page');
      }
      return;
    }
    response.writeHead(200, headers);
    if (request.method === 'HEAD') response.end();
    else if (gzipped) createReadStream(file).pipe(createGzip()).pipe(response);
    else createReadStream(file).pipe(response);
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, options.host ?? '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : (options.port ?? 8080);
      resolvePromise({
        url: `http://localhost:${port}/`,
        port,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

const isMain = Boolean(process.argv[1]) && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const { url } = await startDemoServer({
    port: Number(process.env.PORT ?? 8080),
    host: process.env.HOST ?? '127.0.0.1',
    cdnDir: process.env.CDN_DIR,
    collectorUrl: process.env.COLLECTOR_URL,
  });
  console.log(`Demo partner page: ${url}`);
  console.log('Stop with Ctrl+C.');
}

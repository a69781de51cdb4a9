// The demo server sends text as a CDN or a partner's web server would: gzipped when the browser takes
// it, so that Lighthouse and the bench measure the page as partners' visitors get it.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { startDemoServer } from '../../scripts/serve-demo.js';

test('the demo page and its scripts arrive gzipped when the browser takes gzip, as they are otherwise', async () => {
  const server = await startDemoServer({ port: 0 });
  try {
    for (const path of ['', 'cdn/vertaistuki.js']) {
      const plain = await fetch(server.url + path, { headers: { 'accept-encoding': 'identity' } });
      assert.equal(plain.headers.get('content-encoding'), null, path);
      const text = await plain.text();
      // Node's fetch unzips by itself; a plain request shows the bytes on the wire.
      const body = await new Promise((resolve, reject) => {
        request(server.url + path, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
          assert.equal(response.headers['content-encoding'], 'gzip', path);
          assert.equal(response.headers.vary, 'Accept-Encoding', path);
          const chunks = [];
          response.on('data', (chunk) => chunks.push(chunk)).on('end', () => resolve(Buffer.concat(chunks))).on('error', reject);
        })
          .on('error', reject)
          .end();
      });
      assert.ok(body.length < Buffer.byteLength(text), `${path}: ${body.length} bytes gzipped against ${Buffer.byteLength(text)}`);
      assert.equal(gunzipSync(body).toString(), text, path);
    }
  } finally {
    await server.close();
  }
});

test('the demo page loads its script as the build’s snippet has it: with hints naming the chunks the entry imports', async () => {
  const server = await startDemoServer({ port: 0 });
  try {
    const html = await (await fetch(server.url)).text();
    const hints = [...html.matchAll(/<link rel="modulepreload" href="\/cdn\/(chunks\/[\w-]+\.js)">/g)].map(([, file]) => file);
    assert.equal(hints.length, 3, html);
    assert.ok(html.includes('<script type="module" src="/cdn/vertaistuki.js"></script>'));
    // The entry fetches them at once: the main chunk, the page language's (fi) texts and, for its survey's
    // own definition (src), the expression parser.
    const entry = await (await fetch(`${server.url}cdn/vertaistuki.js`)).text();
    const [main, texts, parser] = hints;
    assert.match(main, /^chunks\/main-/);
    assert.match(texts, /^chunks\/fi-/);
    assert.match(parser, /^chunks\/parser-/);
    for (const file of hints) {
      assert.ok(entry.includes(`./${file}`), `${file} is not what vertaistuki.js fetches`);
      assert.equal((await fetch(`${server.url}cdn/${file}`)).status, 200, file);
    }
  } finally {
    await server.close();
  }
});

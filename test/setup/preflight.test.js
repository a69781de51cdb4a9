// scripts/preflight.js, which `npm test` runs first: it names what is missing and how to get it, and is
// silent and quick when everything is there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const debian = fs.existsSync('/etc/debian_version');

function preflight(env = {}, script = path.join(root, 'scripts/preflight.js')) {
  const started = performance.now();
  // A variable set to undefined is removed from the environment.
  const merged = Object.fromEntries(
    Object.entries({ ...process.env, ...env }).filter(([, value]) => value !== undefined),
  );
  const result = spawnSync(process.execPath, [script], { env: merged, encoding: 'utf8' });
  return { ...result, ms: performance.now() - started };
}

test('a browser path that does not exist: names the browser, the path, and how to install it or point at it', () => {
  const { status, stdout, stderr } = preflight({ CHROME_PATH: '/nonexistent' });
  assert.equal(status, 1);
  assert.equal(stdout, '');
  assert.match(stderr, /Chromium: CHROME_PATH=\/nonexistent: no executable there/);
  assert.match(stderr, /point CHROME_PATH at Chrome or Chromium/);
  if (debian) assert.match(stderr, /apt-get install -y chromium\b/);
  // Nothing else is missing here, so nothing else is named.
  assert.doesNotMatch(stderr, /Firefox|WebKit|PostgreSQL|npm ci/);
});

test('a missing Debian package is named with the apt command that installs it', { skip: !debian }, () => {
  // An empty PATH hides WebKitWebDriver, xvfb-run and xauth.
  const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-path-'));
  try {
    const { status, stderr } = preflight({ PATH: emptyDir, DISPLAY: '', WEBKIT_DRIVER: undefined, BROWSERS: undefined });
    assert.equal(status, 1);
    assert.match(stderr, /WebKitWebDriver: not found on PATH\n\s+Debian: (sudo )?apt-get install -y webkit2gtk-driver\n/);
    assert.match(stderr, /xvfb-run: .*no DISPLAY/);
    assert.match(stderr, /apt-get update && (sudo )?apt-get install -y webkit2gtk-driver xvfb xauth\b/);
  } finally {
    fs.rmSync(emptyDir, { recursive: true });
  }
});

test('no node_modules: says to run npm ci', () => {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-copy-'));
  try {
    fs.mkdirSync(path.join(copy, 'scripts/lib'), { recursive: true });
    for (const file of ['package.json', 'scripts/preflight.js', 'scripts/lib/browser-paths.js']) {
      fs.copyFileSync(path.join(root, file), path.join(copy, file));
    }
    const { status, stderr } = preflight({}, path.join(copy, 'scripts/preflight.js'));
    assert.equal(status, 1);
    assert.match(stderr, /npm dependencies: node_modules is not installed\n\s+run `npm ci`/);
  } finally {
    fs.rmSync(copy, { recursive: true });
  }
});

test('everything there (this machine): silent, exit 0, under a second', () => {
  const { status, stdout, stderr, ms } = preflight();
  assert.equal(stderr, '');
  assert.equal(stdout, '');
  assert.equal(status, 0);
  assert.ok(ms < 1000, `took ${Math.round(ms)} ms`);
});

// scripts/preflight.js, which `npm test` runs first: it names what is missing and how to get it, and is
// silent and quick when everything is there. On Debian as root (or with passwordless sudo) it first
// installs the missing packages with scripts/setup.sh; these tests never install: they set VT_NO_INSTALL=1,
// or put a fake apt-get (and sudo) first on PATH.
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

/** Runs the preflight; VT_NO_INSTALL=1 unless `env` says otherwise (only with a fake apt-get). */
function preflight(env = {}, script = path.join(root, 'scripts/preflight.js')) {
  // A variable set to undefined is removed from the environment.
  const merged = Object.fromEntries(
    Object.entries({ ...process.env, VT_NO_INSTALL: '1', ...env }).filter(([, value]) => value !== undefined),
  );
  const result = spawnSync(process.execPath, [script], { env: merged, encoding: 'utf8' });
  return result;
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

// How long it takes (about 0.1 s) is not asserted: a shared machine's timings are noise, not behaviour.
test('everything there (this machine): silent, exit 0', () => {
  const { status, stdout, stderr } = preflight();
  assert.equal(stderr, '');
  assert.equal(stdout, '');
  assert.equal(status, 0);
});

// The install on Debian, with a fake apt-get (and a fake sudo, for a user who is not root) first on PATH:
// it logs its arguments and, when `installs`, puts a stub for each package's command in its directory.
function fakeBin({ installs = true, sudo = 'passwordless' } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-fake-'));
  const log = path.join(dir, 'apt-get.log');
  const write = (name, text) => fs.writeFileSync(path.join(dir, name), text, { mode: 0o755 });
  write(
    'apt-get',
    `#!/bin/sh
echo "$*" >> '${log}'
[ "$1" = install ] && [ '${installs}' = true ] || exit 0
shift
for package in "$@"; do
  case "$package" in webkit2gtk-driver) command=WebKitWebDriver ;; xvfb) command=xvfb-run ;; *) command="$package" ;; esac
  printf '#!/bin/sh\\n' > '${dir}/'"$command" && /bin/chmod +x '${dir}/'"$command"
done
`,
  );
  if (sudo === 'passwordless') write('sudo', '#!/bin/sh\n[ "$1" = -n ] && shift\nexec "$@"\n');
  if (sudo === 'password') write('sudo', '#!/bin/sh\necho "sudo: a password is required" >&2\nexit 1\n');
  // What scripts/setup.sh runs, and nothing else: WebKitWebDriver, xvfb-run and xauth are missing.
  for (const tool of ['bash', 'node', 'id', 'dirname', 'true']) {
    const found = (process.env.PATH ?? '')
      .split(path.delimiter)
      .map((bin) => path.join(bin, tool))
      .find((file) => fs.existsSync(file));
    fs.symlinkSync(tool === 'node' ? process.execPath : found, path.join(dir, tool));
  }
  const calls = () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').filter(Boolean) : []);
  return { dir, calls, remove: () => fs.rmSync(dir, { recursive: true }) };
}
const asRoot = process.getuid?.() === 0;
// Only WebKit's driver, xvfb-run and xauth missing (the fake's PATH hides them), install allowed.
const hidden = { DISPLAY: '', WEBKIT_DRIVER: undefined, BROWSERS: undefined, VT_NO_INSTALL: undefined };

test('Debian, root or passwordless sudo: installs exactly the missing packages with scripts/setup.sh, checks again, passes', { skip: !debian }, () => {
  const fake = fakeBin();
  try {
    const { status, stdout, stderr } = preflight({ ...hidden, PATH: fake.dir });
    assert.deepEqual(fake.calls(), ['update', 'install -y webkit2gtk-driver xvfb xauth']);
    assert.match(
      stderr,
      /preflight: installing webkit2gtk-driver xvfb xauth \(for WebKitWebDriver, xvfb-run, xauth\) with scripts\/setup.sh/,
    );
    assert.doesNotMatch(stderr, /needs what is missing/);
    assert.equal(stdout, '');
    assert.equal(status, 0);
  } finally {
    fake.remove();
  }
});

test('the install leaves something missing: installs once, then names it as before and fails', { skip: !debian }, () => {
  const fake = fakeBin({ installs: false });
  try {
    const { status, stderr } = preflight({ ...hidden, PATH: fake.dir });
    assert.deepEqual(fake.calls(), ['update', 'install -y webkit2gtk-driver xvfb xauth']);
    assert.equal(status, 1);
    assert.match(stderr, /WebKitWebDriver: not found on PATH\n\s+Debian: (sudo )?apt-get install -y webkit2gtk-driver\n/);
    assert.match(stderr, /apt-get update && (sudo )?apt-get install -y webkit2gtk-driver xvfb xauth\b/);
  } finally {
    fake.remove();
  }
});

test('a browser path set explicitly that does not exist never installs anything', { skip: !debian }, () => {
  const fake = fakeBin();
  try {
    const { status, stderr } = preflight({
      CHROME_PATH: '/nonexistent',
      VT_NO_INSTALL: undefined,
      PATH: `${fake.dir}${path.delimiter}${process.env.PATH}`,
    });
    assert.deepEqual(fake.calls(), []);
    assert.equal(status, 1);
    assert.match(stderr, /Chromium: CHROME_PATH=\/nonexistent: no executable there/);
    assert.doesNotMatch(stderr, /installing/);
  } finally {
    fake.remove();
  }
});

test('VT_NO_INSTALL=1: only reports', { skip: !debian }, () => {
  const fake = fakeBin();
  try {
    const { status, stderr } = preflight({ ...hidden, VT_NO_INSTALL: '1', PATH: fake.dir });
    assert.deepEqual(fake.calls(), []);
    assert.equal(status, 1);
    assert.match(stderr, /WebKitWebDriver: not found on PATH/);
    assert.doesNotMatch(stderr, /installing/);
  } finally {
    fake.remove();
  }
});

test('no apt-get: only reports', { skip: !debian }, () => {
  const fake = fakeBin();
  try {
    fs.rmSync(path.join(fake.dir, 'apt-get'));
    const { status, stderr } = preflight({ ...hidden, PATH: fake.dir });
    assert.equal(status, 1);
    assert.match(stderr, /WebKitWebDriver: not found on PATH/);
    assert.doesNotMatch(stderr, /installing/);
  } finally {
    fake.remove();
  }
});

test('not root, and sudo wants a password: only reports, with the sudo command', { skip: !debian || asRoot }, () => {
  const fake = fakeBin({ sudo: 'password' });
  try {
    const { status, stderr } = preflight({ ...hidden, PATH: fake.dir });
    assert.deepEqual(fake.calls(), []);
    assert.equal(status, 1);
    assert.match(stderr, /sudo apt-get update && sudo apt-get install -y webkit2gtk-driver xvfb xauth\b/);
  } finally {
    fake.remove();
  }
});

test('scripts/setup.sh installs only what looks like a Debian package name', () => {
  const setup = path.join(root, 'scripts/setup.sh');
  const { status, stderr } = spawnSync('bash', [setup, 'xauth', 'x;touch /tmp/oops'], { encoding: 'utf8' });
  if (debian) {
    assert.equal(status, 2);
    assert.match(stderr, /not a Debian package name: x;touch/);
  } else {
    assert.equal(status, 1);
  }
});

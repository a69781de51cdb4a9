#!/usr/bin/env node
// Checks, before anything slow, that `npm test` has what it needs: the browsers at the paths the tests
// will use (scripts/lib/browser-paths.js), WebKitWebDriver, xvfb-run when there is no display, the
// PostgreSQL binaries, the npm dependencies and a built better-sqlite3. Silent when all is there;
// otherwise names each missing piece and how to get it, and exits 1.
//
//   node scripts/preflight.js                 everything `npm test` needs
//   node scripts/preflight.js --system        only what comes from the system (before `npm ci`)
//   node scripts/preflight.js --apt-packages  prints the missing Debian packages (for scripts/setup.sh)
//
// The full check (no option, as `npm test` runs it) installs what is missing when it can, so that a fresh
// clone on Debian passes `npm ci && npm test` as root with no other step: when Debian packages are missing,
// apt-get is there and it runs as root or sudo needs no password, it runs scripts/setup.sh with exactly
// those packages, then checks again, and only then names what is still missing. A path set explicitly
// (CHROME_PATH, FIREFOX_PATH, WEBKIT_PATH, WEBKIT_DRIVER) that leads nowhere never causes an install.
// VT_NO_INSTALL=1 turns the install off: the check only reports.
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { browserPaths, debianDefaults, wantedBrowsers } from './lib/browser-paths.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = process.env;
const args = process.argv.slice(2);
const systemOnly = args.includes('--system') || args.includes('--apt-packages');

const debian = fs.existsSync('/etc/debian_version');
const sudoPrefix = () => (typeof process.getuid === 'function' && process.getuid() !== 0 ? 'sudo ' : '');
const mac = process.platform === 'darwin';

function isExecutableFile(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The command's full path (a path with a slash is taken as it is), or null. */
function which(command) {
  if (command.includes('/')) return isExecutableFile(command) ? command : null;
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (dir && isExecutableFile(path.join(dir, command))) return path.join(dir, command);
  }
  return null;
}

/** Each missing piece: what it is, what is wrong, its Debian packages and how to get it elsewhere. */
const missing = [];
const miss = (what, problem, packages, elsewhere) => missing.push({ what, problem, packages, elsewhere });

// Browsers. Chromium always: the end-to-end, Storybook and accessibility tests drive it whatever
// BROWSERS says.
const paths = browserPaths(env);
const wanted = new Set(['chromium', ...wantedBrowsers(env)]);
if (mac && wanted.has('webkit') && env.WEBKIT_PATH === undefined && env.WEBKIT_DRIVER === undefined) {
  // WebKitGTK is Linux-only, and Safari's driver is not one the tests drive: one line instead of four.
  wanted.delete('webkit');
  miss('WebKit', 'the tests drive WebKitGTK, which is Linux-only', [], 'leave WebKit out: export BROWSERS=chromium,firefox');
}
const browsers = [
  {
    name: 'chromium',
    what: 'Chromium',
    kind: 'Chrome or Chromium',
    variable: 'CHROME_PATH',
    packages: ['chromium'],
    example: mac
      ? 'brew install --cask google-chrome; CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"'
      : 'CHROME_PATH=/usr/bin/google-chrome',
  },
  {
    name: 'firefox',
    what: 'Firefox',
    kind: 'Firefox',
    variable: 'FIREFOX_PATH',
    packages: ['firefox-esr'],
    example: mac
      ? 'brew install --cask firefox; FIREFOX_PATH=/Applications/Firefox.app/Contents/MacOS/firefox'
      : 'FIREFOX_PATH=/usr/bin/firefox',
  },
  {
    name: 'webkit',
    what: "WebKitGTK's MiniBrowser",
    kind: "WebKitGTK's MiniBrowser",
    variable: 'WEBKIT_PATH',
    packages: ['libwebkit2gtk-4.1-0'],
    example: mac
      ? 'WebKitGTK is Linux-only: leave WebKit out with BROWSERS=chromium,firefox'
      : 'WEBKIT_PATH=/usr/libexec/webkit2gtk-4.1/MiniBrowser, or leave WebKit out with BROWSERS=chromium,firefox',
  },
];
for (const browser of browsers) {
  if (!wanted.has(browser.name)) continue;
  const file = paths[browser.name];
  if (isExecutableFile(file)) continue;
  if (env[browser.variable] !== undefined) {
    miss(
      browser.what,
      `${browser.variable}=${file}: no executable there`,
      [],
      debian
        ? `point ${browser.variable} at ${browser.kind}, or unset it to use ${debianDefaults[browser.name]} ` +
            `(${sudoPrefix()}apt-get install -y ${browser.packages.join(' ')})`
        : `point ${browser.variable} at ${browser.kind} (${browser.example})`,
    );
  } else {
    miss(
      browser.what,
      `not found at ${file}`,
      browser.packages,
      `install it and set ${browser.variable} to its executable (${browser.example})`,
    );
  }
}
if (wanted.has('webkit')) {
  if (!which(paths.webkitDriver)) {
    const set = env.WEBKIT_DRIVER !== undefined;
    miss(
      'WebKitWebDriver',
      set ? `WEBKIT_DRIVER=${paths.webkitDriver}: no executable there` : 'not found on PATH',
      set ? [] : ['webkit2gtk-driver'],
      mac
        ? 'WebKitGTK is Linux-only: leave WebKit out with BROWSERS=chromium,firefox'
        : "install WebKitGTK's WebKitWebDriver and set WEBKIT_DRIVER to it, or leave WebKit out with BROWSERS=chromium,firefox",
    );
  }
  // WebKitWebDriver needs a display: scripts/run-browser-tests.js starts it under xvfb-run without one.
  if (!env.DISPLAY) {
    if (!which('xvfb-run')) {
      miss('xvfb-run', 'not found on PATH, and there is no DISPLAY for WebKit', ['xvfb'], 'install Xvfb (xvfb-run), or set DISPLAY');
    }
    if (!which('xauth')) miss('xauth', 'not found on PATH (xvfb-run needs it)', ['xauth'], 'install xauth, or set DISPLAY');
  }
}

// PostgreSQL: the collector's tests start a throwaway cluster with initdb and pg_ctl.
function postgresBin() {
  const base = '/usr/lib/postgresql';
  let versions = [];
  try {
    versions = fs.readdirSync(base).sort((a, b) => Number(b) - Number(a));
  } catch {
    // not Debian's layout
  }
  for (const version of versions) {
    const dir = path.join(base, version, 'bin');
    if (isExecutableFile(path.join(dir, 'initdb')) && isExecutableFile(path.join(dir, 'pg_ctl'))) return dir;
  }
  const initdb = which('initdb');
  return initdb && which('pg_ctl') ? path.dirname(initdb) : null;
}
if (!postgresBin()) {
  miss(
    'PostgreSQL',
    'initdb and pg_ctl not found under /usr/lib/postgresql/*/bin or on PATH',
    ['postgresql'],
    mac
      ? 'brew install postgresql@17; export PATH="$(brew --prefix postgresql@17)/bin:$PATH"'
      : 'install the PostgreSQL server and put its bin directory (initdb, pg_ctl) on PATH',
  );
}

// The build tools node-gyp uses to build better-sqlite3 on `npm ci` (no prebuilt binary is reachable).
function missingBuildTools() {
  const tools = [];
  if (!which('make')) tools.push(['make', 'make']);
  if (!which('g++') && !which('c++')) tools.push(['g++', 'g++']);
  if (!which('python3')) tools.push(['python3', 'python3']);
  return tools;
}
function missBuildTools(tools, problem) {
  miss(
    `build tools for better-sqlite3 (${tools.map(([name]) => name).join(', ')})`,
    problem,
    tools.map(([, pkg]) => pkg),
    mac ? 'xcode-select --install' : 'install make, g++ and python3 with your package manager',
  );
}

const npmSteps = [];
if (systemOnly) {
  const tools = missingBuildTools();
  if (tools.length) missBuildTools(tools, 'not found on PATH; `npm ci` builds better-sqlite3 from source with them');
} else {
  // The npm dependencies, as `npm ci` installs them.
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const declared = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
  const absent = declared.filter((name) => !fs.existsSync(path.join(root, 'node_modules', name, 'package.json')));
  if (absent.length === declared.length) {
    miss('npm dependencies', 'node_modules is not installed', [], 'run `npm ci`');
    npmSteps.push('npm ci');
  } else if (absent.length) {
    miss('npm dependencies', `not installed: ${absent.join(', ')}`, [], 'run `npm ci`');
    npmSteps.push('npm ci');
  }
  if (!absent.includes('better-sqlite3') && declared.includes('better-sqlite3')) {
    try {
      const Database = createRequire(path.join(root, 'package.json'))('better-sqlite3');
      new Database(':memory:').close();
    } catch (error) {
      const reason = String(error?.message ?? error).split('\n')[0];
      const tools = missingBuildTools();
      if (tools.length) missBuildTools(tools, `better-sqlite3 is not built (${reason})`);
      else miss('better-sqlite3', `not built for this Node (${reason})`, [], 'run `npm rebuild better-sqlite3`');
      npmSteps.push('npm rebuild better-sqlite3');
    }
  }
}

const packages = [...new Set(missing.flatMap((item) => item.packages))];
if (args.includes('--apt-packages')) {
  if (packages.length) console.log(packages.join(' '));
  process.exit(0);
}
if (missing.length === 0) process.exit(0);

// Install the missing Debian packages, then check again (in a fresh process, which cannot install).
// Not in --system: scripts/setup.sh runs that itself.
const noInstall = env.VT_NO_INSTALL !== undefined && !['', '0', 'false'].includes(env.VT_NO_INSTALL);
const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const passwordlessSudo = () =>
  which('sudo') !== null && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore', timeout: 10_000 }).status === 0;
if (!systemOnly && !noInstall && packages.length && debian && which('apt-get') && (asRoot || passwordlessSudo())) {
  console.error(
    `preflight: installing ${packages.join(' ')} ` +
      `(for ${missing.filter((item) => item.packages.length).map((item) => item.what).join(', ')}) ` +
      'with scripts/setup.sh; VT_NO_INSTALL=1 only reports',
  );
  const quiet = { ...env, VT_NO_INSTALL: '1' };
  // Its output goes to stderr: stdout stays the check's own.
  const setup = spawnSync(which('bash') ?? '/bin/bash', [path.join(root, 'scripts/setup.sh'), ...packages], {
    cwd: root,
    env: quiet,
    stdio: ['ignore', 2, 2],
  });
  if (setup.status !== 0) {
    const why = setup.error?.message ?? `exit ${setup.status ?? setup.signal}`;
    console.error(`preflight: scripts/setup.sh failed (${why})`);
  }
  const self = fileURLToPath(import.meta.url);
  const again = spawnSync(process.execPath, [self, ...args], { env: quiet, stdio: 'inherit' });
  process.exit(again.status ?? 1);
}

const sudo = sudoPrefix();
const lines = [`preflight: ${systemOnly ? 'the tests need' : '`npm test` needs'} what is missing here:`];
for (const item of missing) {
  lines.push(`  - ${item.what}: ${item.problem}`);
  if (debian && item.packages.length) {
    lines.push(`      Debian: ${sudo}apt-get install -y ${item.packages.join(' ')}`);
    if (item.packages.some((name) => browsers.some((browser) => browser.packages.includes(name)))) {
      lines.push(`      or elsewhere: ${item.elsewhere}`);
    }
  } else if (item.elsewhere) {
    lines.push(`      ${item.elsewhere}`);
  }
}
if (debian && packages.length) {
  lines.push('', `Install the missing Debian packages (or run scripts/setup.sh, which does this):`);
  lines.push(`  ${sudo}apt-get update && ${sudo}apt-get install -y ${packages.join(' ')}`);
} else if (!debian) {
  lines.push(
    '',
    'Point the tests at your browsers with CHROME_PATH, FIREFOX_PATH, WEBKIT_PATH and WEBKIT_DRIVER, or leave',
    'one out with BROWSERS (e.g. BROWSERS=chromium,firefox). On Debian, scripts/setup.sh installs everything.',
  );
}
if (debian && packages.length && npmSteps.length) lines.push(`Then: ${[...new Set(npmSteps)].join(' && ')}`);
console.error(lines.join('\n'));
process.exit(1);

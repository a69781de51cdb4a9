// The whole system for the end-to-end tests: the collector as its own process (so that it can be
// stopped and started again on the same database file, as in production), the demo page served with
// the CDN bundle from CDN_DIR, and Debian's Chromium driven by playwright-core.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { chromium } from 'playwright-core';
import { startDemoServer } from '../../scripts/serve-demo.js';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const CDN_DIR = resolve(process.env.CDN_DIR ?? join(root, 'cdn'));
export const ADMIN_TOKEN = 'e2e-admin-token-0123456789';
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

if (!existsSync(join(CDN_DIR, 'vertaistuki.js'))) {
  throw new Error(`${CDN_DIR}/vertaistuki.js is missing: run \`npm run build\`, or set CDN_DIR.`);
}

/** A port nobody listens on right now. */
export async function freePort() {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  await new Promise((done) => server.close(done));
  return port;
}

/**
 * The collector as a child process: `node collector/server.js`, as it runs in production.
 * @param {{ port: number, databaseFile: string, allowedOrigins: string[] }} options
 */
export async function startCollectorProcess({ port, databaseFile, allowedOrigins }) {
  const child = spawn(process.execPath, [join(root, 'collector', 'server.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_FILE: databaseFile,
      ALLOWED_ORIGINS: allowedOrigins.join(','),
      ADMIN_TOKEN,
      SURVEY_DEFINITIONS_DIR: join(root, 'demo', 'surveys'),
      LOG_LEVEL: 'warn',
      RATE_LIMIT_MAX: '1000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = once(child, 'exit');
  await new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`the collector did not start in 20 s:\n${output}`)), 20_000);
    const check = () => {
      if (output.includes('Collector listening')) {
        clearTimeout(timer);
        child.stdout.off('data', check);
        resolvePromise(undefined);
      }
    };
    child.stdout.on('data', check);
    exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the collector exited:\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    get output() {
      return output;
    },
    /** Stops it as an operator would (SIGTERM) and waits until it has exited. */
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * One scenario's system: a fresh database file, the collector, the demo page, a browser context.
 * Everything is stopped and removed after the test.
 * @param {import('node:test').TestContext} t
 * @param {import('playwright-core').Browser} browser
 */
export async function startSystem(t, browser) {
  const dir = await mkdtemp(join(tmpdir(), 'vt-e2e-'));
  const databaseFile = join(dir, 'vertaistuki.db');
  const collectorPort = await freePort();
  const pagePort = await freePort();
  const pageOrigin = `http://127.0.0.1:${pagePort}`;
  const collectorOptions = { port: collectorPort, databaseFile, allowedOrigins: [pageOrigin] };
  let collector = await startCollectorProcess(collectorOptions);
  const demo = await startDemoServer({ port: pagePort, host: '127.0.0.1', cdnDir: CDN_DIR, collectorUrl: collector.url });
  const context = await browser.newContext({ locale: 'fi-FI', timezoneId: 'Europe/Helsinki' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  /** @type {Database.Database | undefined} */
  let reader;

  t.after(async () => {
    reader?.close();
    await context.close();
    await demo.close();
    await collector.stop();
    await rm(dir, { recursive: true, force: true });
  });

  return {
    page,
    context,
    problems,
    pageUrl: `${pageOrigin}/`,
    databaseFile,
    get collector() {
      return collector;
    },
    async stopCollector() {
      await collector.stop();
    },
    /** Starts the collector again on the same port and the same database file. */
    async restartCollector() {
      await collector.stop();
      collector = await startCollectorProcess(collectorOptions);
    },
    /** Rows in the collector's database file (a read-only connection of our own). */
    query(sql, ...params) {
      reader ??= new Database(databaseFile, { readonly: true, fileMustExist: true });
      return reader.prepare(sql).all(...params);
    },
    async groups() {
      const response = await fetch(`${collector.url}/api/groups`);
      return Object.fromEntries((await response.json()).map((group) => [group.value, group]));
    },
    /** The outbox in the page's localStorage (what waits to be sent). */
    outbox() {
      return page.evaluate(() => JSON.parse(localStorage.getItem('vt-outbox') ?? '[]'));
    },
  };
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROME,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * Polls until `check` returns a truthy value.
 * @template T
 * @param {() => T | Promise<T>} check
 * @param {{ timeout?: number, interval?: number, message?: string }} [options]
 * @returns {Promise<T>}
 */
export async function eventually(check, { timeout = 20_000, interval = 200, message = 'condition' } = {}) {
  const until = Date.now() + timeout;
  let last;
  for (;;) {
    last = await check();
    if (last) return last;
    if (Date.now() > until) throw new Error(`timed out after ${timeout} ms waiting for ${message} (last: ${JSON.stringify(last)})`);
    await new Promise((done) => setTimeout(done, interval));
  }
}

// Debian Chromium through playwright-core (see /work/shared/browsers.md), and one page measurement.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
const QUIET = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROME_PATH, args: ['--no-sandbox', '--disable-gpu', ...QUIET] });
}

/**
 * A Chromium in which a tab behind another tab is really `hidden`, as in a person's browser. Playwright
 * keeps every page it drives visible (it turns on focus emulation, and launches with
 * --disable-renderer-backgrounding and friends), so this browser is started by hand and attached with
 * `connectOverCDP({ noDefaults: true })`, whose default context gets none of those overrides.
 */
export async function launchTabbedBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'vt-bench-chromium-'));
  const child = spawn(
    CHROME_PATH,
    ['--headless', '--no-sandbox', '--disable-gpu', '--remote-debugging-port=0', `--user-data-dir=${profile}`, ...QUIET, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  try {
    const endpoint = await new Promise((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${output}`)), 30000);
      child.stderr.on('data', (data) => {
        output += data;
        const match = output.match(/DevTools listening on (ws:\/\/\S+)/);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.on('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${output}`)));
    });
    const browser = await chromium.connectOverCDP(endpoint, { noDefaults: true });
    const close = async () => {
      // browser.close() only disconnects from a browser it did not launch: ask Chromium itself to quit.
      await browser
        .newBrowserCDPSession()
        .then((session) => session.send('Browser.close'))
        .catch(() => {});
      await browser.close().catch(() => {});
      await stop(child);
      removeProfile(profile);
    };
    return { browser, context: browser.contexts()[0], close };
  } catch (error) {
    await stop(child);
    removeProfile(profile);
    throw error;
  }
}

const exited = (child) => child.exitCode !== null || child.signalCode !== null;

/** Waits up to 10 s for Chromium to quit by itself, then ends it. */
async function stop(child) {
  if (exited(child)) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  const late = setTimeout(() => child.kill(), 10000);
  await gone;
  clearTimeout(late);
}

/** Chromium's helpers may still write to the profile for a moment after it quits: retry, never fail. */
function removeProfile(profile) {
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  } catch (error) {
    console.warn(`    could not remove the temporary Chromium profile ${profile}: ${error.message}`);
  }
}

/**
 * The two profiles every page comparison can run in. `mobile` is Lighthouse's mobile preset as CDP
 * settings: the main thread slowed 4×, 150 ms latency added to every request, 1.6 Mbit/s down and
 * 750 kbit/s up, and a phone's screen (412 × 823 CSS px at 1.75 device pixels, touch).
 */
export const PROFILES = {
  desktop: { name: 'desktop', label: 'desktop, no throttling' },
  mobile: {
    name: 'mobile',
    label: '4× CPU slowdown, 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up',
    cpuSlowdown: 4,
    network: { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8) },
    context: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  },
};

/** Applies a profile's CPU and network throttling to a page's CDP session (before it navigates). */
export async function emulate(cdp, emulation) {
  if (emulation?.cpuSlowdown) await cdp.send('Emulation.setCPUThrottlingRate', { rate: emulation.cpuSlowdown });
  if (emulation?.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', emulation.network);
  }
}

export const metricsOf = async (cdp) =>
  Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value]));

/**
 * Loads `url` in a fresh browser context and waits for the page's `__benchDone`. Returns the page's
 * marks, the main thread's durations (Performance.getMetrics over the page's life so far, in ms: `main`
 * wall-clock, `cpu` thread CPU time) and,
 * after a forced garbage collection, the JS heap in use. `profile`: a CPU profile of the load as well.
 * `emulation`: one of PROFILES (its CPU and network throttling and screen).
 */
export async function measurePage(browser, url, { profile = false, timeout = 120000, emulation, after } = {}) {
  const context = await browser.newContext(emulation?.context ?? {});
  try {
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    // Two sessions: wall-clock task durations, and the main thread's CPU time (less disturbed when
    // other processes share the machine's cores).
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const cpu = await context.newCDPSession(page);
    await cpu.send('Performance.enable', { timeDomain: 'threadTicks' });
    await emulate(cdp, emulation);
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await page.goto(url, { timeout });
    const result = await page.evaluate(() => window.__benchDone);
    const cpuProfile = profile ? (await cdp.send('Profiler.stop')).profile : undefined;
    // `after(page)`: more to do on the loaded page (the 300-question survey's answers), once it loaded.
    const afterResult = after && !result?.error ? await after(page) : undefined;
    const metrics = await metricsOf(cdp);
    const cpuMetrics = await metricsOf(cpu);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await metricsOf(cdp)).JSHeapUsedSize;
    return {
      ...result,
      problems,
      heap,
      main: {
        task: metrics.TaskDuration * 1000,
        script: metrics.ScriptDuration * 1000,
        style: metrics.RecalcStyleDuration * 1000,
        layout: metrics.LayoutDuration * 1000,
      },
      cpu: {
        task: cpuMetrics.TaskDuration * 1000,
        script: cpuMetrics.ScriptDuration * 1000,
        compile: (cpuMetrics.V8CompileDuration ?? 0) * 1000,
        style: cpuMetrics.RecalcStyleDuration * 1000,
        layout: cpuMetrics.LayoutDuration * 1000,
      },
      cpuProfile,
      after: afterResult,
    };
  } finally {
    await context.close();
  }
}

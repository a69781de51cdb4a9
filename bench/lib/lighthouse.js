// Lighthouse (the npm package, its default mobile preset) on the demo page, served as `npm start` serves
// it: scripts/serve-demo.js with the CDN build under test, and the collector (in this process, on a
// temporary database) so that the page's requests to it succeed. Debian Chromium via chrome-launcher.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_PATH } from './browser.js';

const QUIET = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
const SCORED = new Set(['binary', 'numeric', 'metricSavings']);

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Runs Lighthouse `runs` times on the demo page (one Chromium, Lighthouse resets the origin's storage each
 * time); returns the run with the median performance score: its scores, metrics and flagged audits, and
 * every run's scores.
 */
export async function lighthouseDemo({ root, cdnDir, runs = 3 }) {
  const [{ default: lighthouse }, { launch }, { loadConfig }, { startCollector }, { startDemoServer }] = await Promise.all([
    import('lighthouse'),
    import('chrome-launcher'),
    import(join(root, 'collector/config.js')),
    import(join(root, 'collector/server.js')),
    import(join(root, 'scripts/serve-demo.js')),
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'vt-bench-lighthouse-'));
  const stops = [];
  try {
    const pagePort = await freePort();
    const collectorPort = await freePort();
    const config = loadConfig({
      PORT: String(collectorPort),
      HOST: '127.0.0.1',
      DATABASE_FILE: join(dir, 'demo.db'),
      ALLOWED_ORIGINS: `http://127.0.0.1:${pagePort},http://localhost:${pagePort}`,
      SURVEY_DEFINITIONS_DIR: join(root, 'demo', 'surveys'),
      LOG_LEVEL: 'silent',
      ADMIN_TOKEN: randomBytes(24).toString('hex'),
    });
    const collector = await startCollector(config, { print: () => {} });
    stops.push(() => collector.app.close());
    const demo = await startDemoServer({ port: pagePort, host: '127.0.0.1', cdnDir, collectorUrl: `http://127.0.0.1:${collector.port}` });
    stops.push(() => demo.close());
    const url = `http://127.0.0.1:${pagePort}/`;
    mkdirSync(join(dir, 'profile'));
    const chrome = await launch({
      chromePath: CHROME_PATH,
      chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', ...QUIET],
      userDataDir: join(dir, 'profile'),
      logLevel: 'silent',
    });
    stops.push(() => chrome.kill());
    const started = Date.now();
    const all = [];
    for (let run = 0; run < runs; run++) {
      const load = os.loadavg()[0];
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      all.push({ lhr: result.lhr, load });
    }
    const byScore = [...all].sort((a, b) => (a.lhr.categories.performance?.score ?? 0) - (b.lhr.categories.performance?.score ?? 0));
    const { lhr, load } = byScore[Math.floor((byScore.length - 1) / 2)];
    const categories = Object.values(lhr.categories).map((c) => ({ id: c.id, title: c.title, score: c.score }));
    const flagged = [];
    const seen = new Set();
    for (const category of Object.values(lhr.categories)) {
      for (const ref of category.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (!audit || seen.has(ref.id) || !SCORED.has(audit.scoreDisplayMode) || audit.score === null || audit.score >= 1) continue;
        if (METRICS.includes(ref.id)) continue;
        seen.add(ref.id);
        flagged.push({
          category: category.title,
          id: ref.id,
          title: audit.title,
          score: audit.score,
          kind: ref.id.endsWith('-insight') ? 'insight' : ref.group === 'diagnostics' ? 'diagnostic' : ref.group === 'hidden' ? 'metric, not in the score' : (ref.group ?? ''),
          displayValue: audit.displayValue,
        });
      }
    }
    return {
      url: url.replace(String(pagePort), '<port>'),
      version: lhr.lighthouseVersion,
      userAgent: lhr.environment?.hostUserAgent,
      benchmarkIndex: lhr.environment?.benchmarkIndex,
      formFactor: lhr.configSettings.formFactor,
      throttlingMethod: lhr.configSettings.throttlingMethod,
      throttling: lhr.configSettings.throttling,
      runtimeError: lhr.runtimeError?.message,
      warnings: lhr.runWarnings ?? [],
      categories,
      metrics: METRICS.filter((id) => lhr.audits[id]).map((id) => ({ id, title: lhr.audits[id].title, displayValue: lhr.audits[id].displayValue, score: lhr.audits[id].score })),
      flagged,
      longestChain: lhr.audits['critical-request-chains']?.details?.longestChain,
      seconds: (Date.now() - started) / 1000,
      load,
      runs: all.map((r) => ({
        load: r.load,
        scores: Object.values(r.lhr.categories).map((c) => c.score),
      })),
    };
  } finally {
    for (const stop of stops.reverse()) await Promise.resolve().then(stop).catch(() => {});
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
}

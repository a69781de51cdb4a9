// Where the first load of the 30-question survey goes: loads the bench's page (bench/lib/pages.js
// vtSurveyPage, or the floor) a few times in Debian Chromium, in the desktop or mobile profile, and prints
// for each load when every file was asked for and arrived, when the library ran and the survey became
// usable, and the main thread's CPU; then a CPU profile (or, TRACE=1, the trace events' time by name) of
// the last load. A tool for working on the first render, not part of `npm run bench`.
// Run: node bench/profile-load.js [desktop|mobile] [survey.js|vertaistuki.js|floor|inline] (CDN_DIR as in bench/run.js;
// HINTS=0: the entry's script line alone; LOADS: how many loads, 5; EXTRA_HEAD: more HTML in the head).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROFILES, emulate, launchBrowser, metricsOf } from './lib/browser.js';
import { floorSurveyPage, useSnippetsFrom, vtSurveyPage, vtSurveysPage } from './lib/pages.js';
import { summariseProfile } from './lib/profile.js';
import { startServer } from './lib/server.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CDN_DIR = process.env.CDN_DIR ? resolve(process.env.CDN_DIR) : join(ROOT, 'cdn');
const TRACE = process.env.TRACE === '1';
const LOADS = Number(process.env.LOADS) || 5;
const [profileName = 'desktop', file = 'survey.js'] = process.argv.slice(2);
const emulation = PROFILES[profileName];
// As bench/run.js loads it: the entry with its snippet's hints (cdn/snippets/); HINTS=0, the script line alone.
if (process.env.HINTS !== '0') useSnippetsFrom(CDN_DIR);
const definition = JSON.parse(readFileSync(join(ROOT, 'bench/fixtures/survey-30.json'), 'utf8'));
const html =
  file === 'floor' ? floorSurveyPage(definition) : file === 'inline' ? vtSurveysPage('survey.js', definition, 1) : vtSurveyPage(file, definition, process.env.EXTRA_HEAD ?? '');
const server = await startServer({ mounts: { '/cdn/': CDN_DIR }, pages: new Map([['/page.html', html]]) });
const browser = await launchBrowser();
const ms = (value) => (value === undefined ? '–' : value.toFixed(1));
try {
  for (let load = 1; load <= LOADS; load++) {
    const last = load === LOADS;
    const context = await browser.newContext(emulation.context ?? {});
    const page = await context.newPage();
    page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await emulate(cdp, emulation);
    const events = [];
    if (last && TRACE) {
      cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
      await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink,v8', transferMode: 'ReportEvents' });
    } else if (last) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    await page.goto(`${server.origin}/page.html`);
    const result = await page.evaluate(() => window.__benchDone);
    const cpu = await metricsOf(cdp);
    const files = result.resources.map((r) => `${r.name.replace(/^\/cdn\//, '')} ${ms(r.start)}→${ms(r.end)}`).join('; ');
    console.log(
      `load ${load}: start ${ms(result.nav.start)}, library ${ms(result.nav.library)}, usable ${ms(result.nav.usable)}, frame ${ms(result.nav.frame)}; ` +
        `CPU ${ms(cpu.TaskDuration * 1000)} (script ${ms(cpu.ScriptDuration * 1000)}, style ${ms(cpu.RecalcStyleDuration * 1000)}, layout ${ms(cpu.LayoutDuration * 1000)})\n  ${files}`,
    );
    if (last && TRACE) {
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await done;
      const totals = new Map();
      for (const e of events) if (e.ph === 'X' && e.dur) totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur / 1000);
      console.log(`   ${[...totals].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([n, t]) => `${n} ${t.toFixed(1)}`).join('\n   ')}`);
    } else if (last) {
      const { profile } = await cdp.send('Profiler.stop');
      const summary = summariseProfile(profile, { scriptUrlPart: '/cdn/', fileOf: (url) => join(CDN_DIR, new URL(url).pathname.replace(/^\/cdn\//, '')), top: 25 });
      for (const c of summary.categories.slice(0, 8)) console.log(`   ${c.name}: ${c.time.toFixed(1)}`);
      for (const f of summary.functions) console.log(`   ${f.self.toFixed(1)} ${f.name} ${f.code ?? ''}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

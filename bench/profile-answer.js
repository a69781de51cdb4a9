// Where one answer's time goes in the 300-question survey: loads it once in Debian Chromium, then for
// each kind of answer (clicks that hide and show later questions, a plain click, typed keys) prints the
// time to the next frame as `npm run bench` takes it (bench/lib/pages.js ANSWER_TIMING), the main
// thread's CPU (CDP Performance metrics in thread time), and either a CPU profile of the answer
// summarised by function or, with TRACE=1, the trace events' time by name (style, layout, paint, …).
// A tool for working on the renderer, not part of `npm run bench`.
// Run: node bench/profile-answer.js [question count, default 300] (CDN_DIR as in bench/run.js).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { definition } from './fixtures/generate.js';
import { launchBrowser, metricsOf } from './lib/browser.js';
import { ANSWER_TIMING, useSnippetsFrom, vtSurveyPage } from './lib/pages.js';
import { summariseProfile } from './lib/profile.js';
import { startServer } from './lib/server.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CDN_DIR = process.env.CDN_DIR ? resolve(process.env.CDN_DIR) : join(ROOT, 'cdn');
const TRACE = process.env.TRACE === '1';
const count = Number(process.argv[2]) || 300;
useSnippetsFrom(CDN_DIR);
const pages = new Map([['/survey.html', vtSurveyPage('survey.js', definition(count))]]);
const server = await startServer({ mounts: { '/cdn/': CDN_DIR }, pages });
const browser = await launchBrowser();
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await page.goto(`${server.origin}/survey.html`);
  const loaded = await page.evaluate(() => window.__benchDone);
  if (loaded.error) throw new Error(loaded.error);
  await page.evaluate(ANSWER_TIMING);
  const questions = page.locator('vt-survey [part~="question"]');
  const rating = questions.nth(0).locator('input[type="radio"]');
  const text = questions.nth(4).locator('input, textarea').first();
  const nextFrame = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const measure = async (label, act) => {
    await nextFrame();
    const answered = await page.evaluate(() => window.__answers.length);
    const before = await metricsOf(cdp);
    events.length = 0;
    if (TRACE) await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink', transferMode: 'ReportEvents' });
    else await cdp.send('Profiler.start');
    await act();
    await page.waitForFunction((n) => window.__answers.length > n, answered);
    let profile;
    if (TRACE) {
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await done;
    } else profile = (await cdp.send('Profiler.stop')).profile;
    const after = await metricsOf(cdp);
    const d = (name) => ((after[name] - before[name]) * 1000).toFixed(1);
    const timed = await page.evaluate(() => window.__answers.at(-1));
    console.log(
      `\n== ${label}: next frame ${timed.ms.toFixed(1)} ms (handled ${timed.handled.toFixed(1)}); CPU: task ${d('TaskDuration')}, script ${d('ScriptDuration')}, ` +
        `style ${d('RecalcStyleDuration')} (${after.RecalcStyleCount - before.RecalcStyleCount}x), layout ${d('LayoutDuration')} (${after.LayoutCount - before.LayoutCount}x)`,
    );
    if (TRACE) {
      const totals = new Map();
      for (const e of events) if (e.ph === 'X' && e.dur) totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur / 1000);
      console.log(`   ${[...totals].sort((a, b) => b[1] - a[1]).slice(0, 24).map(([n, t]) => `${n} ${t.toFixed(1)}`).join('\n   ')}`);
      return;
    }
    const summary = summariseProfile(profile, { scriptUrlPart: '/cdn/', fileOf: (url) => join(CDN_DIR, new URL(url).pathname.replace(/^\/cdn\//, '')) });
    for (const c of summary.categories.slice(0, 6)) console.log(`   ${c.name}: ${c.time.toFixed(1)}`);
    for (const f of summary.functions.slice(0, 12)) console.log(`   ${f.self.toFixed(1)} ${f.name} ${f.code ?? ''}`);
  };
  await measure('click, hides 5 questions (rating 1)', () => rating.nth(0).click());
  await measure('click, shows them again (rating 4)', () => rating.nth(3).click());
  await measure('plain click (rating 5)', () => rating.nth(4).click());
  await text.click();
  await measure('typed key', () => page.keyboard.press('a'));
  await measure('typed key', () => page.keyboard.press('b'));
} finally {
  await browser.close();
  await server.close();
}

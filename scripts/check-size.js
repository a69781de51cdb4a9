// Gzipped size guards for the CDN files: what a partner page downloads at once, as
// scripts/lib/page-files.js counts it (the entry, its imports and one language's chunks, each gzipped on
// its own), in its dearest language. Lazy chunks that only some pages fetch (the delivery loop when a
// submission still waits, the survey's definition checker) are counted and shown apart.
// These are regression guards, not goals: what users feel is time (`npm run bench`). A feature that
// would break one goes into a lazy chunk that only the pages using it load.
import { existsSync, readdirSync } from 'node:fs';
import { dearestPage, gzipSize, gzipTotal, pageFiles } from './lib/page-files.js';

const KB = 1024;
const BUNDLE = 'vertaistuki.js';
// Every element with Lit and the shared core, in one file; the survey on its own. Both moved on 2026-12-07
// (40 and 25 KB before), when issues 18 and 19 made the survey run most real SurveyJS surveys: every
// feature's bulk is a lazy chunk, but the wiring they plug into is read by every survey page
// (docs/performance-budget.md). Still a regression guard, about 0.5 KB above the figures measured (43.5
// and 27.5 KB on 2026-12-07, once an email input's check was built in: a survey with an email field no
// longer fetches the validators' chunk, one request less before it shows).
const budgets = { [BUNDLE]: 44 * KB, 'survey.js': 28 * KB };
// One element's own file (cdn/survey.js, …), with its own copy of Lit and the core.
const ELEMENT_BUDGET = 25 * KB;
// Another build's folder (`node scripts/check-size.js /tmp/other/cdn`), for a look at an experiment.
const DIR = process.argv[2] ?? 'cdn';

if (!existsSync(`${DIR}/${BUNDLE}`)) {
  console.error(`check-size: ${DIR}/${BUNDLE} is missing. Run npm run build first.`);
  process.exit(1);
}

const kb = (bytes) => (bytes / KB).toFixed(1);
const rows = readdirSync(DIR)
  .filter((name) => name.endsWith('.js'))
  .sort((a, b) => (a === BUNDLE ? -1 : b === BUNDLE ? 1 : a.localeCompare(b)))
  .map((name) => {
    const entry = `${DIR}/${name}`;
    const dearest = dearestPage(entry);
    const queued = gzipTotal(pageFiles(entry, dearest.locale, { queued: true }));
    const rejected = gzipTotal(pageFiles(entry, dearest.locale, { rejected: true }));
    const features = gzipTotal(pageFiles(entry, dearest.locale, { features: true }));
    const budget = budgets[name] ?? ELEMENT_BUDGET;
    return { file: entry, entry: gzipSize(entry), ...dearest, queued, rejected, features, budget, over: dearest.gzip > budget };
  });

const table = [
  ['file', 'entry gzip KB', 'page gzip KB', 'files', 'budget KB', '', 'with queued delivery KB', 'with rejected definition KB', 'with every feature chunk KB'],
  ...rows.map((r) => [
    r.file,
    kb(r.entry),
    `${kb(r.gzip)} (${r.locale})`,
    String(r.files.length),
    kb(r.budget),
    r.over ? 'OVER' : 'ok',
    r.queued > r.gzip ? kb(r.queued) : '',
    r.rejected > r.gzip ? kb(r.rejected) : '',
    r.features > r.gzip ? kb(r.features) : '',
  ]),
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
for (const row of table) {
  console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd());
}
console.log('page: the entry, its imports and one language’s chunks, each gzipped (-9); the dearest language shown.');
console.log('with queued delivery: the same page on a visit when this browser still has a submission waiting.');
console.log('with rejected definition: a survey page whose definition has errors, listed for the editor.');
console.log('with every feature chunk: a page whose definition uses every lazily loaded feature (html questions, …).');

const over = rows.filter((r) => r.over);
if (over.length > 0) {
  for (const r of over) {
    console.error(
      `check-size: a page using ${r.file} in ${r.locale} downloads ${r.gzip} bytes gzipped (${r.files.join(', ')}), ` +
        `over its budget of ${r.budget} bytes by ${r.gzip - r.budget}.`,
    );
  }
  process.exit(1);
}

// Gzipped size budget for the CDN bundles: what a partner page actually downloads.
//
// An entry (cdn/vertaistuki.js, cdn/<element>.js) loads its static imports at once and its language
// chunks (cdn/chunks/fi-*.js, sv-*, en-*) when a page shows that language. So a page's cost is the entry,
// everything it imports, and the chunks of one language: each file gzipped on its own, as a server sends
// it. The budget holds for the dearest language.
//
// One chunk is left out of that sum and shown apart: the delivery loop (retries of what waits in the
// outbox). Every element fetches it only when a submission waits: one queued on an earlier visit, or one
// just queued because a send failed (src/core/resume.ts); a page where every send goes through never
// asks for it. Only a lazy import of it is left out: a static one would be paid on every page.
//
// The survey's definition checker (src/survey/definition.ts, chunks/definition-*.js) is shown apart the
// same way: the survey reads every definition with a fast pass and fetches the checker, which names
// each problem for the page editor, only when that pass rejects the definition.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const BUNDLE = 'vertaistuki.js';
const budgets = { [BUNDLE]: 30 * KB };
const ELEMENT_BUDGET = 15 * KB;
const LOCALES = ['fi', 'sv', 'en'];
// Another build's folder (`node scripts/check-size.js build/preview/cdn`), for a look at the unreleased.
const DIR = process.argv[2] ?? 'cdn';

if (!existsSync(`${DIR}/${BUNDLE}`)) {
  console.error(`check-size: ${DIR}/${BUNDLE} is missing. Run npm run build first.`);
  process.exit(1);
}

const gzipped = new Map();
function gzipSize(file) {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
  return gzipped.get(file);
}

/** The chunk's language, from its name (`chunks/sv-Ab12.js` → sv), or undefined for shared code. */
function localeOf(file) {
  return LOCALES.find((locale) => file.split('/').pop().startsWith(`${locale}-`));
}

/** Fetched only when the outbox has something waiting: not part of a page's usual cost. */
function onlyWhenQueued(file) {
  return file.split('/').pop().startsWith('delivery-');
}

/** Fetched only when a survey's definition is rejected: for the editor's list of problems. */
function onlyWhenRejected(file) {
  return file.split('/').pop().startsWith('definition-');
}

/** Relative module specifiers in minified output: `import"./x.js"`, `from"./x.js"`, `import("./x.js")`. */
function importsOf(file) {
  const code = readFileSync(file, 'utf8');
  const resolve = (specifier) => normalize(join(dirname(file), specifier));
  return {
    static: [...code.matchAll(/(?:\bimport|\bfrom)\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) => resolve(m[1])),
    dynamic: [...code.matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)].map((m) => resolve(m[1])),
  };
}

/**
 * Every file a page showing `locale` downloads for `entry` (with `queued`: when something waits, too;
 * with `rejected`: when a survey definition is rejected). The delivery loop and the definition checker
 * are left out only where they are imported lazily: a static import is paid always.
 */
function filesFor(entry, locale, queued = false, rejected = false) {
  const files = new Set();
  const visit = (file, lazily) => {
    if (files.has(file)) return;
    const chunkLocale = localeOf(file);
    if (chunkLocale && chunkLocale !== locale) return;
    if (!queued && lazily && onlyWhenQueued(file)) return;
    if (!rejected && lazily && onlyWhenRejected(file)) return;
    files.add(file);
    const { static: direct, dynamic } = importsOf(file);
    for (const next of direct) visit(next, false);
    for (const next of dynamic) visit(next, true);
  };
  visit(entry, false);
  return [...files];
}

const kb = (bytes) => (bytes / KB).toFixed(1);
const rows = readdirSync(DIR)
  .filter((name) => name.endsWith('.js'))
  .sort((a, b) => (a === BUNDLE ? -1 : b === BUNDLE ? 1 : a.localeCompare(b)))
  .map((name) => {
    const entry = `${DIR}/${name}`;
    const costs = LOCALES.map((locale) => {
      const files = filesFor(entry, locale);
      return { locale, files, gzip: files.reduce((sum, file) => sum + gzipSize(file), 0) };
    });
    const dearest = costs.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    const queued = filesFor(entry, dearest.locale, true).reduce((sum, file) => sum + gzipSize(file), 0);
    const rejected = filesFor(entry, dearest.locale, false, true).reduce((sum, file) => sum + gzipSize(file), 0);
    const budget = budgets[name] ?? ELEMENT_BUDGET;
    return { file: entry, entry: gzipSize(entry), ...dearest, queued, rejected, budget, over: dearest.gzip > budget };
  });

const table = [
  ['file', 'entry gzip KB', 'page gzip KB', 'files', 'budget KB', '', 'with queued delivery KB', 'with rejected definition KB'],
  ...rows.map((r) => [
    r.file,
    kb(r.entry),
    `${kb(r.gzip)} (${r.locale})`,
    String(r.files.length),
    kb(r.budget),
    r.over ? 'OVER' : 'ok',
    r.queued > r.gzip ? kb(r.queued) : '',
    r.rejected > r.gzip ? kb(r.rejected) : '',
  ]),
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
for (const row of table) {
  console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd());
}
console.log('page: the entry, its imports and one language’s chunks, each gzipped (-9); the dearest language shown.');
console.log('with queued delivery: the same page on a visit when this browser still has a submission waiting.');
console.log('with rejected definition: a survey page whose definition has errors, listed for the editor.');

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

// What a partner page downloads for one CDN entry: the rule scripts/check-size.js enforces and the
// benchmarks (bench/lib/sizes.js) report, in one place.
//
// An entry (cdn/vertaistuki.js, cdn/<element>.js) loads its static imports at once and its language
// chunks (cdn/chunks/fi-*.js, sv-*, en-*) when a page shows that language. So a page's cost is the entry,
// everything it imports, and the chunks of one language: each file gzipped on its own, as a server sends
// it.
//
// Two lazily imported chunks are left out of that sum and counted apart: the delivery loop (retries of
// what waits in the outbox), which every element fetches only when a submission waits (one queued on an
// earlier visit, or one just queued because a send failed: src/core/delivery/resume.ts, chunks/delivery-loop-*.js), and the survey's
// definition checker (chunks/definition-*.js), which the survey fetches only when its fast pass rejects a
// definition. A static import of either is paid on every page, so only a lazy one is left out.
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export const LOCALES = ['fi', 'sv', 'en'];

const gzipped = new Map();
/** The file's size gzipped with -9, as a server sends it. */
export function gzipSize(file) {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
  return gzipped.get(file);
}

/** The chunk's language, from its name (`chunks/sv-Ab12.js` → sv), or undefined for shared code. */
function localeOf(file) {
  return LOCALES.find((locale) => file.split('/').pop().startsWith(`${locale}-`));
}

const onlyWhenQueued = (file) => file.split('/').pop().startsWith('delivery-');
const onlyWhenRejected = (file) => file.split('/').pop().startsWith('definition-');

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
 * Every file a page showing `locale` downloads for `entry`; with `queued`, also when a submission waits,
 * with `rejected`, also when a survey definition is rejected.
 */
export function pageFiles(entry, locale, { queued = false, rejected = false } = {}) {
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

/** The gzipped bytes of `files`, together. */
export const gzipTotal = (files) => files.reduce((sum, file) => sum + gzipSize(file), 0);

/** The page of the dearest language: `{ locale, files, gzip }`. */
export function dearestPage(entry) {
  return LOCALES.map((locale) => {
    const files = pageFiles(entry, locale);
    return { locale, files, gzip: gzipTotal(files) };
  }).reduce((a, b) => (b.gzip > a.gzip ? b : a));
}

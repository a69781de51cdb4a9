// What a partner page downloads for one CDN entry: the rule scripts/check-size.js enforces and the
// benchmarks (bench/lib/sizes.js) report, in one place.
//
// An entry (cdn/vertaistuki.js, cdn/<element>.js) fetches the main chunk (chunks/main-*.js) and the
// chunks of the page's language (chunks/fi-*.js, sv-*, en-*: texts, and a preset survey's questionnaire).
// So a page's cost is the entry, the main chunk and whatever it imports statically, and the chunks of
// one language: each file gzipped on its own, as a server sends it.
//
// Lazily imported chunks that only some pages fetch are left out of that sum and counted apart:
// - the delivery loop (chunks/delivery-loop-*.js: retries of what waits in the outbox), which every
//   element fetches only when a submission waits (src/core/delivery/resume.ts);
// - the survey's definition checker (chunks/definition-*.js), fetched only when the fast pass rejects a
//   definition;
// - feature chunks: any other lazily imported chunk, such as a question family only some definitions
//   use (the survey's html questions, chunks/html-*.js), fetched only by a page whose definition needs it.
// A static import of any of them is paid on every page, so only a lazy one is left out.
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

const nameOf = (file) => file.split('/').pop();
const isMain = (file) => nameOf(file).startsWith('main-');
const onlyWhenQueued = (file) => nameOf(file).startsWith('delivery-');
const onlyWhenRejected = (file) => nameOf(file).startsWith('definition-');
/** A lazily imported chunk of a feature only some pages use (not main, a language, the loop or the checker). */
const onlyForFeatures = (file) => !isMain(file) && !localeOf(file) && !onlyWhenQueued(file) && !onlyWhenRejected(file);

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
 * with `rejected`, also when a survey definition is rejected, with `features`, also every feature chunk.
 */
export function pageFiles(entry, locale, { queued = false, rejected = false, features = false } = {}) {
  const files = new Set();
  const visit = (file, lazily) => {
    if (files.has(file)) return;
    const chunkLocale = localeOf(file);
    if (chunkLocale && chunkLocale !== locale) return;
    if (!queued && lazily && onlyWhenQueued(file)) return;
    if (!rejected && lazily && onlyWhenRejected(file)) return;
    if (!features && lazily && onlyForFeatures(file)) return;
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

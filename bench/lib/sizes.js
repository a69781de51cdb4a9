// Gzipped bytes (gzip -9, node zlib), each file on its own as a server sends it. For a CDN entry, also
// what a page downloads: the entry, its static and dynamic relative imports, and one language's chunks
// (`chunks/fi-*.js`), the same rule as scripts/check-size.js; the dearest language is reported.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const LOCALES = ['fi', 'sv', 'en'];

export function gzipBytes(file) {
  const raw = readFileSync(file);
  return { raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
}

const localeOf = (file) => LOCALES.find((locale) => file.split('/').pop().startsWith(`${locale}-`));

function importsOf(file) {
  const code = readFileSync(file, 'utf8');
  const resolve = (specifier) => normalize(join(dirname(file), specifier));
  return [...code.matchAll(/(?:\bimport|\bfrom)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) => resolve(m[1]));
}

function filesFor(entry, locale) {
  const files = new Set();
  const visit = (file) => {
    if (files.has(file) || !existsSync(file)) return;
    const chunkLocale = localeOf(file);
    if (chunkLocale && chunkLocale !== locale) return;
    files.add(file);
    for (const next of importsOf(file)) visit(next);
  };
  visit(entry);
  return [...files];
}

/** `{ entry: {raw, gzip}, page: {gzip, raw, locale, files} }` for one CDN entry file. */
export function cdnEntrySize(entry) {
  const pages = LOCALES.map((locale) => {
    const files = filesFor(entry, locale);
    const sizes = files.map(gzipBytes);
    return {
      locale,
      files: files.map((file) => relative(dirname(entry), file)),
      gzip: sizes.reduce((sum, s) => sum + s.gzip, 0),
      raw: sizes.reduce((sum, s) => sum + s.raw, 0),
    };
  });
  return { entry: gzipBytes(entry), page: pages.reduce((a, b) => (b.gzip > a.gzip ? b : a)) };
}

// Gzipped bytes (gzip -9, node zlib), each file on its own as a server sends it. For a CDN entry, also
// what a page downloads, by the rule scripts/check-size.js enforces (scripts/lib/page-files.js): the
// entry, its imports and one language's chunks, without the chunks fetched only when a submission waits
// or a survey definition is rejected; the dearest language is reported.
import { readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { dearestPage } from '../../scripts/lib/page-files.js';

export function gzipBytes(file) {
  const raw = readFileSync(file);
  return { raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
}

/** `{ entry: {raw, gzip}, page: {gzip, raw, locale, files} }` for one CDN entry file. */
export function cdnEntrySize(entry) {
  const { locale, files, gzip } = dearestPage(entry);
  return {
    entry: gzipBytes(entry),
    page: {
      locale,
      files: files.map((file) => relative(dirname(entry), file)),
      gzip,
      raw: files.reduce((sum, file) => sum + readFileSync(file).length, 0),
    },
  };
}

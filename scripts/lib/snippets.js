// Reads the snippets the CDN build writes (cdn/snippets/<entry>.html, rollup.config.js `snippets`): blocks
// separated by a blank line, each headed by a comment naming it (`fi`, or for a survey
// `fi, a survey with its own definition` and `fi, the preset survey`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The blocks of a snippet file's text, by their titles. */
export function snippetBlocks(text) {
  const blocks = new Map();
  for (const part of text.split('\n\n')) {
    const match = /^<!-- ([^\n]*?) -->\n([\s\S]*)$/.exec(part.trim());
    if (match) blocks.set(match[1], match[2]);
  }
  return blocks;
}

/**
 * The lines `entry` (such as `survey.js`) is pasted with on a page in `language`, with /assets/ as
 * `prefix` (where cdn/ is served): the block for a survey with its own definition, or with `preset` the
 * preset survey's, where the entry has a survey; `undefined` when the build wrote none.
 */
export function snippetFor(cdnDir, entry, { language = 'fi', preset = false, prefix = '/cdn/' } = {}) {
  let text;
  try {
    text = readFileSync(join(cdnDir, 'snippets', entry.replace(/\.js$/, '.html')), 'utf8');
  } catch {
    return undefined;
  }
  const blocks = snippetBlocks(text);
  const block = blocks.get(`${language}, ${preset ? 'the preset survey' : 'a survey with its own definition'}`) ?? blocks.get(language);
  return block?.replaceAll('/assets/', prefix);
}

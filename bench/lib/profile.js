// Summarises a CDP CPU profile: self time by where it was spent, and the costliest functions of one
// script. Minified names say little, so each function comes with the first characters of its code.
import { readFileSync } from 'node:fs';

/** Self time (ms) per profile node id. */
function selfTimes(profile) {
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  return self;
}

/**
 * `scriptUrlPart`: what the URLs of "our" scripts hold (e.g. `/cdn/`: the entry and the chunks it loads);
 * `fileOf(url)`: one such script's path on disk, to quote the code at each function. Built-ins (no URL)
 * count for the script that called them.
 */
export function summariseProfile(profile, { scriptUrlPart, fileOf, top = 12 }) {
  const self = selfTimes(profile);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  /** The code of `url` and where its lines start, read once. */
  const sources = new Map();
  const sourceOf = (url) => {
    if (!sources.has(url)) {
      let text = '';
      try {
        text = readFileSync(fileOf(url), 'utf8');
      } catch {
        // A script we cannot find on disk: its functions are listed without their code.
      }
      const lineStarts = [0];
      for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
      sources.set(url, { text, lineStarts });
    }
    return sources.get(url);
  };

  /** Whose code a sample belongs to: the nearest frame (itself or a caller) that has a script URL. */
  const ownerOf = (node) => {
    for (let id = node.id; id !== undefined; id = parentOf.get(id)) {
      const frame = byId.get(id).callFrame;
      if (frame.url) return frame.url;
      // playwright's injected helper (page.evaluate) has no URL; its work is the harness's, not the page's
      if (frame.functionName === 'UtilityScript') return 'playwright';
    }
    return undefined;
  };
  const categoryOf = (url) =>
    url === 'playwright'
      ? 'playwright (the harness)'
      : url.includes(scriptUrlPart)
        ? 'our script'
        : url.includes('/surveyjs/')
          ? 'SurveyJS'
          : 'the page itself (harness)';

  const byCategory = new Map();
  const byFunction = new Map();
  const add = (map, key, time, make) => {
    const entry = map.get(key) ?? make();
    entry.self += time;
    map.set(key, entry);
  };
  for (const node of profile.nodes) {
    const time = self.get(node.id) ?? 0;
    if (!time) continue;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const owner = ownerOf(node);
    let category;
    if (!owner) category = functionName.startsWith('(') ? functionName : 'browser built-ins, no script';
    else category = `${categoryOf(owner)}${url ? '' : ', built-ins it calls'}`;
    add(byCategory, category, time, () => ({ self: 0 }));
    if (owner && categoryOf(owner) === 'our script') {
      if (url) {
        add(byFunction, `${functionName}@${url}:${lineNumber}:${columnNumber}`, time, () => ({
          name: functionName || '(anonymous)',
          url,
          lineNumber,
          columnNumber,
          self: 0,
        }));
      } else {
        add(byFunction, `native ${functionName}`, time, () => ({ name: `${functionName} (built-in, called by our script)`, self: 0 }));
      }
    }
  }
  const functions = [...byFunction.values()]
    .sort((a, b) => b.self - a.self)
    .slice(0, top)
    .map((entry) => {
      if (entry.lineNumber === undefined) return entry;
      const { text, lineStarts } = sourceOf(entry.url);
      if (!text) return entry;
      const at = (lineStarts[entry.lineNumber] ?? 0) + entry.columnNumber;
      return { ...entry, code: text.slice(at, at + 90).replace(/\s+/g, ' ') };
    });
  const total = [...byCategory.values()].reduce((a, b) => a + b.self, 0);
  return {
    total,
    categories: [...byCategory].sort((a, b) => b[1].self - a[1].self).map(([name, { self: time }]) => ({ name, time })),
    functions,
  };
}

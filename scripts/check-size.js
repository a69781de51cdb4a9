// Gzipped size budget for the CDN bundles: what a partner page actually downloads.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const BUNDLE = 'vertaistuki.js';
const budgets = { [BUNDLE]: 30 * KB };
const ELEMENT_BUDGET = 15 * KB;

if (!existsSync(`cdn/${BUNDLE}`)) {
  console.error(`check-size: cdn/${BUNDLE} is missing. Run npm run build first.`);
  process.exit(1);
}

const kb = (bytes) => (bytes / KB).toFixed(1);
const rows = readdirSync('cdn')
  .filter((name) => name.endsWith('.js'))
  .sort((a, b) => (a === BUNDLE ? -1 : b === BUNDLE ? 1 : a.localeCompare(b)))
  .map((name) => {
    const raw = readFileSync(`cdn/${name}`);
    const gzip = gzipSync(raw, { level: 9 }).length;
    const budget = budgets[name] ?? ELEMENT_BUDGET;
    return { file: `cdn/${name}`, raw: raw.length, gzip, budget, over: gzip > budget };
  });

const table = [
  ['file', 'raw KB', 'gzip KB', 'budget KB', ''],
  ...rows.map((r) => [r.file, kb(r.raw), kb(r.gzip), kb(r.budget), r.over ? 'OVER' : 'ok']),
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
for (const row of table) {
  console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd());
}

const over = rows.filter((r) => r.over);
if (over.length > 0) {
  for (const r of over) {
    console.error(`check-size: ${r.file} is ${r.gzip} bytes gzipped, over its budget of ${r.budget} bytes by ${r.gzip - r.budget}.`);
  }
  process.exit(1);
}

// Removes build output so a renamed or deleted module never lingers: dist/ and cdn/ by default, or the
// folders named on the command line (`node scripts/clean.js build/preview`).
import { rm } from 'node:fs/promises';

const folders = process.argv.length > 2 ? process.argv.slice(2) : ['dist', 'cdn'];
await Promise.all(folders.map((dir) => rm(new URL(`../${dir}`, import.meta.url), { recursive: true, force: true })));

// Stages the package as it will be released once every element ships, for the React and Vue apps'
// tests (test/examples/react.test.js, vue.test.js), which use all five elements. `node
// scripts/stage-package.js [folder]` (default build/staged-package) copies into the folder what
// `npm run build` and `npm pack` read, makes there the edits that ship an element (its entry in
// package.json's exports, its import in src/all.ts, its class in src/index.ts), and runs `npm run build`
// there with VT_SHIP_ALL=1 (rollup.config.js: no element left out). `PACK_DIR=<folder>` then packs that.
// The repository's own files, dist/ and cdn/ are not touched.
//
// Once every element ships (rollup.config.js's `unreleased` empty), this stages the release unchanged:
// delete this script and VT_SHIP_ALL, and let test:frameworks pack the repository itself.
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import process from 'node:process';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const stage = resolve(process.argv[2] ?? join(root, 'build', 'staged-package'));
// The folder is emptied first: outside the repository or under its build/, never over its own files.
const within = (folder, path) => !relative(folder, path).startsWith('..') && !isAbsolute(relative(folder, path));
if (within(stage, root) || (within(root, stage) && !within(join(root, 'build'), stage)) || stage === join(root, 'build')) {
  console.error(`stage-package: ${stage} holds or is part of the repository; name a folder under build/ or outside it.`);
  process.exit(1);
}

const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
// Built into the package by `npm run build`, so not copied: it starts from nothing, like a fresh clone.
const built = new Set(['dist', 'cdn']);
const published = pkg.files.map((file) => file.replace(/\/$/, '')).filter((file) => !built.has(file));
const buildInputs = ['src', 'rollup.config.js', 'tsconfig.json', 'tsconfig.build.json', 'scripts/clean.js'];

await rm(stage, { recursive: true, force: true });
await mkdir(stage, { recursive: true });
for (const path of [...published, ...buildInputs]) {
  await cp(join(root, path), join(stage, path), { recursive: true });
}
// The build's tools and Lit, as in the repository.
await symlink(join(root, 'node_modules'), join(stage, 'node_modules'), 'dir');

// Every folder of src/ with a define.ts is an element (core/define.ts is the define guard itself).
const elements = (await readdir(join(stage, 'src'), { withFileTypes: true }))
  .filter((entry) => entry.isDirectory() && entry.name !== 'core' && existsSync(join(stage, 'src', entry.name, 'define.ts')))
  .map((entry) => entry.name)
  .sort();

const staged = [];
for (const name of elements) {
  const edits = [shipExport(name), await shipDefine(name), await shipClass(name)].filter(Boolean);
  if (edits.length) staged.push(`${name} (${edits.join(', ')})`);
}
await writeFile(join(stage, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);

/** package.json: `"./<name>.js"` beside the other elements' entries, in name order. */
function shipExport(name) {
  const entry = `./${name}.js`;
  if (pkg.exports[entry]) return undefined;
  const keys = Object.keys(pkg.exports);
  const isElement = (key) => /^\.\/dist\/[^/]+\/define\.js$/.test(pkg.exports[key]?.default ?? '');
  const after = keys.findIndex((key) => isElement(key) && key > entry);
  const last = keys.findLastIndex(isElement);
  keys.splice(after >= 0 ? after : last >= 0 ? last + 1 : keys.length, 0, entry);
  const exports = { ...pkg.exports, [entry]: { types: `./dist/${name}/define.d.ts`, default: `./dist/${name}/define.js` } };
  pkg.exports = Object.fromEntries(keys.map((key) => [key, exports[key]]));
  return `exports["${entry}"]`;
}

/** src/all.ts: `import './<name>/define.js';` among the others, in name order. */
async function shipDefine(name) {
  const file = join(stage, 'src', 'all.ts');
  const lines = (await readFile(file, 'utf8')).split('\n');
  const line = `import './${name}/define.js';`;
  if (lines.includes(line)) return undefined;
  const imports = lines.flatMap((text, index) => (/^import '\.\/[^/]+\/define\.js';$/.test(text) ? [index] : []));
  const after = imports.find((index) => lines[index] > line);
  lines.splice(after ?? (imports.at(-1) ?? lines.length - 1) + 1, 0, line);
  await writeFile(file, lines.join('\n'));
  return 'all.ts';
}

/** src/index.ts: the class that the element's define.ts registers, exported from its module. */
async function shipClass(name) {
  const define = await readFile(join(stage, 'src', name, 'define.ts'), 'utf8');
  const [, className, module] = define.match(/^import \{ (\w+) \} from '\.\/([\w-]+\.js)';$/m) ?? [];
  if (!className) throw new Error(`stage-package: src/${name}/define.ts imports no class to export`);
  const file = join(stage, 'src', 'index.ts');
  const lines = (await readFile(file, 'utf8')).split('\n');
  if (lines.some((text) => new RegExp(`^export \\{[^}]*\\b${className}\\b`).test(text))) return undefined;
  const from = `./${name}/${module}`;
  const fromOf = (text) => text.match(/^export (?:type )?\{.*\} from '([^']+)';$/)?.[1];
  const exports = lines.flatMap((text, index) => (fromOf(text) ? [index] : []));
  const after = exports.find((index) => fromOf(lines[index]) > from);
  lines.splice(after ?? (exports.at(-1) ?? lines.length - 1) + 1, 0, `export { ${className} } from '${from}';`);
  await writeFile(file, lines.join('\n'));
  return `index.ts ${className}`;
}

// The release build, run in the copy; VT_PREVIEW and VT_CDN_DIR would send its output elsewhere.
const env = { ...process.env, VT_SHIP_ALL: '1' };
delete env.VT_PREVIEW;
delete env.VT_CDN_DIR;
try {
  await run('npm', ['run', 'build'], { cwd: stage, env, maxBuffer: 64 * 1024 * 1024 });
} catch (error) {
  console.error(error.stdout, error.stderr);
  throw new Error(`stage-package: npm run build failed in ${stage}`);
}

const missing = elements.filter((name) => !existsSync(join(stage, 'dist', name, 'define.js')) || !existsSync(join(stage, 'cdn', `${name}.js`)));
if (missing.length) throw new Error(`stage-package: the staged build has no files for ${missing.join(', ')}`);

const shown = within(root, stage) ? relative(root, stage) : stage;
console.log(
  staged.length
    ? `stage-package: ${shown} holds the package with every element; staged here: ${staged.join('; ')}.`
    : `stage-package: every element ships, so ${shown} is the release as it is: this script can go (see its opening comment).`,
);

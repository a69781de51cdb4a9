// Checks that the committed custom-elements.json matches the source, and that the VERSION the elements
// report (src/core/version.ts) is the one in package.json.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

const require = createRequire(import.meta.url);
const failures = [];

// 1. VERSION
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const versionSource = readFileSync('src/core/version.ts', 'utf8');
const version = versionSource.match(/export const VERSION = ['"]([^'"]+)['"]/)?.[1];
if (version !== pkg.version) {
  failures.push(`src/core/version.ts has VERSION ${version ?? '(not found)'}, package.json has ${pkg.version}: make them equal.`);
}

// 2. The manifest, regenerated into a temporary directory and compared byte for byte.
const cem = join(dirname(require.resolve('@custom-elements-manifest/analyzer/package.json')), 'cem.js');
const outdir = mkdtempSync(join(tmpdir(), 'vt-manifest-'));
try {
  // The analyzer joins --outdir onto the working directory, so it must be relative.
  execFileSync(process.execPath, [cem, 'analyze', '--quiet', '--outdir', relative(process.cwd(), outdir)], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
  let committed = null;
  try {
    committed = readFileSync('custom-elements.json', 'utf8');
  } catch {
    // Reported below as stale.
  }
  if (fresh !== committed) {
    const freshLines = fresh.split('\n');
    const committedLines = (committed ?? '').split('\n');
    const line = freshLines.findIndex((text, i) => text !== committedLines[i]);
    failures.push(
      'custom-elements.json is stale: run npm run analyze and commit it' +
        (committed === null ? ' (the file is missing).' : ` (first difference at line ${line + 1}).`),
    );
  }
} finally {
  rmSync(outdir, { recursive: true, force: true });
}

if (failures.length > 0) {
  for (const failure of failures) console.error(`check-manifest: ${failure}`);
  process.exit(1);
}
console.log(`check-manifest: custom-elements.json is up to date; VERSION ${version} matches package.json.`);

// The package as npm will publish it: packs the built repository into a temporary folder and runs
// publint and Are the Types Wrong (profile esm-only: the package is ESM only) on that tarball, so what
// they check is what a user installs. Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const folder = mkdtempSync(join(tmpdir(), 'vt-pack-'));
const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });
try {
  // The build is already there (npm test builds first): no prepack build again.
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', folder], { encoding: 'utf8' }),
  );
  const tarball = join(folder, packed[0].filename);
  console.log(`check-package: ${packed[0].filename}, ${packed[0].entryCount} files`);
  run('npx', ['--no-install', 'publint', 'run', tarball, '--strict']);
  run('npx', ['--no-install', 'attw', tarball, '--profile', 'esm-only', '--no-emoji', '--no-color']);
} catch (error) {
  console.error(`check-package: the packed package has problems (above).${error.status ? '' : ` ${error.message}`}`);
  process.exitCode = 1;
} finally {
  rmSync(folder, { recursive: true, force: true });
}

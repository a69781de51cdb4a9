// A consumer app as a partner's developer has it: the package installed from the tarball `npm pack`
// makes, its other dependencies taken from this repo's node_modules (no network).
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rename, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './server.js';

const run = promisify(execFile);

/**
 * Copies `examples/<name>` into a temporary folder, installs the packed tarball into its node_modules, and
 * links from the repo's node_modules the package's own dependencies (Lit) and the app's `dependencies`
 * (React, Vue). Returns the app folder and a function that removes it all.
 */
export async function installExampleApp(name, dependencies) {
  const tmp = await mkdtemp(join(tmpdir(), `vt-example-${name}-`));
  const app = join(tmp, 'app');
  await cp(join(repoRoot, 'examples', name), app, {
    recursive: true,
    filter: (source) => !/[/\\](node_modules|dist)$/.test(source),
  });
  const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], { cwd: repoRoot });
  const [{ filename }] = JSON.parse(stdout);
  const modules = join(app, 'node_modules');
  await mkdir(modules, { recursive: true });
  await run('tar', ['-xzf', join(tmp, filename), '-C', modules]);
  await rename(join(modules, 'package'), join(modules, 'vertaistuki-widgets'));
  const packed = JSON.parse(await readFile(join(modules, 'vertaistuki-widgets', 'package.json'), 'utf8'));
  for (const dependency of [...dependencies, ...Object.keys(packed.dependencies ?? {})]) {
    const target = join(modules, dependency);
    await mkdir(resolve(target, '..'), { recursive: true });
    await symlink(join(repoRoot, 'node_modules', dependency), target, 'dir');
  }
  return { app, remove: () => rm(tmp, { recursive: true, force: true }) };
}

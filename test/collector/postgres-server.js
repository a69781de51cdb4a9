// A throwaway PostgreSQL server for the collector's tests: `initdb` and `pg_ctl` (Debian's `postgresql`
// package) in a temporary folder, on 127.0.0.1 and a free port, stopped and removed afterwards. As root
// (CI containers), PostgreSQL refuses to run, so the commands run as the `postgres` user.
//
// Not available (no PostgreSQL binaries, or the `pg` package is not installed): `startPostgres` says
// why, and the PostgreSQL tests are skipped with that reason rather than failed.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import process from 'node:process';

/**
 * The folder with initdb and pg_ctl: PG_BIN, else the newest /usr/lib/postgresql/<version>/bin (Debian),
 * else the first on PATH that has both (Homebrew and others).
 */
function binaries() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const both = (/** @type {string} */ dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'));
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const debian = versions.map((version) => join(root, version, 'bin')).find(both);
  return debian ?? (process.env.PATH ?? '').split(delimiter).find((dir) => dir && both(dir));
}

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Why PostgreSQL tests cannot run here, or undefined when they can. */
export async function postgresUnavailable() {
  if (!binaries()) return 'PostgreSQL is not installed (apt-get install postgresql, or set PG_BIN)';
  try {
    await import('pg');
  } catch {
    return 'the pg package is not installed (npm install pg)';
  }
  return undefined;
}

/**
 * Starts a server; `stop()` stops it and removes its folder.
 * @param {{ durable?: boolean }} [options]  durable: fsync on, as in production (the benchmark); tests
 *   run without it, for speed
 * @returns {Promise<{ url: string, port: number, stop: () => void }>}
 */
export async function startPostgres(options = {}) {
  const bin = /** @type {string} */ (binaries());
  const dir = mkdtempSync(join(tmpdir(), 'vt-postgres-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  /** @param {string} command @param {string[]} args */
  const run = (command, args) => {
    const full = join(bin, command);
    if (asRoot) return execFileSync('runuser', ['-u', 'postgres', '--', full, ...args], { stdio: 'pipe' });
    return execFileSync(full, args, { stdio: 'pipe' });
  };
  if (asRoot) {
    const ids = execFileSync('id', ['-u', 'postgres']).toString().trim();
    const group = execFileSync('id', ['-g', 'postgres']).toString().trim();
    chownSync(dir, Number(ids), Number(group));
    chmodSync(dir, 0o700);
  }
  const port = await freePort();
  try {
    // fsync off unless asked: a test server, thrown away after; speed matters more than a power cut.
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
    run('pg_ctl', [
      '-D',
      data,
      '-l',
      join(dir, 'server.log'),
      '-w',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=${options.durable ? 'on' : 'off'} -c max_connections=200`,
      'start',
    ]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const stderr = /** @type {any} */ (error).stderr?.toString() ?? '';
    throw new Error(`Could not start PostgreSQL: ${stderr || /** @type {Error} */ (error).message}`);
  }
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    stop() {
      if (stopped) return;
      stopped = true;
      const args = ['-D', data, '-m', 'immediate', '-w', 'stop'];
      if (asRoot) spawnSync('runuser', ['-u', 'postgres', '--', join(bin, 'pg_ctl'), ...args], { stdio: 'ignore' });
      else spawnSync(join(bin, 'pg_ctl'), args, { stdio: 'ignore' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A new, empty database on the server, dropped by `drop()`; each test gets its own.
 * @param {string} serverUrl
 */
export async function freshDatabase(serverUrl) {
  const { default: pg } = await import('pg');
  const name = `vt_test_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

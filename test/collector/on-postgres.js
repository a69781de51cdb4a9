#!/usr/bin/env node
// Runs the collector's tests again with every collector on PostgreSQL: starts a throwaway server
// (postgres-server.js), runs `node --test` on the test files with COLLECTOR_TEST_POSTGRES_URL set (each
// collector then gets its own new database on it), and stops the server.
//
//   node test/collector/on-postgres.js [test files…]
//
// Where PostgreSQL or the `pg` package is missing, it says so and succeeds, unless
// COLLECTOR_REQUIRE_POSTGRES=1 (CI, where both are installed) makes that a failure.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { postgresUnavailable, startPostgres } from './postgres-server.js';

const here = fileURLToPath(new URL('.', import.meta.url));
// The storage contract and the multi-process test start their own PostgreSQL already.
const OWN_SERVER = new Set(['storage-contract.test.js', 'postgres-processes.test.js']);
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(here)
      .filter((name) => name.endsWith('.test.js') && !OWN_SERVER.has(name))
      .map((name) => `${here}${name}`);

const unavailable = await postgresUnavailable();
if (unavailable) {
  process.stdout.write(`Collector tests on PostgreSQL skipped: ${unavailable}\n`);
  process.exit(process.env.COLLECTOR_REQUIRE_POSTGRES === '1' ? 1 : 0);
}
const server = await startPostgres();
let status = 1;
try {
  process.stdout.write(`Collector tests on PostgreSQL (${server.url})\n`);
  const run = spawnSync(process.execPath, ['--test', ...files], {
    stdio: 'inherit',
    env: { ...process.env, COLLECTOR_TEST_POSTGRES_URL: server.url },
  });
  status = run.status ?? 1;
} finally {
  server.stop();
}
process.exit(status);

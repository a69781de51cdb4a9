#!/usr/bin/env node
// The collector's throughput: submissions per second and latency (p50, p99) with 200 concurrent
// clients on loopback, for one and for two collector processes, on SQLite and on PostgreSQL (a
// throwaway server, as in the tests; skipped where none can run). Not a test: a measurement, for
// docs/collector.md.
//
//   node test/collector/bench.js            BENCH_SECONDS (default 8) and BENCH_MAX (20000) per run
//
// Half the submissions are signups for one group (counted for seats, under a lock), half survey
// answers. Each client sends one at a time, a new envelope each time, to the processes in turn.
// The clients run in this process, on the same machine: on 2 cores they take a share of the CPU too.
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Buffer } from 'node:buffer';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { PARTNER, TOKEN, signup, survey } from './helpers.js';
import { freshDatabase, postgresUnavailable, startPostgres } from './postgres-server.js';

const SERVER = fileURLToPath(new URL('../../collector/server.js', import.meta.url));
const CLIENTS = 200;
const SECONDS = Number(process.env.BENCH_SECONDS || 8);
const MAX = Number(process.env.BENCH_MAX || 20_000);

// One keep-alive connection per client, as 200 browsers would have.
const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });

/**
 * POSTs one envelope; resolves with the status code.
 * @param {string} url @param {Record<string, any>} envelope
 * @returns {Promise<number>}
 */
function post(url, envelope) {
  const body = JSON.stringify(envelope);
  return new Promise((resolve, reject) => {
    const sending = request(
      `${url}/api/submissions`,
      {
        method: 'POST',
        agent,
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
          'Idempotency-Key': envelope.id,
          Origin: PARTNER,
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    sending.on('error', reject);
    sending.end(body);
  });
}

/** @param {Record<string, string>} env */
async function startProcess(env) {
  const child = spawn(process.execPath, [SERVER], { env: { ...process.env, ...env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  const url = await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /Collector listening on (\S+)/.exec(output);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`the collector exited (${code}): ${output}`)));
  });
  return { child, url: /** @type {string} */ (url) };
}

/** @param {number[]} sorted @param {number} p */
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/**
 * @param {string} label
 * @param {number} processes
 * @param {Record<string, string>} databaseEnv
 */
async function run(label, processes, databaseEnv) {
  const dir = await mkdtemp(join(tmpdir(), 'vt-bench-'));
  const groupsFile = join(dir, 'groups.json');
  await writeFile(groupsFile, JSON.stringify([{ value: 'pori', name: 'Pori', capacity: 1_000_000 }]));
  const env = {
    DATABASE_FILE: join(dir, 'bench.db'),
    ...databaseEnv,
    GROUPS_FILE: groupsFile,
    ADMIN_TOKEN: TOKEN,
    ALLOWED_ORIGINS: PARTNER,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_MAX: '0',
  };
  // Started one after the other: two processes must not race to create one SQLite file.
  const servers = [];
  for (let i = 0; i < processes; i += 1) servers.push(await startProcess(env));
  const latencies = [];
  let sent = 0;
  let failed = 0;
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let n = client; performance.now() < deadline && sent < MAX; n += 1) {
        sent += 1;
        const envelope = n % 2 ? signup({ email: `h${client}-${n}@example.fi` }) : survey({ climateOpen: (n % 5) + 1 });
        const target = servers[n % servers.length];
        const before = performance.now();
        try {
          if ((await post(/** @type {{ url: string }} */ (target).url, envelope)) === 201) latencies.push(performance.now() - before);
          else failed += 1;
        } catch {
          failed += 1;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  for (const server of servers) server.child.kill('SIGTERM');
  await Promise.all(servers.map((server) => new Promise((resolve) => server.child.once('exit', resolve))));
  await rm(dir, { recursive: true, force: true });
  latencies.sort((a, b) => a - b);
  const result = {
    label,
    processes,
    stored: latencies.length,
    failed,
    perSecond: Math.round(latencies.length / seconds),
    p50: Math.round(percentile(latencies, 50)),
    p99: Math.round(percentile(latencies, 99)),
  };
  process.stdout.write(
    `| ${label} | ${processes} | ${result.perSecond} | ${result.p50} | ${result.p99} | ${result.stored} | ${failed} |\n`,
  );
  return result;
}

process.stdout.write(
  `${CLIENTS} clients, ${SECONDS} s or ${MAX} submissions per run, Node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} at the start\n\n`,
);
process.stdout.write('| database | processes | submissions/s | p50 ms | p99 ms | stored | failed |\n| --- | --- | --- | --- | --- | --- | --- |\n');
await run('SQLite', 1, {});
await run('SQLite', 2, {});
const unavailable = await postgresUnavailable();
if (unavailable) {
  process.stdout.write(`\nPostgreSQL skipped: ${unavailable}\n`);
} else {
  const server = await startPostgres({ durable: true }); // fsync on, like SQLite's synchronous = FULL
  try {
    for (const processes of [1, 2]) {
      const database = await freshDatabase(server.url);
      await run('PostgreSQL', processes, { DATABASE_URL: database.url });
      await database.drop();
    }
  } finally {
    server.stop();
  }
}

#!/usr/bin/env node
// The collector: `node collector/server.js`. Settings come from environment variables (docs/collector.md).
//   --new-admin-token   replace the stored admin token with a new one, print it, and start as usual
import { realpathSync } from 'node:fs';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { adminToken } from './admin/auth.js';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { scheduleRetention } from './retention.js';
import { openStorage } from './storage/index.js';

/** A database URL without its password, to print. */
function redactedUrl(/** @type {string} */ url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}

/** Lines for the person who started the collector (not log records). */
const sayToStdout = (/** @type {string} */ line) => process.stdout.write(`${line}\n`);

/**
 * Starts the collector; resolves when it listens.
 * @param {import('./config.js').CollectorConfig} config
 * @param {{ renewToken?: boolean, print?: (line: string) => void }} [options]  print: where the start-up lines go
 */
export async function startCollector(config, options = {}) {
  const say = options.print ?? sayToStdout;
  const storage = await openStorage(config);
  let app;
  try {
    const token = await adminToken(storage, config.adminToken, { renew: options.renewToken });
    app = await buildApp({ config, storage, adminTokenHash: token.hash });
    const retention = await scheduleRetention(storage, config.retentionDays, app.log);
    app.addHook('onClose', async () => {
      retention.stop();
      await storage.close();
    });
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;
    say(`Collector listening on ${url}`);
    say(`  submissions: POST ${url}/api/submissions   groups: GET ${url}/api/groups`);
    say(`  admin:       ${url}/admin`);
    say(`  database:    ${config.databaseUrl ? redactedUrl(config.databaseUrl) : config.databaseFile}`);
    if (config.retentionDays) say(`  retention:   submissions older than ${config.retentionDays} days are erased daily`);
    say(`  origins:     ${config.allowedOrigins.join(', ') || '(none: set ALLOWED_ORIGINS, or no page can send)'}`);
    if (token.generated) {
      say('');
      say(`  Admin token (shown only now; only its hash is stored): ${token.generated}`);
      say('  Sign in with any user name and this token as the password, or send "Authorization: Bearer <token>".');
      say('  Lost it? Restart with --new-admin-token, or set ADMIN_TOKEN.');
    }
    return { app, url, port, storage, generatedToken: token.generated };
  } catch (error) {
    if (app) await app.close().catch(() => {});
    await storage.close();
    throw error;
  }
}

/** Stops on SIGINT / SIGTERM: no new requests (503), running ones finish, the database closes. */
function stopOnSignals(/** @type {import('fastify').FastifyInstance} */ app) {
  let stopping = false;
  const stop = (/** @type {string} */ signal) => {
    if (stopping) {
      sayToStdout('Stopping at once.');
      process.exit(1);
    }
    stopping = true;
    sayToStdout(`${signal}: stopping the collector…`);
    const force = setTimeout(() => {
      process.stderr.write('Requests did not finish in 10 s; stopping anyway.\n');
      process.exit(1);
    }, 10_000);
    force.unref();
    app.close().then(
      () => process.exit(0),
      (error) => {
        process.stderr.write(`${error?.stack ?? error}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

const isMain = Boolean(process.argv[1]) && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  try {
    const { app } = await startCollector(loadConfig(), { renewToken: process.argv.includes('--new-admin-token') });
    stopOnSignals(app);
  } catch (error) {
    process.stderr.write(`The collector could not start: ${/** @type {Error} */ (error).message}\n`);
    process.exit(1);
  }
}

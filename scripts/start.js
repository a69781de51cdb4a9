#!/usr/bin/env node
// `npm start` (after `npm run build`): the whole system on one machine. The collector (collector/) on
// http://localhost:8787 with its own demo database, and the demo partner page (demo/, with the CDN
// bundle) on http://localhost:8080: two origins, as on a real site, so CORS and the page's CSP are real.
//
// Environment: PORT (page, 8080), COLLECTOR_PORT (8787), CDN_DIR (cdn/), DATABASE_FILE (data/demo.db),
// ADMIN_TOKEN (default: a new one each start, printed below), LOG_LEVEL (warn), GROUPS_FILE.
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../collector/config.js';
import { startCollector } from '../collector/server.js';
import { startDemoServer } from './serve-demo.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const env = process.env;
const pagePort = Number(env.PORT ?? 8080);
const collectorPort = Number(env.COLLECTOR_PORT ?? 8787);
const cdnDir = resolve(env.CDN_DIR ?? join(root, 'cdn'));

if (!existsSync(join(cdnDir, 'vertaistuki.js'))) {
  console.error(`No ${relative(root, join(cdnDir, 'vertaistuki.js'))}: run \`npm run build\` first (npm start does).`);
  process.exit(1);
}

const pageOrigins = [`http://localhost:${pagePort}`, `http://127.0.0.1:${pagePort}`];
const config = loadConfig({
  ...env,
  PORT: String(collectorPort),
  DATABASE_FILE: env.DATABASE_FILE ?? join(root, 'data', 'demo.db'),
  ALLOWED_ORIGINS: env.ALLOWED_ORIGINS ?? pageOrigins.join(','),
  SURVEY_DEFINITIONS_DIR: env.SURVEY_DEFINITIONS_DIR ?? join(root, 'demo', 'surveys'),
  LOG_LEVEL: env.LOG_LEVEL ?? 'warn',
});

let collector;
let page;
try {
  // Without ADMIN_TOKEN the demo makes a new token on every start, so that it can always print one.
  collector = await startCollector(config, { renewToken: !config.adminToken, print: () => {} });
  page = await startDemoServer({
    port: pagePort,
    host: config.host,
    cdnDir,
    collectorUrl: `http://localhost:${collector.port}`,
  });
} catch (error) {
  await collector?.app.close();
  const message = /** @type {NodeJS.ErrnoException} */ (error).code === 'EADDRINUSE'
    ? `${error.message}: another program uses the port. Set PORT (page) or COLLECTOR_PORT (collector).`
    : error.message;
  console.error(`The demo could not start: ${message}`);
  process.exit(1);
}

const token = collector.generatedToken ?? '(the ADMIN_TOKEN you set)';
const adminUrl = `http://localhost:${collector.port}/admin`;
console.log(`
Vertaistuki demo
  Partner page:  ${page.url}
  Collector:     http://localhost:${collector.port}/api/submissions  (groups: /api/groups)
  Admin:         ${adminUrl}
                 user name: anything, password: ${token}
  Database:      ${relative(process.cwd(), config.databaseFile) || config.databaseFile}
  CDN bundle:    ${relative(process.cwd(), cdnDir) || cdnDir}

Stop with Ctrl+C.`);

let stopping = false;
async function stop() {
  if (stopping) process.exit(1);
  stopping = true;
  console.log('\nStopping…');
  await Promise.allSettled([page.close(), collector.app.close()]);
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

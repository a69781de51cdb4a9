#!/usr/bin/env node
// Runs the browser tests in Chromium, Firefox and WebKit. WebKitGTK is driven through WebDriver, so this
// starts WebKitWebDriver (under a virtual display when there is none) for the run and stops it after.
// Extra arguments go to web-test-runner (e.g. `--files test/core/define.test.ts`).
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import net from 'node:net';
import { browserPaths, wantedBrowsers } from './lib/browser-paths.js';

const browsers = wantedBrowsers();
const port = Number(process.env.WEBKIT_DRIVER_PORT ?? 4444);
const children = [];

function portOpen() {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => socket.end(() => resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

async function startWebKitDriver() {
  const driver = browserPaths().webkitDriver;
  const command = process.env.DISPLAY ? [driver] : ['xvfb-run', '-a', driver];
  const child = spawn(command[0], [...command.slice(1), `--port=${port}`], { stdio: 'ignore', detached: true });
  children.push(child);
  for (let tries = 0; tries < 100; tries++) {
    if (await portOpen()) return;
    await sleep(100);
  }
  throw new Error(`WebKitWebDriver did not open port ${port}`);
}

function stopAll() {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

process.on('SIGINT', () => {
  stopAll();
  process.exit(130);
});

/**
 * Runs web-test-runner once. `finished`: it got as far as its own closing summary; `sawFailure`: it
 * reported a failing test on the way.
 */
function runOnce() {
  const wtr = spawn('npx', ['web-test-runner', '--coverage', ...process.argv.slice(2)], {
    stdio: ['inherit', 'pipe', 'pipe'],
  });
  let tail = '';
  let sawFailure = false;
  const keep = (chunk, stream) => {
    stream.write(chunk);
    const text = chunk.toString();
    if (text.includes('❌')) sawFailure = true;
    tail = (tail + text).slice(-4000);
  };
  wtr.stdout.on('data', (chunk) => keep(chunk, process.stdout));
  wtr.stderr.on('data', (chunk) => keep(chunk, process.stderr));
  return new Promise((resolve) =>
    wtr.on('exit', (exitCode) =>
      resolve({ code: exitCode ?? 1, finished: /Finished running tests/.test(tail), sawFailure }),
    ),
  );
}

if (browsers.includes('webkit')) await startWebKitDriver();
let run = await runOnce();
// A test that fails ends with the runner's summary and fails the run. Only when the runner itself stops
// before its summary, with no failure reported, is the whole run repeated.
// Seen here: web-test-runner exiting silently mid-run about one run in three (not yet explained; see
// the note on issue 2). Up to two more runs, each from the start.
for (let rerun = 1; rerun <= 2 && run.code !== 0 && !run.finished && !run.sawFailure; rerun++) {
  console.error('\nrun-browser-tests: web-test-runner stopped before finishing, with no test failed; running again.\n');
  run = await runOnce();
}
stopAll();
process.exit(run.code);

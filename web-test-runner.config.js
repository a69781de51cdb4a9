import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { testEndpoint } from './test/support/test-endpoint.js';
import { browserPaths, wantedBrowsers } from './scripts/lib/browser-paths.js';

// Browser paths default to Debian's packages; set CHROME_PATH, FIREFOX_PATH or WEBKIT_PATH elsewhere
// (macOS, other distributions). BROWSERS=chromium,firefox picks a subset. scripts/preflight.js checks the same.
const { chromium: chromePath, firefox: firefoxPath, webkit: webkitPath } = browserPaths();
const webkitDriverPort = Number(process.env.WEBKIT_DRIVER_PORT ?? 4444);

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: chromePath,
        args: [
          '--no-sandbox',
          '--headless',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  firefox: () =>
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
    }),
  webkit: () => {
    const launcher = webdriverLauncher({
      hostname: '127.0.0.1',
      port: webkitDriverPort,
      logLevel: 'error',
      capabilities: {
        'webkitgtk:browserOptions': { binary: webkitPath, args: ['--automation'] },
      },
    });
    // The label comes from the capabilities, which name no browser for WebKitGTK: name it in reports.
    const initialize = launcher.initialize.bind(launcher);
    launcher.initialize = async (config) => {
      await initialize(config);
      launcher.name = 'WebKit';
    };
    return launcher;
  },
};

const wanted = wantedBrowsers();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 3,
  // The whole run, all three engines at once on a 2-core machine: about 10 minutes since issues 18-20
  // (861 tests each); the limit only catches a run that hangs.
  testsFinishTimeout: 15 * 60_000,
  browserStartTimeout: 120_000,
  testFramework: { config: { timeout: 10_000 } },
  browsers: wanted.map((name) => {
    if (!launchers[name]) throw new Error(`Unknown browser "${name}"; use chromium, firefox or webkit.`);
    return launchers[name]();
  }),
  middleware: [testEndpoint],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { statements: 90, branches: 90, functions: 90, lines: 90 },
    report: true,
    reportDir: 'coverage',
  },
};

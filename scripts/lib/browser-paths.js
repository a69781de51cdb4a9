// Which browsers the tests drive, and where from: Debian's packages by default, or CHROME_PATH,
// FIREFOX_PATH, WEBKIT_PATH and WEBKIT_DRIVER (macOS, other distributions). BROWSERS=chromium,firefox
// picks a subset. Shared by web-test-runner.config.js, scripts/run-browser-tests.js and
// scripts/preflight.js, so the preflight checks exactly the paths the tests will use.
import process from 'node:process';

// Debian's multiarch directory, where libwebkit2gtk-4.1-0 puts MiniBrowser.
const multiarch = { x64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu' }[process.arch] ?? 'x86_64-linux-gnu';

export const debianDefaults = {
  chromium: '/usr/bin/chromium',
  firefox: '/usr/bin/firefox-esr',
  webkit: `/usr/lib/${multiarch}/webkit2gtk-4.1/MiniBrowser`,
  webkitDriver: 'WebKitWebDriver',
};

/** The paths the tests use, given the environment. `webkitDriver` is a command looked up in PATH unless it has a slash. */
export function browserPaths(env = process.env) {
  return {
    chromium: env.CHROME_PATH ?? debianDefaults.chromium,
    firefox: env.FIREFOX_PATH ?? debianDefaults.firefox,
    webkit: env.WEBKIT_PATH ?? debianDefaults.webkit,
    webkitDriver: env.WEBKIT_DRIVER ?? debianDefaults.webkitDriver,
  };
}

/** The browsers web-test-runner runs in (BROWSERS, default all three). */
export function wantedBrowsers(env = process.env) {
  return (env.BROWSERS ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim());
}

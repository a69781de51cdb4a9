// Chromium through playwright-core, with everything a page does wrong collected in one list.
import { chromium } from 'playwright-core';
import process from 'node:process';

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * Opens `url` in a fresh context (its own storage) and records the page's problems in `problems`: uncaught
 * errors, console errors and warnings (but those matching `allowConsole`), HTTP errors,
 * Content-Security-Policy violations, and requests to any other origin. `block`: requests to leave
 * unanswered (to see the page without one of its files). `viewport`: `{ width, height }`.
 */
export async function openPage(browser, url, { allowConsole = [], block, viewport } = {}) {
  const context = await browser.newContext(viewport ? { viewport } : {});
  const page = await context.newPage();
  if (block) await page.route(block, (route) => route.abort());
  page.setDefaultTimeout(15_000);
  const problems = [];
  const origin = new URL(url).origin;
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('console', (message) => {
    if (!['error', 'warning'].includes(message.type())) return;
    // The same as the HTTP error recorded above, without the address.
    if (message.text().startsWith('Failed to load resource: the server responded')) return;
    if (allowConsole.some((pattern) => pattern.test(message.text()))) return;
    problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('request', (request) => {
    const { protocol, origin: to } = new URL(request.url());
    if (protocol !== 'data:' && to !== origin) problems.push(`third-party request: ${request.url()}`);
  });
  // Reported through the console, so that the check itself adds nothing to the page's globals.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  await page.goto(url);
  return { page, problems, close: () => context.close() };
}

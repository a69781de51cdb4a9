// What a person does with each element on an example page, for the tests to share. Playwright's CSS
// selectors pierce open shadow roots, so `vt-survey #q0-0` finds the first radio inside the survey.
import assert from 'node:assert/strict';

export const TAGS = ['vt-config', 'vt-group-signup', 'vt-reflection-card', 'vt-survey', 'vt-phase-timer'];

/** Waits until every tag is defined and has rendered; names the ones that never were (not shipped yet?). */
export async function waitForElements(page, tags = TAGS) {
  const missing = await page.evaluate(async (tags) => {
    await Promise.race([
      Promise.all(tags.map((tag) => customElements.whenDefined(tag))),
      new Promise((done) => setTimeout(done, 5000)),
    ]);
    const elements = tags.flatMap((tag) => [...document.querySelectorAll(tag)]);
    await Promise.all(elements.map((element) => element.updateComplete));
    return tags.filter((tag) => !customElements.get(tag));
  }, tags);
  assert.deepEqual(missing, [], `not defined by the script under test: ${missing.join(', ')}`);
}

/**
 * Starts listening on `document` for a `type` event; the returned function resolves with its `detail`
 * (and fails when none came within 15 s).
 */
export async function nextEvent(page, type) {
  const holder = await page.evaluateHandle(
    (type) => ({
      detail: new Promise((resolve, reject) => {
        document.addEventListener(type, (event) => resolve(event.detail ?? null), { once: true });
        setTimeout(() => reject(new Error(`no ${type} event within 15 s`)), 15_000);
      }),
    }),
    type,
  );
  return () => page.evaluate((holder) => holder.detail, holder);
}

/** Signs up for the first group with the required fields only. */
export async function signUp(page, scope = 'vt-group-signup') {
  // A form sent within 3 s of appearing is taken for a bot's; people are slower than this test.
  await page.locator(scope).evaluate((element) => (element.minFillSeconds = 0));
  await page.locator(`${scope} #group-0`).check();
  await page.locator(`${scope} #name`).fill('Maija Meikäläinen');
  await page.locator(`${scope} #email`).fill('maija@example.fi');
  await page.locator(`${scope} #consent`).check();
  await page.locator(`${scope} [part="submit"]`).click();
  await page.locator(`${scope} [part="success"]`).waitFor();
}

/** Answers the first rating of a survey, then moves page by page to the end and sends. */
export async function answerSurvey(page, scope = 'vt-survey') {
  await page.locator(`${scope} #q0-3`).check();
  const state = () =>
    page.locator(scope).evaluate((survey) =>
      survey.shadowRoot.querySelector('[part="success"]') ? 'sent' : (survey.shadowRoot.querySelector('[part="progress"]')?.textContent ?? ''),
    );
  for (let pages = 0; pages < 10; pages++) {
    const before = await state();
    if (before === 'sent') return;
    await page.locator(`${scope} [part="submit"]`).click();
    // The next page, or the thank-you.
    await page.waitForFunction(
      ([scope, before]) => {
        const root = document.querySelector(scope).shadowRoot;
        return root.querySelector('[part="success"]') || (root.querySelector('[part="progress"]')?.textContent ?? '') !== before;
      },
      [scope, before],
    );
  }
  assert.fail('the survey never reached its thank-you');
}

/** Types an answer to the reflection card's first prompt and waits for it to be saved on the device. */
export async function writeReflection(page, text, scope = 'vt-reflection-card') {
  const saved = await nextEvent(page, 'vt-reflection-input');
  await page.locator(`${scope} textarea[part="answer"]`).first().fill(text);
  return saved();
}

/** Starts the timer and returns what its face says: status and time. */
export async function startTimer(page, scope = 'vt-phase-timer') {
  await page.locator(`${scope} [data-command="toggle"]`).click();
  await page.locator(`${scope} [part="base"][data-status="running"]`).waitFor();
  return { time: (await page.locator(`${scope} [part="time"]`).innerText()).trim() };
}

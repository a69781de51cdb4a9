// The same checks for every framework example (examples/react, examples/vue): the app sets arrays and
// objects as properties and listens for vt- events in its own template syntax, and shows what it heard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { signUp } from './elements.js';

/** `app.tab` (from openPage) and `app.server` are filled in by the test file's `before`. */
export function consumerAppTests(app) {
  test('arrays and objects from the template arrive as properties, not attributes', async () => {
    const seen = await app.tab.page.evaluate(() => {
      const [signup, survey, card, timer] = ['vt-group-signup', 'vt-survey', 'vt-reflection-card', 'vt-phase-timer'].map((tag) =>
        document.querySelector(tag),
      );
      return {
        groups: Array.isArray(signup.groups) && !signup.hasAttribute('groups'),
        definition: typeof survey.definition === 'object' && !survey.hasAttribute('definition'),
        prompts: Array.isArray(card.prompts) && !card.hasAttribute('prompts'),
        phases: Array.isArray(timer.phases) && !timer.hasAttribute('phases'),
      };
    });
    assert.deepEqual(seen, { groups: true, definition: true, prompts: true, phases: true });
    // ... and the elements render from them.
    const text = (selector) => app.tab.page.locator(selector).first().innerText();
    assert.match(await text('vt-group-signup label[for="group-0"]'), /Porin yksinyrittäjien/);
    assert.match(await text('vt-survey legend'), /hyvä ilmapiiri/);
    assert.match(await text('vt-reflection-card label[for="answer-1"]'), /Mitä kokeilet/);
    assert.match(await text('vt-phase-timer [part="phase"]'), /Kuulumiskierros/);
  });

  test('vt-submitted reaches the handlers bound in the template', async () => {
    const { page } = app.tab;
    await signUp(page);
    await page.locator('vt-survey #q0-4').check();
    await page.locator('vt-survey [part="submit"]').click();
    await page.locator('#received li:nth-child(2)').waitFor();
    const received = await page.locator('#received li').allInnerTexts();
    const sent = app.server.submissions.map(({ envelope }) => `${envelope.schema} ${envelope.id}`);
    assert.deepEqual(received.sort(), sent.sort());
    assert.deepEqual(app.server.submissions.map(({ envelope }) => envelope.schema).sort(), ['vt.signup/1', 'vt.survey/1']);
  });

  test('vt-phase-change reaches its handler', async () => {
    await app.tab.page.locator('vt-phase-timer [data-command="next"]').click();
    await app.tab.page.locator('#phase', { hasText: 'Pareittain' }).waitFor();
  });

  test('no errors or warnings from the framework, Lit or the elements', () => {
    assert.deepEqual(app.tab.problems, []);
  });
}

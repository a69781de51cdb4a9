// Forced colours (Windows High Contrast, `forced-colors: active`): focus and selection stay visible
// (WCAG 1.4.11 Non-text Contrast, 2.4.7 Focus Visible, 1.4.1 Use of Color).
//
// In forced colours the browser replaces author colours, backgrounds and box shadows with the user's
// system colours, so an indicator made of a background or a box-shadow disappears. Chromium emulates
// the mode (`forcedColors: 'active'`) with its own palette; what these tests check holds for any palette:
//   - focus: every control reached with Tab has an outline (style, width >= 2 px, a colour that is not
//     the page's Canvas colour); outlines survive forced colours, box shadows do not;
//   - selection: every radio and checkbox is drawn by the browser (`appearance` not `none`), which
//     paints checked and unchecked in system colours; and the pixels of a control change when Space
//     checks it (a clear change in more than 5% of its pixels);
//   - the timer's current phase is marked in a colour of its own (Highlight) and the progress bar shows
//     how far the phase has gone.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { differingPixels, focused, storybook, tabTo } from './helpers.js';

const sb = storybook();
const FORCED = { forcedColors: 'active', viewport: { width: 800, height: 900 } };

/** How the focused element shows focus now, or why it does not. */
function focusIndicator(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element || element === document.body) return { element: null };
    const probe = document.createElement('span');
    probe.style.color = 'Canvas';
    document.body.append(probe);
    const canvas = getComputedStyle(probe).color;
    probe.remove();
    const style = getComputedStyle(element);
    const transparent = /rgba\(.*,\s*0\)$/.test(style.outlineColor) || style.outlineColor === 'transparent';
    const visible =
      style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && !transparent && style.outlineColor !== canvas;
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return {
      element: `${element.localName}${element.id ? `#${element.id}` : ''}${element.type ? `[type=${element.type}]` : ''}${text ? ` "${text}"` : ''}`,
      visible,
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
    };
  });
}

/**
 * Presses Tab from where focus is until it leaves `host` (or comes round again), checking the focus
 * indicator of each control on the way. Returns the controls whose focus is not visible.
 */
async function tabThrough(page, host, { max = 60 } = {}) {
  const seen = new Set();
  const invisible = [];
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press('Tab');
    const current = await focused(page);
    if (!current || current.host !== host) break;
    const indicator = await focusIndicator(page);
    if (seen.has(indicator.element)) break;
    seen.add(indicator.element);
    if (!indicator.visible) invisible.push(`${indicator.element}: outline ${indicator.outline}`);
  }
  assert.ok(seen.size > 0, `Tab reached no control in <${host}>`);
  return { invisible, count: seen.size };
}

/** Radios and checkboxes in the element's shadow root that the browser does not draw itself. */
function selfDrawnChoices(page, host) {
  return page.evaluate((host) => {
    const root = document.querySelector(host).shadowRoot;
    return [...root.querySelectorAll('input[type="radio"], input[type="checkbox"]')]
      .filter((input) => getComputedStyle(input).appearance === 'none')
      .map((input) => `#${input.id}`);
  }, host);
}

async function assertForcedColors(page) {
  assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true, 'forced colours are on');
}

describe('forced colours: focus stays visible', () => {
  const cases = [
    ['elements-vt-group-signup--all-fields', 'vt-group-signup'],
    ['elements-vt-group-signup--errors-shown', 'vt-group-signup'],
    ['elements-vt-survey--single-page', 'vt-survey'],
    ['elements-vt-survey--errors-shown', 'vt-survey'],
    ['elements-vt-reflection-card--english', 'vt-reflection-card'],
    ['elements-vt-reflection-card--presenter', 'vt-reflection-card'],
    ['elements-vt-phase-timer--custom-agenda', 'vt-phase-timer'],
  ];
  for (const [id, host] of cases) {
    test(`every control in ${id}`, async () => {
      const { page, done } = await sb.open(id, FORCED);
      await assertForcedColors(page);
      const { invisible, count } = await tabThrough(page, host);
      await done();
      assert.deepEqual(invisible, [], `${count} controls, focus not visible on:\n${invisible.join('\n')}`);
    });
  }

  test('in the confirmation dialogs: delete (reflection card) and start over (timer)', async () => {
    const card = await sb.open('elements-vt-reflection-card--delete-confirmation', FORCED);
    // The story opened the dialog; Cancel has focus. Check it and the confirm button.
    assert.equal((await focusIndicator(card.page)).visible, true, 'Cancel, focused when the dialog opens');
    await card.page.keyboard.press('Tab');
    const confirm = await focusIndicator(card.page);
    assert.equal(confirm.visible, true, `${confirm.element}: ${confirm.outline}`);
    await card.done();

    const timer = await sb.open('elements-vt-phase-timer--english', FORCED);
    await tabTo(timer.page, (element) => element.command === 'toggle');
    await timer.page.keyboard.press('r');
    for (let i = 0; i < 2; i++) {
      const indicator = await focusIndicator(timer.page);
      assert.equal(indicator.visible, true, `${indicator.element}: ${indicator.outline}`);
      await timer.page.keyboard.press('Tab');
    }
    await timer.done();
  });
});

describe('forced colours: selection stays visible', () => {
  test('every radio and checkbox is drawn by the browser, in system colours', async () => {
    for (const [id, host] of [
      ['elements-vt-group-signup--all-fields', 'vt-group-signup'],
      ['elements-vt-survey--single-page', 'vt-survey'],
    ]) {
      const { page, done } = await sb.open(id, FORCED);
      await assertForcedColors(page);
      const count = await page.locator(`${host} input[type="radio"], ${host} input[type="checkbox"]`).count();
      assert.ok(count > 0, `${id} has radios or checkboxes`);
      assert.deepEqual(await selfDrawnChoices(page, host), [], `${id}: controls with appearance: none`);
      await done();
    }
  });

  test('checking a group, a consent box and a rating with Space changes what is on screen', async () => {
    const signup = await sb.open('elements-vt-group-signup--english', FORCED);
    for (const selector of ['#group-0', '#consent']) {
      const control = signup.page.locator(`vt-group-signup ${selector}`);
      await control.focus();
      // Focus first, so that the outline is in both pictures and only the check differs.
      const before = await control.screenshot();
      await signup.page.keyboard.press('Space');
      assert.equal(await control.isChecked(), true);
      const after = await control.screenshot();
      const changed = await differingPixels(signup.page, before, after);
      assert.ok(changed > 0.05, `${selector}: checked looks like unchecked (${(changed * 100).toFixed(1)}% of pixels differ)`);
    }
    await signup.done();

    const survey = await sb.open('elements-vt-survey--english', FORCED);
    const rating = survey.page.locator('vt-survey #q0-2');
    await rating.focus();
    const before = await rating.screenshot();
    await survey.page.keyboard.press('Space');
    assert.equal(await rating.isChecked(), true);
    const changed = await differingPixels(survey.page, before, await rating.screenshot());
    assert.ok(changed > 0.05, `a chosen rating looks like the others (${(changed * 100).toFixed(1)}% of pixels differ)`);
    await survey.done();
  });

  test('the timer marks the current phase in a colour of its own, and a pressed mute button by line-through', async () => {
    const { page, done } = await sb.open('elements-vt-phase-timer--custom-agenda', FORCED);
    const borders = await page.locator('vt-phase-timer li').evaluateAll((items) =>
      items.map((item) => ({ current: item.hasAttribute('aria-current'), colour: getComputedStyle(item).borderTopColor })),
    );
    const current = borders.find((item) => item.current);
    assert.ok(current, 'one phase is current');
    for (const other of borders.filter((item) => !item.current)) {
      assert.notEqual(other.colour, current.colour, 'the current phase stands out from the others');
    }
    await tabTo(page, (element) => element.command === 'toggle');
    await page.keyboard.press('m');
    const mute = page.locator('vt-phase-timer [data-command="mute"]');
    assert.equal(await mute.getAttribute('aria-pressed'), 'true');
    assert.match(await mute.evaluate((button) => getComputedStyle(button).textDecorationLine), /line-through/);
    await done();
  });

  test(
    'the timer’s progress bar shows how much of the phase has gone',
    async () => {
      // The same bar at 0 (idle) and at about 85% (LowTime): the pictures must differ.
      const idle = await sb.open('elements-vt-phase-timer--preset', FORCED);
      const empty = await idle.page.locator('vt-phase-timer progress').screenshot();
      await idle.done();
      const low = await sb.open('elements-vt-phase-timer--low-time', FORCED);
      const filled = await low.page.locator('vt-phase-timer progress').screenshot();
      // About 85% of the bar is filled: most of its pixels must change (anti-aliasing alone changes <1%).
      const changed = await differingPixels(low.page, empty, filled);
      await low.done();
      assert.ok(changed > 0.5, `the bar at 85% looks like the bar at 0% (${(changed * 100).toFixed(1)}% of pixels differ)`);
    },
  );
});

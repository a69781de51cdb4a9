// WCAG 1.4.10 Reflow: at 320 CSS px wide, and at 200% zoom, nothing scrolls sideways. WCAG 1.4.12
// Text Spacing: with wider line, letter, word and paragraph spacing nothing is cut off or overflows.
//
// 320 CSS px is the width WCAG names (a 1280 px window at 400%). 200% zoom of a 1280 × 800 px window
// leaves the layout 640 × 400 CSS px: zoom halves the CSS px and doubles the device pixels per CSS px.
// The device pixel ratio itself does not change CSS layout (our styles have no resolution queries), so
// each story is loaded once at 320 px and then resized to 640 px, rather than reloaded at
// deviceScaleFactor 2: half the page loads, the same layout. Chromium's own zoom is not reachable from
// Playwright.
//
// Every story of every element is checked, after its play function (errors shown, dialogs open,
// success views), so each state a person can reach in the stories is covered. Text spacing is checked
// at 320 px in the stories with the most text per element.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TEXT_SPACING_CSS, addStylesEverywhere, clippedContent, sidewaysOverflow, storybook } from './helpers.js';

const sb = storybook();

const NARROW = { width: 320, height: 640 };
const ZOOMED = { width: 640, height: 400 };

/** Stories with the most text per element, for the text-spacing check. */
const TEXT_SPACING = new Set([
  'elements-vt-group-signup--all-fields',
  'elements-vt-group-signup--errors-shown',
  'elements-vt-survey--single-page',
  'elements-vt-survey--errors-shown',
  'elements-vt-reflection-card--with-saved-answers',
  'elements-vt-reflection-card--presenter',
  'elements-vt-phase-timer--custom-agenda',
  'elements-vt-phase-timer--swedish',
]);

/** 1.4.10 at 320 px, then at 200% zoom, then (for some stories) 1.4.12 at 320 px: what went wrong. */
async function reflowProblems(page, id) {
  const problems = [];
  for (const line of await sidewaysOverflow(page)) problems.push(`at 320 CSS px: ${line}`);
  await page.setViewportSize(ZOOMED);
  for (const line of await sidewaysOverflow(page)) problems.push(`at 200% zoom (640 CSS px): ${line}`);
  if (TEXT_SPACING.has(id)) {
    await page.setViewportSize(NARROW);
    await addStylesEverywhere(page, TEXT_SPACING_CSS);
    for (const line of [...(await sidewaysOverflow(page)), ...(await clippedContent(page))]) {
      problems.push(`with text spacing at 320 CSS px: ${line}`);
    }
  }
  return problems;
}

test('no story scrolls sideways at 320 CSS px or 200% zoom, nor cuts text off with text spacing', { concurrency: 2 }, async (t) => {
  const ids = sb.storyIds.filter((id) => id.startsWith('elements-vt-'));
  assert.ok(ids.length > 0, 'the built Storybook has stories');
  await Promise.all(
    ids.map((id) =>
      t.test(id, async () => {
        const { page, done } = await sb.open(id, { viewport: NARROW });
        const problems = await reflowProblems(page, id);
        await done();
        assert.deepEqual(problems, [], `${id}:\n${problems.join('\n')}`);
      }),
    ),
  );
});

test(
  'the share confirmation wraps the page address, with text spacing at 320 CSS px',
  async () => {
    const id = 'elements-vt-reflection-card--share-confirmation';
    const { page, done } = await sb.open(id, { viewport: NARROW });
    await addStylesEverywhere(page, TEXT_SPACING_CSS);
    const problems = [...(await sidewaysOverflow(page)), ...(await clippedContent(page))];
    await done();
    assert.deepEqual(problems, [], `${id} with text spacing:\n${problems.join('\n')}`);
  },
);

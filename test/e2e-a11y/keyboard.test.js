// Each element's main task with the keyboard alone (Tab, Shift+Tab, Space, Enter, arrow keys, Escape
// and the timer's documented shortcuts), from the top of a story page, as WCAG 2.1.1 Keyboard asks.
// Focus is followed through the shadow roots at every step, so a lost or misplaced focus fails here.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { focused, storybook, tabTo, type } from './helpers.js';

const sb = storybook();

const is = (id) => Object.assign((element) => element.id === id, { toString: () => `#${id}` });
const button = (text) => Object.assign((element) => element.tag === 'button' && element.text === text, { toString: () => `button "${text}"` });
const textOf = async (page, selector) => ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** Waits until the focused element matches, as focus moves after an update or a request. */
async function focusReaches(page, test, what = String(test)) {
  for (let tries = 0; tries < 100; tries++) {
    const current = await focused(page);
    if (current && test(current)) return current;
    await page.waitForTimeout(50);
  }
  throw new Error(`focus never reached ${what}; it is on ${JSON.stringify(await focused(page))}`);
}

describe('<vt-group-signup> by keyboard', () => {
  /** From the page's top: choose a group (Space, or arrows to another), name, email, consent, send. */
  async function signUp(page, { arrowDown = 0 } = {}) {
    const first = await tabTo(page, (element) => element.name === 'group', { what: 'the first group' });
    assert.equal(first.id, 'group-0', 'the first Tab stop in the form is the first group');
    await page.keyboard.press('Space');
    for (let i = 0; i < arrowDown; i++) await page.keyboard.press('ArrowDown');
    await tabTo(page, is('name'));
    await type(page, 'Aino Virtanen');
    await tabTo(page, is('email'));
    await type(page, 'aino@example.fi');
    await tabTo(page, is('consent'));
    await page.keyboard.press('Space');
    assert.equal((await focused(page)).checked, true, 'Space ticks the consent');
    return tabTo(page, (element) => element.tag === 'button' && element.type === 'submit', { what: 'the submit button' });
  }

  test('signs up for an open group: Tab, Space, typing, Enter, and focus lands on the thank-you', async () => {
    const { page, done } = await sb.open('elements-vt-group-signup--english');
    const submit = await signUp(page);
    assert.equal(submit.text, 'Sign up');
    await page.keyboard.press('Enter');
    const heading = await focusReaches(page, is('success-title'), 'the success heading');
    assert.equal(heading.text, 'Thank you, your signup has been received!');
    assert.equal(await textOf(page, 'vt-group-signup [role="status"]'), 'Sent. Thank you!');
    await done();
  });

  test('arrow keys move to a full group; the button and the thank-you are about its waiting list', async () => {
    const { page, done } = await sb.open('elements-vt-group-signup--english');
    // ArrowDown from the first group: the full group (the closed one is disabled and skipped).
    const submit = await signUp(page, { arrowDown: 1 });
    assert.equal(await page.locator('vt-group-signup #group-1').isChecked(), true, 'ArrowDown chose the second group');
    assert.equal(submit.text, 'Join the waiting list');
    await page.keyboard.press('Enter');
    const heading = await focusReaches(page, is('success-title'), 'the success heading');
    assert.equal(heading.text, 'Thank you, you are on the waiting list!');
    await done();
  });

  test('with the endpoint down, Enter ends on the "saved on this device" message', async () => {
    const { page, done } = await sb.open('elements-vt-group-signup--english');
    // The page's endpoint cannot be reached (as in the OfflineQueued story, whose play function sends).
    await page.locator('vt-group-signup').evaluate((signup) => signup.setAttribute('endpoint', 'http://127.0.0.1:9/api/submissions'));
    await signUp(page);
    await page.keyboard.press('Enter');
    const heading = await focusReaches(page, is('success-title'), 'the queued heading');
    assert.equal(heading.text, 'Your signup is saved on this device');
    await done({
      console: [/Failed to load resource: net::ERR_CONNECTION_REFUSED/],
      requests: [/^http:\/\/127\.0\.0\.1:9\//],
    });
  });

  test('Enter on an empty form focuses the error summary, whose links move focus to the field', async () => {
    const { page, done } = await sb.open('elements-vt-group-signup--english');
    await tabTo(page, (element) => element.tag === 'button' && element.type === 'submit', { what: 'the submit button' });
    await page.keyboard.press('Enter');
    const summary = await focusReaches(page, (element) => element.text.startsWith('There is a problem'), 'the error summary');
    assert.equal(summary.tag, 'div');
    const link = await tabTo(page, (element) => element.tag === 'a', { what: 'the first error link' });
    assert.equal(link.text, 'Choose a group.', 'the first error, as a link');
    await page.keyboard.press('Enter');
    await focusReaches(page, is('group-0'), 'the first group');
    await tabTo(page, (element) => element.tag === 'a' && element.text.length > 0, { back: true, what: 'back to the links' });
    await done();
  });
});

describe('<vt-survey> by keyboard', () => {
  test('the built-in questionnaire: every page answered with Space and arrows, Enter to Next, sent', async () => {
    const { page, done } = await sb.open('elements-vt-survey--english');
    for (let pageNumber = 1; ; pageNumber++) {
      const progress = await textOf(page, 'vt-survey [part="progress"]');
      assert.equal(progress, `Page ${pageNumber} of 5`);
      // The first control of the page: choose with Space, move the choice with an arrow key.
      const first = await tabTo(page, (element) => ['input', 'textarea'].includes(element.tag), { what: 'the first question' });
      if (first.tag === 'textarea') {
        await type(page, 'Hearing how others handle invoicing.');
      } else {
        await page.keyboard.press('Space');
        await page.keyboard.press('ArrowRight');
        const chosen = await focused(page);
        assert.equal(chosen.checked, true, `page ${pageNumber}: the arrow key moved the choice`);
      }
      const submit = await tabTo(page, (element) => element.tag === 'button' && element.type === 'submit', { what: 'Next' });
      await page.keyboard.press('Enter');
      if (submit.text === 'Send answers') break;
      assert.equal(submit.text, 'Next');
      // Focus goes to the new page's "Page 2 of 5", read out, and the next Tab starts at its first question.
      const shown = await focusReaches(page, is('progress'), 'the new page');
      assert.equal(shown.text, `Page ${pageNumber + 1} of 5`);
      assert.ok(pageNumber < 5, 'the questionnaire ends on page 5');
    }
    const heading = await focusReaches(page, is('success-title'), 'the thank-you heading');
    assert.match(heading.text, /Thank you for your answers/);
    await done();
  });

  test('an error summary on Next, its link to the question, and a question that appears on an answer', async () => {
    const { page, done } = await sb.open('elements-vt-survey--from-source');
    await tabTo(page, (element) => element.tag === 'button' && element.type === 'submit', { what: 'Send' });
    await page.keyboard.press('Enter');
    await focusReaches(page, (element) => element.text.startsWith('Lomakkeessa on virheitä'), 'the error summary');
    await tabTo(page, (element) => element.tag === 'a', { what: 'the error link' });
    await page.keyboard.press('Enter');
    await focusReaches(page, is('q0-0'), 'the required rating');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator('vt-survey #q0-2').isChecked(), true, 'two presses of ArrowRight chose 3');
    // "Will you come again?" No: the follow-up question appears, and Tab reaches it next.
    await tabTo(page, is('q1-0'));
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.locator('vt-survey #q1-1').isChecked(), true);
    await tabTo(page, is('q2'));
    await type(page, 'Work.');
    await tabTo(page, (element) => element.tag === 'button' && element.type === 'submit', { what: 'Send' });
    await page.keyboard.press('Enter');
    await focusReaches(page, is('success-title'), 'the thank-you heading');
    await done();
  });
});

describe('<vt-reflection-card> by keyboard', () => {
  test('writes an answer to every prompt, moving on with Next; Previous brings the answers back', async () => {
    const { page, done } = await sb.open('elements-vt-reflection-card--english');
    const answers = ['A colleague showed me her invoicing.', 'I was not alone.', 'At a breakfast meeting.'];
    await tabTo(page, is('answer-0'));
    for (const [index, answer] of answers.entries()) {
      assert.equal((await focused(page)).id, `answer-${index}`, `Next moved focus to the answer of prompt ${index + 1}`);
      assert.match(await textOf(page, 'vt-reflection-card [part="progress"]'), new RegExp(`Question ${index + 1} of 3`));
      await type(page, answer);
      if (index === answers.length - 1) break;
      // Previous is skipped while disabled (on the first prompt); Next is the next stop after it.
      await tabTo(page, button('Next'));
      await page.keyboard.press('Enter');
    }
    // On the last prompt Next is disabled: Tab goes past it to the actions.
    await tabTo(page, button('Previous'));
    const after = await tabTo(page, (element) => element.tag === 'button');
    assert.notEqual(after.text, 'Next', 'a disabled Next is not a Tab stop');
    await tabTo(page, button('Previous'), { back: true });
    await page.keyboard.press('Enter');
    // Previous moved focus into the answer of prompt 2, with what was typed there.
    const second = await focusReaches(page, is('answer-1'), 'the second answer');
    assert.equal(second.value, answers[1]);
    const draft = await page.evaluate(() => localStorage.getItem('vt-reflection:storybook-en'));
    assert.deepEqual(JSON.parse(draft).answers, answers, 'every answer is saved on the device');
    await done();
  });

  test('deletes the answers after a confirmation: Cancel first, Escape cancels, focus returns', async () => {
    const { page, done } = await sb.open('elements-vt-reflection-card--with-saved-answers');
    await tabTo(page, (element) => element.tag === 'button' && /Delete|Poista/.test(element.text), { what: 'Delete' });
    await page.keyboard.press('Enter');
    const cancel = await focusReaches(page, (element) => element.tag === 'button' && element.host === 'vt-reflection-card' && /Peruuta|Cancel/.test(element.text), 'Cancel in the dialog');
    assert.ok(cancel);
    await page.keyboard.press('Escape');
    const back = await focusReaches(page, (element) => /Poista|Delete/.test(element.text), 'the Delete button again');
    assert.equal(back.tag, 'button');
    await page.keyboard.press('Enter');
    await focusReaches(page, (element) => /Peruuta|Cancel/.test(element.text), 'Cancel');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await focusReaches(page, (element) => element.tag === 'button' && /Poista|Delete/.test(element.text), 'the Delete button');
    // The card renders the emptied answer a moment after focus returns; wait for it (a few seconds at most).
    const answer = page.locator('vt-reflection-card #answer-0');
    for (let tries = 0; tries < 50 && (await answer.inputValue()) !== ''; tries += 1) await page.waitForTimeout(100);
    assert.equal(await answer.inputValue(), '');
    assert.match(await textOf(page, 'vt-reflection-card [part="notice"]'), /poistettu|deleted/);
    await done();
  });

  test('presenter mode moves between prompts with the buttons and with arrow and page keys', async () => {
    const { page, done } = await sb.open('elements-vt-reflection-card--presenter');
    const prompt = () => textOf(page, 'vt-reflection-card [part="prompt"]');
    const first = await prompt();
    await tabTo(page, (element) => element.tag === 'button');
    await page.keyboard.press('Enter');
    const second = await prompt();
    assert.notEqual(second, first, 'Enter on Next shows the next prompt');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await prompt(), first, 'ArrowLeft goes back');
    await page.keyboard.press('PageDown');
    assert.equal(await prompt(), second, 'PageDown goes forward');
    await done();
  });
});

describe('<vt-phase-timer> by keyboard', () => {
  const status = (page) => page.locator('vt-phase-timer [part="base"]').getAttribute('data-status');
  const phase = (page) => textOf(page, 'vt-phase-timer [part="phase"] .count');

  test('starts, pauses and moves between phases with the documented shortcuts, from the first Tab', async () => {
    const { page, done } = await sb.open('elements-vt-phase-timer--english');
    // Single-key shortcuts act only while focus is inside the timer (WCAG 2.1.4): not from the page.
    await page.keyboard.press('k');
    await page.keyboard.press('n');
    assert.equal(await status(page), 'idle', 'K outside the timer did nothing');
    assert.equal(await phase(page), 'Phase 1 of 6', 'N outside the timer did nothing');
    const toggle = await tabTo(page, (element) => element.command === 'toggle', { what: 'Start' });
    assert.equal(toggle.text, 'Start');
    assert.equal(await page.locator('vt-phase-timer [data-command="toggle"]').getAttribute('aria-keyshortcuts'), 'Space K');
    assert.equal(await status(page), 'idle');
    await page.keyboard.press('k');
    assert.equal(await status(page), 'running', 'K starts');
    await page.keyboard.press('k');
    assert.equal(await status(page), 'paused', 'K pauses');
    assert.equal(await textOf(page, 'vt-phase-timer [part="status"]'), 'Paused');
    // Space on the focused button presses it (resume), once.
    await page.keyboard.press('Space');
    assert.equal(await status(page), 'running', 'Space on the button resumes');
    assert.equal(await phase(page), 'Phase 1 of 6');
    await page.keyboard.press('n');
    assert.equal(await phase(page), 'Phase 2 of 6', 'N moves to the next phase');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await phase(page), 'Phase 1 of 6', 'ArrowLeft moves back');
    await page.keyboard.press('ArrowRight');
    assert.equal(await phase(page), 'Phase 2 of 6', 'ArrowRight moves on');
    await page.keyboard.press('p');
    assert.equal(await phase(page), 'Phase 1 of 6', 'P moves back');
    // Start over asks first; Escape cancels and focus returns to the Start over button.
    await page.keyboard.press('r');
    assert.equal(await page.locator('vt-phase-timer dialog').evaluate((dialog) => dialog.open), true, 'R asks first');
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('vt-phase-timer dialog').evaluate((dialog) => dialog.open), false);
    assert.equal((await focused(page)).command, 'reset');
    assert.equal(await status(page), 'running', 'cancelling changed nothing');
    await page.keyboard.press('k');
    assert.equal(await status(page), 'paused');
    await done();
  });

  test('every control is a Tab stop, in order, and Enter presses it', async () => {
    const { page, done } = await sb.open('elements-vt-phase-timer--english');
    const commands = [];
    let current = await tabTo(page, (element) => Boolean(element.command), { what: 'the first control' });
    while (current?.command && commands.length < 20) {
      commands.push(current.command);
      await page.keyboard.press('Tab');
      current = await focused(page);
    }
    assert.deepEqual(commands.slice(0, 7), ['toggle', 'previous', 'next', 'minusOne', 'plusOne', 'plusFive', 'reset']);
    await tabTo(page, (element) => element.command === 'next', { back: true });
    await page.keyboard.press('Enter');
    assert.equal(await phase(page), 'Phase 2 of 6');
    await done();
  });
});

describe('no keyboard trap', () => {
  const cases = [
    ['elements-vt-group-signup--all-fields', 'vt-group-signup'],
    ['elements-vt-survey--single-page', 'vt-survey'],
    ['elements-vt-reflection-card--with-saved-answers', 'vt-reflection-card'],
    ['elements-vt-phase-timer--custom-agenda', 'vt-phase-timer'],
  ];
  for (const [id, host] of cases) {
    test(`Tab goes into <${host}>, through it and out again, and Shift+Tab back (${id})`, async () => {
      const { page, done } = await sb.open(id);
      const stops = [];
      for (let presses = 0; presses < 80; presses++) {
        await page.keyboard.press('Tab');
        const current = await focused(page);
        if (!current) break;
        stops.push(current);
      }
      assert.ok(stops.length > 0 && stops.every((stop) => stop.host === host), `Tab stops are in <${host}>`);
      assert.ok(stops.length < 80, `Tab left <${host}> after ${stops.length} stops`);
      // Back again from past the end: Shift+Tab passes the same stops in reverse order.
      const key = (stop) => `${stop.tag}#${stop.id}[${stop.name ?? ''}] ${stop.text}`;
      const backwards = [];
      for (let presses = 0; presses < stops.length; presses++) {
        await page.keyboard.press('Shift+Tab');
        const current = await focused(page);
        backwards.push(current ? key(current) : 'nothing');
      }
      assert.deepEqual(backwards, stops.map(key).reverse(), 'Shift+Tab passes the same stops, in reverse');
      await done();
    });
  }
});

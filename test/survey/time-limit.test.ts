import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { Model } from 'survey-core';
import { parseDefinition, type DefinitionResult } from '../../src/survey/definition.js';
import { clearDraft, draftKey } from '../../src/survey/draft.js';
import { parseExpression } from '../../src/survey/expression.js';
import { loadTypes } from '../../src/survey/questions/registry.js';
import { readDefinition } from '../../src/survey/read-definition.js';
import type { VtSurvey } from '../../src/survey/survey.js';
import { useClock } from '../../src/survey/time-limit.js';
import { FakeClock } from '../phase-timer/fake-clock.js';
import { scenario } from '../support/endpoint.js';
import { typeText } from '../support/keyboard.js';
import { $, focused, mountSurvey, tabTo, textOf } from '../support/survey-page.js';

/**
 * A survey's time limits (docs/survey-format.md, "Time limits"): the countdown, the warning, "Add more
 * time" (WCAG 2.2.1), and what happens when time runs out, held to survey-core 2.5, whose timer is driven
 * here a second at a time (`timerModel.doTimer`). Our clock is one the tests move by hand: states, not
 * durations, are asserted.
 */

/** Two pages, 90 seconds for the whole survey. */
const WHOLE = {
  title: 'Timed',
  showTimer: true,
  maxTimeToFinish: 90,
  pages: [
    { name: 'first', elements: [{ type: 'text', name: 'name', title: 'Your name' }] },
    { name: 'second', elements: [{ type: 'comment', name: 'why', title: 'Why?', isRequired: true }] },
  ],
};

/** Three pages, 30 seconds each, the second 10 seconds of its own. */
const PAGES = {
  title: 'Timed pages',
  showTimerPanel: 'top',
  maxTimeToFinishPage: 30,
  pages: [
    { name: 'first', elements: [{ type: 'text', name: 'name', title: 'Your name' }] },
    { name: 'second', maxTimeToFinish: 10, elements: [{ type: 'text', name: 'town', title: 'Your town' }] },
    { name: 'third', elements: [{ type: 'comment', name: 'why', title: 'Why?' }] },
  ],
};

/** `json` without the properties `names`. */
const without = (json: Record<string, unknown>, ...names: string[]) => Object.fromEntries(Object.entries(json).filter(([name]) => !names.includes(name)));

let clock: FakeClock;
beforeEach(() => {
  clock = new FakeClock();
  useClock(clock);
});
afterEach(() => {
  useClock();
  for (const title of ['Timed', 'Timed pages']) clearDraft(draftKey(title));
});

/** survey-core's timer moves one second on (what its own ticking does each second: private in its types). */
const oneSecond = (model: Model) => (model.timerModel as unknown as { doTimer(seconds: number): void }).doTimer(1);

/** survey-core's model after `seconds` of its timer, answered with `values` first. */
function reference(json: unknown, values: Record<string, unknown>, seconds: number): Model {
  const model = new Model(json);
  for (const [name, value] of Object.entries(values)) model.setValue(name, value);
  for (let second = 0; second < seconds; second++) oneSecond(model);
  return model;
}

/** What a sighted person reads in an element (not what is only for screen readers), and what a screen reader reads. */
const seen = (element: Element | null) => {
  const copy = element!.cloneNode(true) as Element;
  copy.querySelectorAll('.vt-visually-hidden').forEach((hidden) => hidden.remove());
  return copy.textContent!.replace(/\s+/g, ' ').trim();
};
const heard = (element: Element | null) => {
  const copy = element!.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return copy.textContent!.replace(/\s+/g, ' ').trim();
};
const timers = (survey: VtSurvey) => [...survey.shadowRoot!.querySelectorAll('[part="time-limit"] [role="timer"]')];
/** What the live regions of the countdown say: a warning as an alert, the rest politely. */
const alertText = (survey: VtSurvey) => textOf(survey, '[part="time-limit"] [role="alert"]');
const statusText = (survey: VtSurvey) => textOf(survey, '[part="time-limit"] [role="status"]');

async function typeInto(survey: VtSurvey, selector: string, text: string): Promise<void> {
  $(survey, selector)!.focus();
  await typeText(text);
  await survey.updateComplete;
}

async function pressSubmit(survey: VtSurvey): Promise<void> {
  $(survey, '[part="submit"]')!.focus();
  await sendKeys({ press: 'Enter' });
  await survey.updateComplete;
}

describe('reading time limits', () => {
  before(() => loadTypes({ maxTimeToFinish: 1 }));

  /** The checker's result, the fast pass held to it as the element runs them. */
  function read(json: unknown): DefinitionResult {
    const checked = parseDefinition(json, { parseExpression });
    const fast = readDefinition(json, parseExpression);
    if (checked.ok && !checked.ignored.length && !checked.notes) expect(JSON.parse(JSON.stringify(fast))).to.deep.equal(JSON.parse(JSON.stringify({ survey: checked.survey, ignored: [] })));
    else expect(fast, 'the fast pass leaves it to the checker').to.equal(undefined);
    return checked;
  }

  it('reads the limits survey-core runs, by either name, as survey-core reads them', () => {
    for (const json of [WHOLE, PAGES, { ...without(WHOLE, 'maxTimeToFinish'), timeLimit: 90, timeLimitPerPage: 30 }]) {
      const result = read(json);
      const model = new Model(json);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      expect(result.survey.timeLimit ?? 0, 'the whole survey').to.equal(model.timeLimit);
      expect(result.survey.timeLimitPerPage ?? 0, 'each page').to.equal(model.timeLimitPerPage);
      expect(result.survey.pages.map((page) => page.timeLimit ?? result.survey.timeLimitPerPage ?? 0)).to.deep.equal(model.pages.map((page) => page.getMaxTimeToFinish()));
    }
  });

  it('has no limit without showTimer, as survey-core never starts its timer then, and tells the editor', () => {
    const json = { ...without(WHOLE, 'showTimer'), maxTimeToFinishPage: 20 };
    const result = read(json);
    expect(result.ok && result.survey.timeLimit).to.equal(undefined);
    expect(result.ok && result.survey.timeLimitPerPage).to.equal(undefined);
    expect(result.ok && result.notes?.join()).to.include('showTimer');
    const model = new Model(json);
    model.startTimerFromUI();
    expect(model.timerModel.isRunning, 'survey-core runs no timer').to.equal(false);
    // showTimerPanel "none" is the same as no showTimer.
    const none = read({ ...without(WHOLE, 'showTimer'), showTimerPanel: 'none' });
    expect(none.ok && none.survey.timeLimit).to.equal(undefined);
    expect(none.ok && none.notes?.join()).to.include('showTimer');
  });

  it('accepts the presentation of survey-core\'s timer panel and ignores it', () => {
    const result = read({ ...WHOLE, timerLocation: 'bottom', timerInfoMode: 'survey', showTimerPanelMode: 'all' });
    expect(result.ok && result.ignored).to.deep.equal(['timerLocation', 'timerInfoMode', 'showTimerPanelMode']);
    expect(result.ok && result.survey.timeLimit).to.equal(90);
  });

  it('refuses both names at once, and page limits one question a page, naming why', () => {
    const both = read({ ...WHOLE, timeLimit: 60 });
    expect(!both.ok && both.errors.map((error) => error.message)).to.deep.equal(['Survey: maxTimeToFinish cannot be given with timeLimit; use one of them.']);
    const perQuestion = read({ ...PAGES, questionsOnPageMode: 'questionPerPage' });
    expect(!perQuestion.ok && perQuestion.errors[0]!.message).to.include('questionPerPage');
    // All on one page: survey-core times that page by maxTimeToFinishPage alone.
    const single = read({ ...PAGES, questionsOnPageMode: 'singlePage' });
    expect(single.ok && single.survey.pages.map((page) => page.timeLimit)).to.deep.equal([undefined, undefined, undefined]);
    expect(single.ok && single.notes?.join()).to.include('singlePage');
  });
});

describe('<vt-survey> with a time limit', () => {
  it('shows the time left as text near the top, counting down, read in words on demand and never announced by itself', async () => {
    const survey = await mountSurvey(WHOLE);
    await expect(survey).to.be.accessible();
    const [timer] = timers(survey);
    expect(seen(timer!)).to.equal('Time left to answer: 01:30');
    expect(heard(timer!)).to.equal('Time left to answer: 1 minute 30 seconds');
    expect(timer!.getAttribute('aria-live'), 'a timer is off by its role').to.equal(null);
    // Before the questions.
    expect(timer!.compareDocumentPosition($(survey, '[part="question"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    await clock.tick(1000);
    expect(seen(timers(survey)[0]!)).to.equal('Time left to answer: 01:29');
    await clock.tick(9000);
    expect(heard(timers(survey)[0]!)).to.equal('Time left to answer: 1 minute 20 seconds');
    expect(alertText(survey)).to.equal('');
  });

  it('shows hours as the phase timer does, and reads them in minutes', async () => {
    const survey = await mountSurvey({ ...WHOLE, maxTimeToFinish: 7230 });
    expect(seen(timers(survey)[0]!)).to.equal('Time left to answer: 2:00:30');
    expect(heard(timers(survey)[0]!)).to.equal('Time left to answer: 120 minutes 30 seconds');
  });

  it('in Finnish and Swedish, words not abbreviated', async () => {
    const fi = await mountSurvey(WHOLE, { lang: 'fi' });
    expect(heard(timers(fi)[0]!)).to.equal('Vastausaikaa jäljellä: 1 minuutti 30 sekuntia');
    expect(textOf(fi, '[part="add-time"]')).to.equal('Lisää aikaa');
    const sv = await mountSurvey(WHOLE, { lang: 'sv' });
    expect(heard(timers(sv)[0]!)).to.equal('Svarstid kvar: 1 minut 30 sekunder');
    expect(textOf(sv, '[part="add-time"]')).to.equal('Lägg till mer tid');
  });

  it("takes the page's own wording through texts", async () => {
    const survey = await mountSurvey(WHOLE);
    survey.texts = JSON.stringify({ 'survey.timeAdd': 'Give me more time', 'survey.timeLeft': 'Left' });
    await survey.updateComplete;
    expect(textOf(survey, '[part="add-time"]')).to.equal('Give me more time');
    expect(seen(timers(survey)[0]!)).to.equal('Left: 01:30');
  });

  it('warns in a live region when 20 seconds are left, once', async () => {
    const survey = await mountSurvey(WHOLE);
    await clock.tick(69_000);
    expect(alertText(survey)).to.equal('');
    expect($(survey, '[part="time-limit"]')!.dataset['level']).to.equal(undefined);
    await clock.tick(1000);
    expect(alertText(survey)).to.equal('The time to answer is running out: 20 seconds left. You can get more time with the “Add more time” button at the start of the survey.');
    expect($(survey, '[part="time-limit"]')!.dataset['level']).to.equal('low');
    await expect(survey).to.be.accessible();
    await clock.tick(5000);
    expect(alertText(survey), 'said once, not every second').to.include('20 seconds left');
  });

  it("leaves a page's warning behind with the page, not the survey's", async () => {
    const survey = await mountSurvey({ ...PAGES, maxTimeToFinish: 35 });
    await clock.tick(10_000);
    expect(alertText(survey)).to.equal('The time for this page is running out: 20 seconds left. You can get more time with the “Add more time” button at the start of the survey.');
    await pressSubmit(survey);
    expect(textOf(survey, '#progress')).to.equal('Page 2 of 3');
    expect(alertText(survey), 'the warning was about the page left').to.equal('');
    // The second page has 10 seconds: its warning comes at once; then the survey's, 20 seconds before its end.
    await clock.tick(1000);
    expect(alertText(survey)).to.include('The time for this page is running out');
    await clock.tick(4000);
    expect(alertText(survey)).to.include('The time to answer is running out: 20 seconds left');
    await pressSubmit(survey);
    expect(textOf(survey, '#progress')).to.equal('Page 3 of 3');
    expect(alertText(survey), 'the survey warning is still true').to.include('The time to answer is running out');
  });

  it('warns a tenth of a long limit before its end', async () => {
    const survey = await mountSurvey({ ...WHOLE, maxTimeToFinish: 600 });
    await clock.tick(539_000);
    expect(alertText(survey)).to.equal('');
    await clock.tick(1000);
    expect(alertText(survey)).to.include('1 minute left');
  });

  it('adds the whole limit again from the keyboard, as many times as the person likes', async () => {
    const survey = await mountSurvey(WHOLE);
    await clock.tick(75_000);
    expect(alertText(survey)).to.include('20 seconds left');
    // From what is before the survey, the first stop is the button: above the questions.
    (survey.previousElementSibling as HTMLButtonElement).focus();
    const button = await tabTo(survey, '[part="add-time"]', 1);
    expect(button.textContent!.trim()).to.equal('Add more time');
    await sendKeys({ press: 'Enter' });
    await survey.updateComplete;
    expect(seen(timers(survey)[0]!)).to.equal('Time left to answer: 01:45');
    expect(statusText(survey), 'politely: the person asked for it').to.equal('More time added. Time left to answer: 1 minute 45 seconds.');
    expect(alertText(survey), 'the warning is over').to.equal('');
    expect($(survey, '[part="time-limit"]')!.dataset['level']).to.equal(undefined);
    expect(focused(survey), 'the button stays, with the focus').to.equal(button);
    for (let more = 0; more < 11; more++) {
      await sendKeys({ press: 'Enter' });
      await survey.updateComplete;
    }
    // 105 + 11 × 90 seconds: 18 minutes 15 seconds.
    expect(seen(timers(survey)[0]!)).to.equal('Time left to answer: 18:15');
    // It warns again before the new end.
    await clock.tick((105 + 11 * 90 - 20) * 1000);
    expect(alertText(survey)).to.include('20 seconds left');
  });

  it('ends the survey when its time is up, sending what is answered, as survey-core completes it', async () => {
    const server = await scenario([201]);
    const survey = await mountSurvey(WHOLE, { endpoint: server.endpoint });
    await typeInto(survey, '#q0', 'Aino');
    const sent = oneEvent(survey, 'vt-submitted');
    await clock.tick(90_000);
    await sent;
    const model = reference(WHOLE, { name: 'Aino' }, 90);
    expect(model.state, 'survey-core completes, the second page unanswered').to.equal('completed');
    const [request] = await server.log();
    expect(request!.body.data['answers']).to.deep.equal(model.data);
    await survey.updateComplete;
    expect(focused(survey)?.id).to.equal('success-title');
    expect(clock.pending, 'the clock stops').to.equal(0);
  });

  it('when time is up on a page with errors, stays there as survey-core does, and Send ends the survey once they are put right', async () => {
    const server = await scenario([201]);
    const survey = await mountSurvey(WHOLE, { endpoint: server.endpoint });
    await pressSubmit(survey);
    expect(textOf(survey, '#progress')).to.equal('Page 2 of 2');
    await clock.tick(90_000);
    await waitUntil(() => statusText(survey).startsWith('Time is up'), 'the end is said');
    const model = reference(WHOLE, {}, 0);
    model.nextPage();
    for (let second = 0; second < 90; second++) oneSecond(model);
    expect(model.state, 'survey-core stays for the required answer').to.equal('running');
    expect(model.currentPage.questions[0]!.errors.length).to.equal(1);
    expect(statusText(survey)).to.equal('Time is up. Correct the answers marked to go on.');
    expect(focused(survey)?.matches('[part="error-summary"], [part="error-summary"] *')).to.equal(true);
    expect(seen(timers(survey)[0]!)).to.equal('Time left to answer: time is up');
    expect($(survey, '[part="add-time"]'), 'no time to add once it is up').to.equal(null);
    await expect(survey).to.be.accessible();
    await typeInto(survey, '#q1', 'Because');
    const sent = oneEvent(survey, 'vt-submitted');
    await pressSubmit(survey);
    await sent;
    model.setValue('why', 'Because');
    oneSecond(model);
    expect(model.state).to.equal('completed');
    expect((await server.log())[0]!.body.data['answers']).to.deep.equal(model.data);
  });

  it('Send ends the survey from the first page once its time is up there with errors', async () => {
    const server = await scenario([201]);
    const json = { ...WHOLE, pages: [{ elements: [{ type: 'text', name: 'name', isRequired: true }] }, WHOLE.pages[1]] };
    const survey = await mountSurvey(json, { endpoint: server.endpoint });
    await clock.tick(90_000);
    await waitUntil(() => statusText(survey).startsWith('Time is up'));
    expect(textOf(survey, '[part="submit"]'), 'no more Next').to.equal('Send answers');
    await typeInto(survey, '#q0', 'Aino');
    const sent = oneEvent(survey, 'vt-submitted');
    await pressSubmit(survey);
    await sent;
    const model = reference(json, {}, 90);
    expect(model.state).to.equal('running');
    model.setValue('name', 'Aino');
    oneSecond(model);
    expect(model.state).to.equal('completed');
    expect((await server.log())[0]!.body.data['answers']).to.deep.equal(model.data);
  });

  it("moves to the next page when a page's time is up, as Next does, and says so there", async () => {
    const survey = await mountSurvey(PAGES);
    expect(timers(survey).map(seen)).to.deep.equal(['Time left on this page: 00:30']);
    await typeInto(survey, '#q0', 'Aino');
    await clock.tick(30_000);
    await waitUntil(() => textOf(survey, '#progress') == 'Page 2 of 3', 'the next page');
    await waitUntil(() => statusText(survey) != '', 'the end is said');
    expect(focused(survey)?.id, 'as after Next').to.equal('progress');
    expect(statusText(survey), 'politely, after "Page 2 of 3"').to.equal('Time is up for the previous page, so the survey moved on to this page.');
    // The page's own limit; survey-core never goes back to a timed page.
    expect(timers(survey).map(seen)).to.deep.equal(['Time left on this page: 00:10']);
    expect(textOf(survey, '.nav')).to.not.include('Previous');
    const model = reference(PAGES, { name: 'Aino' }, 30);
    expect(model.currentPageNo).to.equal(1);
    expect(model.isShowPrevButton).to.equal(false);
    await expect(survey).to.be.accessible();
  });

  it("ends the survey when the last page's time is up, as survey-core completes it", async () => {
    const server = await scenario([201]);
    const survey = await mountSurvey(PAGES, { endpoint: server.endpoint });
    await pressSubmit(survey);
    await pressSubmit(survey);
    expect(textOf(survey, '#progress')).to.equal('Page 3 of 3');
    await typeInto(survey, '#q2', 'Because');
    const sent = oneEvent(survey, 'vt-submitted');
    await clock.tick(30_000);
    await sent;
    const model = new Model(PAGES);
    model.nextPage();
    model.nextPage();
    model.setValue('why', 'Because');
    for (let second = 0; second < 30; second++) oneSecond(model);
    expect(model.state).to.equal('completed');
    expect((await server.log())[0]!.body.data['answers']).to.deep.equal(model.data);
  });

  it('times every question on one page by the limit per page, as survey-core times its single page', async () => {
    const survey = await mountSurvey({ ...PAGES, questionsOnPageMode: 'singlePage' });
    expect(timers(survey).map(seen)).to.deep.equal(['Time left on this page: 00:30']);
    const model = new Model({ ...PAGES, questionsOnPageMode: 'singlePage' });
    expect(model.currentPage.getMaxTimeToFinish()).to.equal(30);
  });

  it('counts from the start button on, never on the start page', async () => {
    const survey = await mountSurvey({ ...WHOLE, firstPageIsStartPage: true, pages: [{ name: 'start', elements: [{ type: 'html', name: 'intro', html: 'Welcome' }] }, ...WHOLE.pages] });
    expect(timers(survey)).to.have.length(0);
    await clock.tick(120_000);
    await pressSubmit(survey);
    expect(timers(survey).map(seen)).to.deep.equal(['Time left to answer: 01:30']);
  });

  it('shows no countdown where survey-core runs no timer (no showTimer)', async () => {
    const survey = await mountSurvey(without(WHOLE, 'showTimer'));
    expect($(survey, '[part="time-limit"]')).to.equal(null);
    await clock.tick(200_000);
    expect(textOf(survey, '#progress')).to.equal('Page 1 of 2');
  });

  it('stops counting while the browser hides the page, and goes on where it stopped', async () => {
    const survey = await mountSurvey(WHOLE);
    await clock.tick(10_000);
    const setVisibility = (state?: string) => {
      if (state) Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
      else delete (document as unknown as Record<string, unknown>)['visibilityState'];
      document.dispatchEvent(new Event('visibilitychange'));
    };
    setVisibility('hidden');
    try {
      await clock.tick(600_000);
      expect(clock.pending, 'no ticking while hidden').to.equal(0);
    } finally {
      setVisibility();
    }
    await survey.updateComplete;
    expect(seen(timers(survey)[0]!)).to.equal('Time left to answer: 01:20');
    await clock.tick(1000);
    expect(seen(timers(survey)[0]!)).to.equal('Time left to answer: 01:19');
  });

  it('starts the clock again after a reload, the answers kept', async () => {
    const first = await mountSurvey(WHOLE);
    await typeInto(first, '#q0', 'Aino');
    await clock.tick(60_000);
    first.remove();
    const again = await mountSurvey(WHOLE);
    expect(($(again, '#q0') as HTMLInputElement).value).to.equal('Aino');
    expect(timers(again).map(seen)).to.deep.equal(['Time left to answer: 01:30']);
  });
});

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { Model } from 'survey-core';
import '../../src/survey/define.js';
import { parseDefinition, textIn, type DefinitionResult } from '../../src/survey/definition.js';
import { parseExpression } from '../../src/survey/expression.js';
import { loadTypes } from '../../src/survey/questions/registry.js';
import { numberLabel } from '../../src/survey/settings.js';
import { readDefinition } from '../../src/survey/read-definition.js';
import type { VtSurvey } from '../../src/survey/survey.js';
import { scenario } from '../support/endpoint.js';

/**
 * The survey-level settings of a definition (docs/survey-format.md, "Survey"): a start page, the
 * editor's button texts, question numbers, questions on page, the definition's language, what shows
 * after sending (showCompletedPage, navigateToUrl, completedHtml's heading) and the logo. A question
 * family whose chunk cannot be fetched: chunk-failure.test.ts.
 */

const $ = <T extends Element = HTMLElement>(survey: VtSurvey, selector: string) =>
  survey.shadowRoot!.querySelector<T & Element>(selector) as T | null;
const $$ = (survey: VtSurvey, selector: string) => [...survey.shadowRoot!.querySelectorAll(selector)];
const focused = (survey: VtSurvey) => survey.shadowRoot!.activeElement as HTMLElement | null;
const textOf = (survey: VtSurvey, selector: string) => $(survey, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** What a screen reader names each question by: its legend or label, number included. */
const questionNames = (survey: VtSurvey) =>
  $$(survey, '[part="question"]:not(.markup)').map((question) =>
    (question.querySelector('legend, label')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );

async function tabTo(survey: VtSurvey, selector: string): Promise<HTMLElement> {
  for (let presses = 0; presses < 30; presses++) {
    await sendKeys({ press: 'Tab' });
    const current = focused(survey);
    if (current?.matches(selector)) return current;
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function mount(definition: unknown, { lang = 'en', endpoint = '', layout = '' } = {}): Promise<VtSurvey> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <button id="before">Before</button>
    <vt-survey lang=${lang} endpoint=${endpoint} layout=${layout} allow-multiple .definition=${definition}></vt-survey>
  </div>`);
  const survey = wrapper.querySelector<VtSurvey>('vt-survey')!;
  await survey.updateComplete;
  return survey;
}

/** Presses the submit (or start) button by keyboard and waits for the survey to render. */
async function pressSubmit(survey: VtSurvey): Promise<void> {
  (survey.previousElementSibling as HTMLButtonElement).focus();
  await tabTo(survey, '[part="submit"]');
  await sendKeys({ press: 'Enter' });
  await survey.updateComplete;
}

function checked(json: unknown): DefinitionResult {
  return parseDefinition(json, { parseExpression });
}

const ELEMENTS = [{ type: 'text', name: 'q' }];

describe('survey settings: read as survey-core reads them', () => {
  // The settings' chunk, as the element fetches it for a definition with a setting.
  before(() => loadTypes({ locale: 'fi' }));

  it('reads the settings with the fast pass, the model the same as the checker gives', () => {
    const json = {
      firstPageIsStarted: true,
      startSurveyText: { fi: 'Aloita', sv: 'Börja' },
      pagePrevText: 'Back',
      pageNextText: 'On',
      completeText: { default: 'Done' },
      showQuestionNumbers: 'onpage',
      questionStartIndex: 'A)',
      questionsOnPageMode: 'questionPerPage',
      locale: 'sv',
      showCompletedPage: false,
      navigateToUrl: 'https://example.org/next',
      logo: { default: '/logo.png', sv: 'https://example.org/sv.png' },
      pages: [{ elements: [] }, { elements: [{ type: 'text', name: 'q', hideNumber: true }, { type: 'text', name: 'r', showNumber: false }] }],
    };
    const read = readDefinition(json, parseExpression);
    const result = checked(json);
    expect(result.ok).to.equal(true);
    expect(JSON.parse(JSON.stringify(read))).to.deep.equal(JSON.parse(JSON.stringify(result.ok && { survey: result.survey, ignored: [] })));
    expect(read!.survey).to.include({
      firstPageIsStarted: true,
      questionNumbers: 'onPage',
      questionStartIndex: 'A)',
      questionsOnPageMode: 'questionPerPage',
      locale: 'sv',
      showCompletedPage: false,
      navigateToUrl: 'https://example.org/next',
    });
    // The empty first page stays: it is the start page.
    expect(read!.survey.pages.map((page) => page.questions.length)).to.deep.equal([0, 2]);
  });

  it('reads showQuestionNumbers true, false and any letter case; the defaults leave the model as it was', () => {
    const numbers = (value: unknown) => readDefinition({ showQuestionNumbers: value, elements: ELEMENTS }, parseExpression)!.survey.questionNumbers;
    expect([true, 'On', 'ONPAGE', false, 'off'].map(numbers)).to.deep.equal(['on', 'on', 'onPage', undefined, undefined]);
    const plain = readDefinition({ elements: ELEMENTS }, parseExpression)!.survey;
    const defaults = readDefinition(
      { showQuestionNumbers: 'off', questionsOnPageMode: 'standard', showCompletePage: true, firstPageIsStartPage: true, elements: ELEMENTS },
      parseExpression,
    )!.survey;
    // A start page needs a page after it, as in survey-core.
    expect(JSON.stringify(defaults)).to.equal(JSON.stringify(plain));
    expect(new Model({ firstPageIsStartPage: true, elements: ELEMENTS }).state).to.equal('running');
  });

  it('names a value it cannot read, and tells the editor of what it reads another way', () => {
    const wrong = checked({ showQuestionNumbers: 'yes', questionsOnPageMode: 'twoPerPage', startSurveyText: 3, elements: ELEMENTS });
    expect(wrong.ok).to.equal(false);
    expect(!wrong.ok && wrong.errors.map((error) => error.message)).to.deep.equal([
      'Survey: startSurveyText needs a text, or texts by language.',
      'Survey: showQuestionNumbers needs true, false, "on", "onPage" or "off".',
      'Survey: questionsOnPageMode needs "standard", "singlePage" or "questionPerPage".',
    ]);
    const json = {
      showQuestionNumbers: 'recursive',
      questionsOnPageMode: 'inputPerPage',
      navigateToUrl: 'javascript:alert(1)',
      logo: 'data:image/png;base64,AAAA',
      elements: ELEMENTS,
    };
    expect(readDefinition(json, parseExpression), 'left to the checker').to.equal(undefined);
    const read = checked(json);
    expect(read.ok && read.notes).to.deep.equal([
      'Survey: showQuestionNumbers is "recursive": questions are numbered as with "on" (no panel numbers).',
      'Survey: questionsOnPageMode is "inputPerPage": read as "questionPerPage", one question a page.',
      'Survey: navigateToUrl is not shown: "javascript:alert(1)" is not an http(s) or relative URL.',
      'Survey: logo is not shown: "data:image/png;base64,AAAA" is not an http(s) or relative URL.',
    ]);
    expect(read.ok && read.survey).to.include({ questionNumbers: 'on', questionsOnPageMode: 'questionPerPage' });
    expect(read.ok && read.survey).to.not.have.any.keys('navigateToUrl', 'logo');
  });

  it('numbers as survey-core numbers for each questionStartIndex', () => {
    const elements = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'].map((name) => ({ type: 'text', name }));
    for (const start of ['', '1', '1.', 'a)', '(1)', 'A', '# ', 'Q1:', '5.', '10)', 'abc', ' 2 ', 'I.', 'Question 1', '01', '0', 'x-1-']) {
      const core = new Model({ showQuestionNumbers: 'on', questionStartIndex: start, elements });
      const theirs = core.getAllQuestions().map((question) => (question as unknown as { no: string }).no);
      // survey-core counts a lone "0" by character code: the same up to the tenth question.
      const count = start == '0' ? 10 : elements.length;
      expect(elements.slice(0, count).map((_, index) => numberLabel(index, start)), JSON.stringify(start)).to.deep.equal(theirs.slice(0, count));
    }
  });

  it('shows a text in the page language, else in the definition locale, else default (English: default first)', () => {
    expect(textIn({ sv: 'S', default: 'D' }, 'fi', 'sv')).to.equal('S');
    expect(textIn({ sv: 'S', default: 'D', fi: 'F' }, 'fi', 'sv')).to.equal('F');
    expect(textIn({ sv: 'S', default: 'D' }, 'en', 'sv')).to.equal('D');
    expect(textIn({ sv: 'S', fi: 'F' }, 'en', 'sv')).to.equal('S');
    expect(textIn({ de: 'G', default: 'D' }, 'fi', 'sv')).to.equal('D');
    expect(textIn('Plain', 'fi', 'sv')).to.equal('Plain');
    // survey-core, told nothing, shows the definition's locale too.
    expect(new Model({ locale: 'sv', title: { sv: 'S', default: 'D' }, elements: ELEMENTS }).title).to.equal('S');
  });
});

describe('<vt-survey> start page', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  const STARTED = {
    title: 'Group feedback',
    firstPageIsStarted: true,
    startSurveyText: { fi: 'Aloitetaan', en: 'Begin the survey' },
    showQuestionNumbers: 'on',
    pages: [
      { name: 'welcome', title: 'Welcome', description: 'Five minutes.', elements: [{ type: 'boolean', name: 'consent', title: 'I agree', isRequired: true }] },
      { name: 'one', elements: [{ type: 'rating', name: 'climate', title: 'Climate' }] },
    ],
  };

  it('shows the start page with its button; its question is checked on starting, then the survey starts, focus on it', async () => {
    const server = await scenario([201]);
    const survey = await mount(STARTED, { endpoint: server.endpoint });
    await expect(survey).to.be.accessible();
    expect(textOf(survey, '.page-title')).to.equal('Welcome');
    expect(textOf(survey, '[part="submit"]')).to.equal('Begin the survey');
    expect($(survey, '[part="progress"]'), 'no progress on the start page').to.equal(null);
    // Numbered with "on", the start page too: the number is text in the name a screen reader reads.
    expect(questionNames(survey)).to.deep.equal(['1. I agree (required)']);

    await pressSubmit(survey);
    await waitUntil(() => focused(survey)?.closest('[part="error-summary"]') || focused(survey)?.matches('[part="error-summary"]'), 'the error summary');
    expect(textOf(survey, '[part="submit"]')).to.equal('Begin the survey');

    await tabTo(survey, 'input[type="radio"]');
    await sendKeys({ press: ' ' });
    await survey.updateComplete;
    await tabTo(survey, '[part="submit"]');
    await sendKeys({ press: 'Enter' });
    await survey.updateComplete;
    // One page after the start page: no progress line, so the title takes the focus.
    await waitUntil(() => focused(survey)?.id == 'survey-title', 'the survey title is focused');
    expect(questionNames(survey)).to.deep.equal(['2. Climate']);
    expect($(survey, '.nav button[type="button"]'), 'no way back to the start page').to.equal(null);
    expect(textOf(survey, '[part="submit"]')).to.equal('Send answers');
    await expect(survey).to.be.accessible();
    const sent = oneEvent(survey, 'vt-submitted');
    await tabTo(survey, '[part="submit"]');
    await sendKeys({ press: 'Enter' });
    await sent;
    const [request] = await server.log();
    // The start page's answers are sent with the rest, as survey-core's survey.data has them.
    expect(request!.body.data['answers']).to.deep.equal({ consent: true });
  });

  it('keeps the start page over a reload, and a start page without questions still shows its title', async () => {
    const survey = await mount({ ...STARTED, pages: [{ name: 'welcome', title: 'Hello', elements: [] }, STARTED.pages[1]] }, { lang: 'fi' });
    expect(textOf(survey, '.page-title')).to.equal('Hello');
    expect(textOf(survey, '[part="submit"]')).to.equal('Aloitetaan');
    expect($$(survey, '[part="question"]')).to.have.length(0);
    await expect(survey).to.be.accessible();
    await pressSubmit(survey);
    await waitUntil(() => focused(survey)?.id == 'survey-title', 'started');
    expect(questionNames(survey)).to.deep.equal(['1. Climate']);
  });

  it('never sends on starting, even when every page after the start page is hidden', async () => {
    const server = await scenario([201]);
    const hidden = { ...STARTED, pages: [STARTED.pages[0], { ...STARTED.pages[1], visibleIf: '{consent} = false' }] };
    const survey = await mount(hidden, { endpoint: server.endpoint });
    await tabTo(survey, 'input[type="radio"]');
    await sendKeys({ press: ' ' });
    await survey.updateComplete;
    await tabTo(survey, '[part="submit"]');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(survey)?.id == 'survey-title', 'started');
    expect(textOf(survey, '[part="submit"]')).to.equal('Send answers');
    expect(await server.log()).to.deep.equal([]);
  });
});

describe('<vt-survey> button texts, pages and numbers from the definition', () => {
  beforeEach(() => sessionStorage.clear());

  const THREE = {
    pageNextText: { fi: 'Eteenpäin', sv: 'Framåt', default: 'Onwards' },
    pagePrevText: { fi: 'Takaisin', default: 'Back' },
    completeText: 'Submit feedback',
    showQuestionNumbers: 'onPage',
    questionStartIndex: 'A)',
    pages: [
      { elements: [{ type: 'radiogroup', name: 'role', title: 'Role', choices: ['worker', 'owner'] }, { type: 'html', name: 'note', html: '<p>Note</p>' }, { type: 'text', name: 'company', title: 'Company', visibleIf: "{role} = 'owner'" }] },
      { elements: [{ type: 'comment', name: 'more', title: 'More' }, { type: 'boolean', name: 'again', title: 'Again?', hideNumber: true }] },
      { elements: [{ type: 'text', name: 'mail', title: 'Mail' }] },
    ],
  };

  it("shows the editor's button texts in the page's language, over ours", async () => {
    const survey = await mount(THREE, { lang: 'fi' });
    expect(textOf(survey, '[part="submit"]')).to.equal('Eteenpäin');
    await pressSubmit(survey);
    expect(textOf(survey, '.nav button[type="button"]')).to.equal('Takaisin');
    await pressSubmit(survey);
    expect(textOf(survey, '[part="submit"]')).to.equal('Submit feedback');
    sessionStorage.clear();
    const english = await mount(THREE, { lang: 'en' });
    expect(textOf(english, '[part="submit"]')).to.equal('Onwards');
    await expect(english).to.be.accessible();
  });

  it('numbers each page from A) with onPage, the numbers read as part of each question; a shown question takes its number', async () => {
    const survey = await mount(THREE);
    expect(questionNames(survey)).to.deep.equal(['A) Role']);
    await tabTo(survey, '#q0-0');
    await sendKeys({ press: 'ArrowRight' });
    await survey.updateComplete;
    expect(questionNames(survey)).to.deep.equal(['A) Role', 'B) Company']);
    expect(textOf(survey, '.number')).to.equal('A)');
    await pressSubmit(survey);
    expect(questionNames(survey)).to.deep.equal(['A) More', 'Again?']);
    await expect(survey).to.be.accessible();
  });

  it('puts all pages on one page for singlePage, numbered through; layout="single-page" does the same', async () => {
    const survey = await mount({ ...THREE, questionsOnPageMode: 'singlePage' });
    expect(questionNames(survey)).to.deep.equal(['A) Role', 'B) More', 'Again?', 'C) Mail']);
    expect($(survey, '[part="progress"]')).to.equal(null);
    expect(textOf(survey, '[part="submit"]')).to.equal('Submit feedback');
    await expect(survey).to.be.accessible();
    const byLayout = await mount(THREE, { layout: 'single-page' });
    expect(questionNames(byLayout)).to.deep.equal(['A) Role', 'B) More', 'Again?', 'C) Mail']);
  });

  it('shows one question a page for questionPerPage, with its progress, by keyboard', async () => {
    const survey = await mount({ ...THREE, questionsOnPageMode: 'questionPerPage' });
    expect(questionNames(survey)).to.deep.equal(['A) Role']);
    expect(textOf(survey, '[part="progress"]')).to.equal('Page 1 of 5');
    await pressSubmit(survey);
    await waitUntil(() => focused(survey)?.id == 'progress', 'the progress is focused');
    expect(textOf(survey, '[part="progress"]')).to.equal('Page 2 of 5');
    expect(textOf(survey, '.markup')).to.equal('Note');
    await pressSubmit(survey);
    expect(questionNames(survey)).to.deep.equal(['A) More']);
    await expect(survey).to.be.accessible();
  });
});

describe('<vt-survey> after sending, the logo and the definition language', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  async function send(definition: unknown, lang = 'en'): Promise<VtSurvey> {
    const server = await scenario([201]);
    const survey = await mount(definition, { endpoint: server.endpoint, lang });
    const sent = oneEvent(survey, 'vt-submitted');
    await pressSubmit(survey);
    await sent;
    await waitUntil(() => focused(survey)?.id == 'success-title', 'the heading after sending is focused');
    return survey;
  }

  it('says the answers went, with no thanks text, for showCompletedPage false; navigateToUrl a link, never followed', async () => {
    const survey = await send({ showCompletedPage: false, completedHtml: 'Thanks a lot', navigateToUrl: 'https://example.org/next?from=survey', elements: ELEMENTS });
    expect(focused(survey)!.tagName).to.equal('H2');
    expect(textOf(survey, '#success-title')).to.equal('Your answers have been sent');
    expect(textOf(survey, '[part="success"]')).to.not.contain('Thanks a lot');
    const link = $<HTMLAnchorElement>(survey, '[part="next-link"]')!;
    expect([link.textContent, link.getAttribute('href'), link.target]).to.deep.equal(['Continue', 'https://example.org/next?from=survey', '']);
    expect(location.href).to.not.contain('example.org');
    await tabTo(survey, '[part="next-link"]');
    await expect(survey).to.be.accessible();
  });

  it("makes the heading that opens completedHtml's markup the one focused and announced; markup without one gets ours", async () => {
    const headed = await send({ completedHtml: '<h3>Kiitos!</h3><p>Read <a href="https://example.org">more</a>.</p>', elements: ELEMENTS });
    expect(focused(headed)!.tagName).to.equal('H3');
    expect(focused(headed)!.textContent).to.equal('Kiitos!');
    expect($(headed, '[part="success"]')!.getAttribute('aria-labelledby')).to.equal('success-title');
    expect($$(headed, '[part="success"] h2')).to.have.length(0);
    await expect(headed).to.be.accessible();
    const plain = await send({ completedHtml: '<p>We read <b>every</b> answer.</p><h3>Next</h3>', elements: ELEMENTS });
    expect(focused(plain)!.tagName).to.equal('H2');
    expect(textOf(plain, '#success-title')).to.equal('Thank you for your answers!');
    expect(textOf(plain, '[part="success"] .markup')).to.equal('We read every answer.Next');
    await expect(plain).to.be.accessible();
  });

  it('shows the logo with the title as its text, and texts in the definition locale where the page language has none', async () => {
    const survey = await mount({
      locale: 'sv',
      logo: '/logo.png',
      title: { sv: 'Respons', default: 'Feedback' },
      pageNextText: { sv: 'Nästa fråga' },
      pages: [{ elements: [{ type: 'text', name: 'q', title: { sv: 'Fråga', en: 'Question' } }] }, { elements: ELEMENTS.map((q) => ({ ...q, name: 'r' })) }],
    }, { lang: 'fi' });
    const logo = $<HTMLImageElement>(survey, '[part="logo"]')!;
    expect([logo.getAttribute('src'), logo.alt]).to.deep.equal(['/logo.png', 'Respons']);
    expect(textOf(survey, '.title')).to.equal('Respons');
    expect(questionNames(survey)).to.deep.equal(['Fråga']);
    expect(textOf(survey, '[part="submit"]')).to.equal('Nästa fråga');
    await expect(survey).to.be.accessible();
    const english = await mount({ locale: 'sv', title: { sv: 'Respons', default: 'Feedback' }, elements: ELEMENTS }, { lang: 'en' });
    expect(textOf(english, '.title')).to.equal('Feedback');
  });
});

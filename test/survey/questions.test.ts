import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/survey/define.js';
import type { VtSurvey } from '../../src/survey/survey.js';
import { scenario } from '../support/endpoint.js';
import { typeText } from '../support/keyboard.js';

/** The question types and rules of issue 18, in the element, used as a person would. */

const $ = <T extends HTMLElement = HTMLElement>(survey: VtSurvey, selector: string) => survey.shadowRoot!.querySelector<T>(selector);
const focused = (survey: VtSurvey) => survey.shadowRoot!.activeElement as HTMLElement | null;
const textOf = (survey: VtSurvey, selector: string) => $(survey, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function tabTo(survey: VtSurvey, selector: string): Promise<HTMLElement> {
  for (let presses = 0; presses < 30; presses++) {
    await sendKeys({ press: 'Tab' });
    if (focused(survey)?.matches(selector)) return focused(survey)!;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** A dropdown, typed inputs with limits and a placeholder, and a page shown by the dropdown's answer. */
const MEETING = {
  title: 'Meeting',
  pages: [
    {
      name: 'basics',
      elements: [
        { type: 'dropdown', name: 'format', title: 'Format', isRequired: true, placeholder: 'Pick a format', choices: ['face|Face to face', 'online|Online', { value: 3, text: 'Hybrid' }] },
        { type: 'text', name: 'when', title: 'Date', inputType: 'date' },
        { type: 'text', name: 'size', title: 'Group size', inputType: 'number', min: 2, max: 12, step: 1 },
        { type: 'text', name: 'energy', title: 'Energy', inputType: 'range', min: 0, max: 10 },
        { type: 'comment', name: 'notes', title: 'Notes', placeholder: 'Write here' },
      ],
    },
    { name: 'online', visibleIf: "{format} = 'online'", elements: [{ type: 'text', name: 'tool', title: 'Which tool?', inputType: 'url' }] },
    { name: 'end', elements: [{ type: 'boolean', name: 'again', title: 'Again?' }] },
  ],
};

async function mount(definition: unknown, endpoint?: string): Promise<VtSurvey> {
  const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">Before</button></div>`);
  const survey = document.createElement('vt-survey');
  survey.setAttribute('lang', 'en');
  survey.allowMultiple = true;
  if (endpoint) survey.setAttribute('endpoint', endpoint);
  survey.definition = definition;
  wrapper.append(survey);
  await survey.updateComplete;
  return survey;
}

describe('<vt-survey> question types', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('shows a dropdown as a labelled native select with its placeholder, and typed inputs with their limits, accessibly', async () => {
    const survey = await mount(MEETING);
    await expect(survey).to.be.accessible();
    const select = $<HTMLSelectElement>(survey, 'select#q0')!;
    expect(textOf(survey, 'label[for="q0"]')).to.contain('Format').and.contain('(required)');
    expect([...select.options].map((option) => option.text)).to.deep.equal(['Pick a format', 'Face to face', 'Online', 'Hybrid']);
    expect(select.value).to.equal('');
    expect($<HTMLInputElement>(survey, '#q1')!.type).to.equal('date');
    const size = $<HTMLInputElement>(survey, '#q2')!;
    expect([size.type, size.min, size.max, size.step]).to.deep.equal(['number', '2', '12', '1']);
    expect($<HTMLInputElement>(survey, '#q3')!.type).to.equal('range');
    expect($<HTMLTextAreaElement>(survey, '#q4')!.placeholder).to.equal('Write here');
    expect(textOf(survey, '[part="progress"]')).to.equal('Page 1 of 2');
  });

  it('is answered by keyboard: a dropdown, a number below its minimum with its error, and a page shown by the answer', async () => {
    const server = await scenario([201]);
    const survey = await mount(MEETING, server.endpoint);
    $(survey, '#before')?.focus();
    const select = (await tabTo(survey, 'select')) as HTMLSelectElement;
    // Typing a choice's first letter picks it in a closed select, in every engine.
    await sendKeys({ press: 'o' });
    await survey.updateComplete;
    expect(select.value).to.equal('1');
    expect(textOf(survey, '[part="progress"]')).to.equal('Page 1 of 3');
    await tabTo(survey, '#q2');
    await typeText('1');
    await sendKeys({ press: 'Tab' });
    await survey.updateComplete;
    expect(textOf(survey, '#q2-error')).to.contain('The value must be at least 2.');
    expect($(survey, '#q2')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(survey).to.be.accessible();
    $<HTMLInputElement>(survey, '#q2')!.focus();
    await sendKeys({ press: 'Backspace' });
    await typeText('13');
    await sendKeys({ press: 'Enter' });
    await survey.updateComplete;
    expect(textOf(survey, '.vt-error-summary')).to.contain('The value must be at most 12.');
    $<HTMLInputElement>(survey, '#q2')!.focus();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await typeText('8');
    await sendKeys({ press: 'Enter' });
    await survey.updateComplete;
    // The page the dropdown's answer shows.
    expect(textOf(survey, '[part="progress"]')).to.equal('Page 2 of 3');
    expect(textOf(survey, 'label[for="q5"]')).to.equal('Which tool?');
    expect($<HTMLInputElement>(survey, '#q5')!.type).to.equal('url');
    $<HTMLInputElement>(survey, '#q5')!.focus();
    // WebKitGTK's WebDriver drops a repeated letter (tt, //) from typed text.
    await typeText('example.org');
    await sendKeys({ press: 'Enter' });
    await survey.updateComplete;
    $<HTMLElement>(survey, '#q6-0')!.focus();
    await sendKeys({ press: ' ' });
    await survey.updateComplete;
    const sent = oneEvent(survey, 'vt-submitted');
    $<HTMLButtonElement>(survey, '[part="submit"]')!.click();
    await sent;
    const [request] = await server.log();
    expect(request!.body.data['answers']).to.deep.equal({ format: 'online', size: 8, tool: 'example.org', again: true });
  });

  it('skips a page hidden by its visibleIf and sends nothing from it', async () => {
    const server = await scenario([201]);
    const survey = await mount(MEETING, server.endpoint);
    const select = $<HTMLSelectElement>(survey, 'select')!;
    select.value = '2';
    select.dispatchEvent(new Event('change'));
    await survey.updateComplete;
    expect(textOf(survey, '[part="progress"]')).to.equal('Page 1 of 2');
    $<HTMLButtonElement>(survey, '[part="submit"]')!.click();
    await survey.updateComplete;
    expect(textOf(survey, 'legend')).to.contain('Again?');
    const sent = oneEvent(survey, 'vt-submitted');
    $<HTMLButtonElement>(survey, '[part="submit"]')!.click();
    await sent;
    const [request] = await server.log();
    expect(request!.body.data['answers']).to.deep.equal({ format: 3 });
  });

  /** "Other" on a radiogroup and a checkbox, a question without a name, and cookieName. */
  const OTHER = {
    cookieName: 'peer-feedback-2027',
    elements: [
      { type: 'radiogroup', name: 'format', title: 'Format', choices: ['faceToFace|Face to face', 'online|Online'], hasOther: true, otherText: 'Something else', otherPlaceholder: 'What?' },
      { type: 'checkbox', name: 'topics', title: 'Topics', choices: ['work', 'family'], showOtherItem: true, otherErrorText: 'Name the topic.' },
      { type: 'comment', title: 'Anything else?' },
    ],
  };

  it('offers "other" with a text box, requires the text, sends it as <name>-Comment, and names a nameless question as survey-core does', async () => {
    const server = await scenario([201]);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    const survey = await mount(OTHER, server.endpoint);
    console.warn = warn;
    expect(warnings.join('\n')).to.contain('elements[2] has no name; its answer is sent as "question1"');
    expect(textOf(survey, 'label[for="q0-2"]')).to.equal('Something else');
    expect($(survey, '#q0-other')).to.equal(null);
    $(survey, '#before')?.focus();
    await tabTo(survey, '#q0-0');
    // Arrow keys move through the radios to "Something else", which opens its text box.
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await survey.updateComplete;
    expect($<HTMLInputElement>(survey, '#q0-2')!.checked).to.equal(true);
    const box = $<HTMLInputElement>(survey, '#q0-other')!;
    expect([box.getAttribute('aria-label'), box.placeholder]).to.deep.equal(['Something else', 'What?']);
    await expect(survey).to.be.accessible();
    await tabTo(survey, '#q0-other');
    await typeText('Walk');
    await tabTo(survey, '#q1-2');
    await sendKeys({ press: ' ' });
    await survey.updateComplete;
    $<HTMLButtonElement>(survey, '[part="submit"]')!.click();
    await survey.updateComplete;
    expect(textOf(survey, '.vt-error-summary')).to.contain('Name the topic.');
    await expect(survey).to.be.accessible();
    $<HTMLInputElement>(survey, '#q1-other')!.focus();
    await typeText('money');
    $<HTMLTextAreaElement>(survey, '#q2')!.focus();
    await typeText('No');
    const sent = oneEvent(survey, 'vt-submitted');
    $<HTMLButtonElement>(survey, '[part="submit"]')!.click();
    await sent;
    const [request] = await server.log();
    expect(request!.body.data).to.deep.include({ surveyId: 'peer-feedback-2027' });
    expect(request!.body.data['answers']).to.deep.equal({
      format: 'other',
      'format-Comment': 'Walk',
      topics: ['other'],
      'topics-Comment': 'money',
      question1: 'No',
    });
  });

  it('drops the text typed for "other" when another choice is taken', async () => {
    const server = await scenario([201]);
    const survey = await mount(OTHER, server.endpoint);
    $<HTMLInputElement>(survey, '#q0-2')!.click();
    await survey.updateComplete;
    $<HTMLInputElement>(survey, '#q0-other')!.focus();
    await typeText('Walk');
    $<HTMLInputElement>(survey, '#q0-1')!.click();
    await survey.updateComplete;
    expect($(survey, '#q0-other')).to.equal(null);
    const sent = oneEvent(survey, 'vt-submitted');
    $<HTMLButtonElement>(survey, '[part="submit"]')!.click();
    await sent;
    const [request] = await server.log();
    expect(request!.body.data['answers']).to.deep.equal({ format: 'online' });
  });

  it('thanks with the first completedHtmlOnCondition that holds for the answers sent', async () => {
    const server = await scenario([201]);
    const survey = await mount(
      {
        completedHtml: 'Thanks!',
        completedHtmlOnCondition: [{ expression: '{nps} >= 9', html: '<h3>Thanks, promoter!</h3>' }],
        elements: [{ type: 'rating', name: 'nps', title: 'Recommend?', rateMin: 0, rateMax: 10 }],
      },
      server.endpoint,
    );
    $<HTMLInputElement>(survey, '#q0-9')!.click();
    const sent = oneEvent(survey, 'vt-submitted');
    $<HTMLButtonElement>(survey, '[part="submit"]')!.click();
    await sent;
    await survey.updateComplete;
    expect(textOf(survey, '#success-title')).to.equal('Thanks, promoter!');
    await expect(survey).to.be.accessible();
  });

  it('orders choices by choicesOrder, a random order staying put while the person answers', async () => {
    const survey = await mount({
      elements: [
        { type: 'radiogroup', name: 'sorted', title: 'Sorted', choicesOrder: 'desc', choices: ['b', 'a', 10, 9] },
        { type: 'checkbox', name: 'shuffled', title: 'Shuffled', choicesOrder: 'random', choices: ['one', 'two', 'three', 'four', 'five', 'six'] },
      ],
    });
    const labels = (name: string) => [...survey.shadowRoot!.querySelectorAll(`input[name="${name}"] + label`)].map((label) => label.textContent);
    expect(labels('q0')).to.deep.equal(['b', 'a', '10', '9']);
    const first = labels('q1');
    expect([...first].sort()).to.deep.equal(['five', 'four', 'one', 'six', 'three', 'two']);
    $<HTMLInputElement>(survey, '#q1-0')!.click();
    await survey.updateComplete;
    expect(labels('q1')).to.deep.equal(first);
    await expect(survey).to.be.accessible();
  });

  it('answers a multipletext by keyboard, each item a labelled box, a number item sent as a number', async () => {
    const server = await scenario([201]);
    const survey = await mount(
      {
        elements: [
          { type: 'multipletext', name: 'price', title: 'Price limits', isRequired: true, items: [{ name: 'most', title: 'At most', inputType: 'number' }, { name: 'currency', title: 'Currency' }] },
        ],
      },
      server.endpoint,
    );
    expect(textOf(survey, 'fieldset legend')).to.contain('Price limits');
    expect(textOf(survey, 'label[for="q0-0"]')).to.equal('At most');
    await expect(survey).to.be.accessible();
    $<HTMLButtonElement>(survey, '[part="submit"]')!.click();
    await survey.updateComplete;
    expect(textOf(survey, '.vt-error-summary')).to.contain('required');
    $(survey, '#before')?.focus();
    await tabTo(survey, '#q0-0');
    await typeText('120');
    await sendKeys({ press: 'Tab' });
    await typeText('EUR');
    const sent = oneEvent(survey, 'vt-submitted');
    $<HTMLButtonElement>(survey, '[part="submit"]')!.click();
    await sent;
    const [request] = await server.log();
    expect(request!.body.data['answers']).to.deep.equal({ price: { most: 120, currency: 'EUR' } });
  });

  it('fits 320 px without sideways scrolling, with every new type on one page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    const survey = document.createElement('vt-survey');
    survey.setAttribute('lang', 'en');
    survey.definition = {
      elements: [
        ...MEETING.pages[0]!.elements,
        { type: 'text', name: 'at', title: 'Starts at', inputType: 'datetime-local' },
        { type: 'text', name: 'week', title: 'Week', inputType: 'week' },
        { type: 'text', name: 'colour', title: 'Colour', inputType: 'color' },
        { type: 'dropdown', name: 'long', title: 'Long choices', choices: ['A choice with a very long text that goes on and on past the edge of a phone screen'], showOtherItem: true },
        { type: 'multipletext', name: 'm', title: 'Boxes', items: [{ name: 'a', title: 'A rather long label for a box' }, { name: 'b' }] },
        ...OTHER.elements.map((element, at) => ({ ...element, name: `other${at}` })),
      ],
    };
    wrapper.append(survey);
    await survey.updateComplete;
    for (const id of ['#q10-2', '#q11-2']) survey.shadowRoot!.querySelector<HTMLInputElement>(id)!.click();
    await survey.updateComplete;
    expect(survey.shadowRoot!.querySelectorAll('input.other')).to.have.length(2);
    const right = survey.getBoundingClientRect().right;
    const over = [...survey.shadowRoot!.querySelectorAll('*')].filter((element) => element.getBoundingClientRect().right > right + 0.5);
    expect(over.map((element) => element.outerHTML.slice(0, 80))).to.deep.equal([]);
  });
});

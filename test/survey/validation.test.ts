import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/survey/define.js';
import type { VtSurvey } from '../../src/survey/survey.js';
import { LAZY_KEYS } from '../../src/survey/texts.js';
import { surveyValidatorTexts } from '../../src/i18n/survey-validators.js';
import { scenario } from '../support/endpoint.js';
import { typeText } from '../support/keyboard.js';

/** Validation in the element: validators, requiredIf, min and max on dates, checkErrorsMode. */

const $ = <T extends HTMLElement = HTMLElement>(survey: VtSurvey, selector: string) => survey.shadowRoot!.querySelector<T>(selector);
const focused = (survey: VtSurvey) => survey.shadowRoot!.activeElement as HTMLElement | null;
const textOf = (survey: VtSurvey, selector: string) => $(survey, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function mount(definition: unknown, attributes: Record<string, string> = {}): Promise<VtSurvey> {
  const survey = document.createElement('vt-survey');
  survey.setAttribute('lang', 'en');
  survey.setAttribute('allow-multiple', '');
  for (const [name, value] of Object.entries(attributes)) survey.setAttribute(name, value);
  survey.definition = definition;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(survey);
  await survey.updateComplete;
  return survey;
}

async function click(survey: VtSurvey, selector: string): Promise<void> {
  $(survey, selector)!.click();
  await survey.updateComplete;
}

/** Focuses a field and types into it as a person would. */
async function type(survey: VtSurvey, selector: string, text: string): Promise<void> {
  $(survey, selector)!.focus();
  await typeText(text);
  await survey.updateComplete;
}

/** Sets a date or time input as its picker does (engines type into them differently). */
async function pick(survey: VtSurvey, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(survey, selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await survey.updateComplete;
}

const CHECKED = {
  elements: [
    { type: 'text', name: 'hours', title: 'Hours a week', validators: [{ type: 'numeric', minValue: 1, maxValue: 40 }] },
    { type: 'text', name: 'mail', title: 'Email', validators: [{ type: 'email' }] },
    {
      type: 'checkbox',
      name: 'topics',
      title: 'Topics',
      choices: ['work', 'family', 'sleep'],
      validators: [{ type: 'answercount', minCount: 2, text: { en: 'Pick two or more.', fi: 'Valitse ainakin kaksi.' } }],
    },
    { type: 'text', name: 'code', title: 'Group code', validators: [{ type: 'regex', regex: '^[A-Z]{2}\\d{2}$' }, { type: 'text', maxLength: 4 }] },
  ],
};

describe('<vt-survey> validation', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('lists validators’ errors on Submit in a focused summary whose links move to each field, and is accessible', async () => {
    const survey = await mount(CHECKED);
    await expect(survey).to.be.accessible();
    await type(survey, '#q0', '50');
    await type(survey, '#q1', 'me@');
    await click(survey, '#q2-0');
    await type(survey, '#q3', 'ab123');
    await click(survey, '[part="submit"]');
    await waitUntil(() => focused(survey)?.matches('.vt-error-summary'), 'focus on the error summary');
    const links = [...survey.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.vt-error-summary a')];
    // survey-core's own messages, or the editor's; a regex without a text gets ours; every failing validator speaks.
    expect(links.map((link) => link.textContent!.trim())).to.deep.equal([
      "The 'value' should be at least 1 and at most 40",
      'Please enter a valid e-mail address.',
      'Pick two or more.',
      'The answer is not in the format asked for. Please enter no more than 4 character(s).',
    ]);
    expect(textOf(survey, '#q2-error')).to.equal('Error: Pick two or more.');
    expect($(survey, '#q0')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(survey, '#q0')!.getAttribute('aria-describedby')).to.equal('q0-error');
    await expect(survey).to.be.accessible();

    for (const [at, id] of ['q0', 'q1', 'q2-0', 'q3'].entries()) {
      links[at]!.click();
      expect(focused(survey)?.id, `link ${at + 1}`).to.equal(id);
    }
  });

  it('sends once the answers pass, with the values as typed', async () => {
    const server = await scenario([201]);
    const survey = await mount(CHECKED, { endpoint: server.endpoint });
    await type(survey, '#q0', '12');
    await type(survey, '#q1', 'me@example.org');
    await click(survey, '#q2-0');
    await click(survey, '#q2-2');
    await type(survey, '#q3', 'AB123');
    await click(survey, '[part="submit"]');
    expect(textOf(survey, '#q3-error')).to.equal('Error: The answer is not in the format asked for. Please enter no more than 4 character(s).');
    $(survey, '#q3')!.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Backspace' });
    await survey.updateComplete;
    expect(textOf(survey, '.vt-error-summary')).to.equal('');
    const sent = oneEvent(survey, 'vt-submitted');
    await click(survey, '[part="submit"]');
    await sent;
    const [request] = await server.log();
    expect(request!.body.data['answers']).to.deep.equal({ hours: '12', mail: 'me@example.org', topics: ['work', 'sleep'], code: 'AB12' });
  });

  it('words the messages in the page’s language, and a page’s texts override them', async () => {
    const texts = JSON.stringify({ fi: { 'survey.numericMinMax': 'Anna luku väliltä {min}–{max}.' } });
    const survey = await mount(CHECKED, { lang: 'fi', texts });
    await type(survey, '#q0', '0');
    await type(survey, '#q1', 'x');
    await click(survey, '#q2-1');
    await click(survey, '[part="submit"]');
    expect(textOf(survey, '#q0-error')).to.equal('Virhe: Anna luku väliltä 1–40.');
    expect(textOf(survey, '#q1-error')).to.equal('Virhe: Syötä validi sähköpostiosoite.');
    expect(textOf(survey, '#q2-error')).to.equal('Virhe: Valitse ainakin kaksi.');
  });

  it('lets the element’s texts word the validators’ messages, which travel in their chunk, and still warns of a key it does not know', async () => {
    // Exactly the keys of the validators' texts may be named though the catalogue does not hold them.
    for (const key of Object.keys(surveyValidatorTexts.fi)) expect(LAZY_KEYS.test(key), key).to.equal(true);
    expect(LAZY_KEYS.test('survey.invalidEmails')).to.equal(false);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const texts = JSON.stringify({ 'survey.value': 'timmarna', 'survey.invalidEmail': 'Skriv en adress som du@exempel.fi.', 'survey.invalidEmails': 'x' });
      const survey = await mount(CHECKED, { lang: 'sv', texts });
      await type(survey, '#q0', '50');
      await type(survey, '#q1', 'x');
      await click(survey, '[part="submit"]');
      expect(textOf(survey, '#q0-error')).to.equal("Fel: 'timmarna' ska vara lika med eller mer än 1 samt lika med eller mindre än 40");
      expect(textOf(survey, '#q1-error')).to.equal('Fel: Skriv en adress som du@exempel.fi.');
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((warning) => /unknown text key/.test(warning))).to.deep.equal([
      'vertaistuki-widgets: <vt-survey texts> has an unknown text key "survey.invalidEmails"; it is ignored.',
    ]);
  });

  it('requires a question only while its requiredIf holds, with the mark shown then', async () => {
    const survey = await mount({
      elements: [
        { type: 'radiogroup', name: 'attended', title: 'Did you attend?', choices: ['yes', 'no'] },
        { type: 'comment', name: 'why', title: 'Why not?', requiredIf: "{attended} = 'no'" },
      ],
    });
    expect(textOf(survey, 'label[for="q1"]')).to.equal('Why not?');
    await click(survey, '#q0-1');
    expect(textOf(survey, 'label[for="q1"]')).to.equal('Why not? (required)');
    await click(survey, '[part="submit"]');
    expect(textOf(survey, '#q1-error')).to.equal('Error: This field is required.');
    await click(survey, '#q0-0');
    expect(textOf(survey, 'label[for="q1"]')).to.equal('Why not?');
    expect($(survey, '#q1-error')).to.equal(null);
  });

  it('keeps a date within its min and max, naming the date in the page’s language, and never sends one outside', async () => {
    const server = await scenario([201]);
    const survey = await mount(
      { elements: [{ type: 'text', name: 'day', title: 'Meeting day', inputType: 'date', min: '2026-01-01', max: '2026-12-31' }] },
      { endpoint: server.endpoint },
    );
    expect($(survey, '#q0')!.getAttribute('min')).to.equal('2026-01-01');
    await pick(survey, '#q0', '2025-12-31');
    await click(survey, '[part="submit"]');
    expect(textOf(survey, '#q0-error')).to.equal('Error: The value must be at least January 1, 2026.');
    await pick(survey, '#q0', '2027-01-01');
    expect(textOf(survey, '#q0-error')).to.equal('Error: The value must be at most December 31, 2026.');
    await pick(survey, '#q0', '2026-06-15');
    const sent = oneEvent(survey, 'vt-submitted');
    await click(survey, '[part="submit"]');
    await sent;
    const [request] = await server.log();
    expect(request!.body.data['answers']).to.deep.equal({ day: '2026-06-15' });
  });

  it('with checkErrorsMode onValueChanged, says a choice’s error as it changes, and a typed one on leaving', async () => {
    const survey = await mount({
      checkErrorsMode: 'onValueChanged',
      elements: [
        { type: 'checkbox', name: 'best', title: 'Best parts', choices: ['talk', 'tea', 'walk'], validators: [{ type: 'answercount', maxCount: 1 }] },
        { type: 'text', name: 'nick', title: 'Nickname', validators: [{ type: 'text', minLength: 3 }] },
      ],
    });
    const live = $(survey, 'p[role="status"]')!;
    expect(live.textContent!.trim()).to.equal('');
    await click(survey, '#q0-0');
    await click(survey, '#q0-1');
    expect(textOf(survey, '#q0-error')).to.equal('Error: Please select no more than 1 option(s).');
    // The live region existed before the message, so a screen reader says it.
    expect($(survey, 'p[role="status"]')).to.equal(live);
    expect(live.textContent!.trim()).to.equal('Please select no more than 1 option(s).');
    await expect(survey).to.be.accessible();

    await type(survey, '#q1', 'Al');
    expect($(survey, '#q1-error')).to.equal(null);
    $(survey, '#q0-0')!.focus();
    await survey.updateComplete;
    expect(textOf(survey, '#q1-error')).to.equal('Error: Please enter at least 3 character(s).');
    expect(live.textContent!.trim()).to.equal('Please enter at least 3 character(s).');
  });

  it('with checkErrorsMode onComplete, goes on past a page with errors and shows the first such page on Submit', async () => {
    const survey = await mount({
      checkErrorsMode: 'onComplete',
      pages: [
        { elements: [{ type: 'text', name: 'age', title: 'Age', inputType: 'number', validators: [{ type: 'numeric', minValue: 18 }] }] },
        { elements: [{ type: 'text', name: 'place', title: 'Place', isRequired: true }] },
      ],
    });
    await type(survey, '#q0', '12');
    await click(survey, '[part="submit"]');
    expect(textOf(survey, '[part="progress"]')).to.equal('Page 2 of 2');
    await type(survey, '#q1', 'Pori');
    await click(survey, '[part="submit"]');
    await waitUntil(() => focused(survey)?.matches('.vt-error-summary'), 'focus on the error summary');
    expect(textOf(survey, '[part="progress"]')).to.equal('Page 1 of 2');
    expect(textOf(survey, '.vt-error-summary a')).to.equal("The 'value' should be at least 18");
    await expect(survey).to.be.accessible();
  });
});

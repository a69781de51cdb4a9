import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/survey/define.js';
import type { VtSurvey } from '../../src/survey/survey.js';
import { scenario } from '../support/endpoint.js';

/** Choices shown and allowed by their conditions, and a boolean shown as one checkbox (issue 18): by keyboard, and what a screen reader is given. */

const $ = <T extends HTMLElement = HTMLElement>(survey: VtSurvey, selector: string) => survey.shadowRoot!.querySelector<T>(selector);
const focused = (survey: VtSurvey) => survey.shadowRoot!.activeElement as HTMLElement | null;
const textOf = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** A control's name as a screen reader gets it here: its label. */
const nameOf = (survey: VtSurvey, element: HTMLElement) => textOf($(survey, `label[for="${element.id}"]`));

async function tabTo(survey: VtSurvey, selector: string): Promise<HTMLElement> {
  for (let presses = 0; presses < 30; presses++) {
    await sendKeys({ press: 'Tab' });
    if (focused(survey)?.matches(selector)) return focused(survey)!;
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function mount(definition: unknown, endpoint: string): Promise<VtSurvey> {
  const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">Before</button></div>`);
  const survey = document.createElement('vt-survey');
  survey.setAttribute('lang', 'en');
  survey.allowMultiple = true;
  survey.setAttribute('endpoint', endpoint);
  survey.definition = definition;
  wrapper.append(survey);
  await survey.updateComplete;
  wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
  return survey;
}

const CONSENT = {
  elements: [
    { type: 'boolean', name: 'consent', title: 'Consent', renderAs: 'checkbox', label: 'I agree', isRequired: true },
    { type: 'boolean', name: 'news', title: 'Send me news', renderAs: 'checkbox' },
    { type: 'boolean', name: 'plain', title: 'Plain', renderAs: 'default' },
  ],
};

describe('<vt-survey> boolean as a checkbox', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('is one native checkbox named by its label (under the title) or by the title; untouched is no answer, unticked again is false', async () => {
    const server = await scenario([201]);
    const survey = await mount(CONSENT, server.endpoint);
    const consent = $<HTMLInputElement>(survey, '#q0-0')!;
    expect(consent.type).to.equal('checkbox');
    expect(nameOf(survey, consent)).to.equal('I agree');
    expect(textOf(consent.closest('fieldset')?.querySelector('legend'))).to.contain('Consent');
    const news = $<HTMLInputElement>(survey, '#q1-0')!;
    expect(news.type).to.equal('checkbox');
    expect(nameOf(survey, news)).to.contain('Send me news');
    expect(survey.shadowRoot!.querySelectorAll('[id^="q1-"][type="checkbox"], [id^="q1-"][type="radio"]')).to.have.length(1);
    // Any other renderAs: the yes/no radios, as before.
    expect($<HTMLInputElement>(survey, '#q2-1')!.type).to.equal('radio');

    // Required and untouched: an error, nothing sent.
    $<HTMLButtonElement>(survey, '[part="submit"]')!.click();
    await survey.updateComplete;
    expect(consent.getAttribute('aria-describedby') ?? consent.closest('fieldset')!.getAttribute('aria-describedby')).to.contain('q0-error');
    expect(textOf($(survey, '#q0-error'))).to.not.equal('');

    await tabTo(survey, '#q0-0');
    await sendKeys({ press: ' ' });
    await tabTo(survey, '#q1-0');
    await sendKeys({ press: ' ' });
    await sendKeys({ press: ' ' });
    await survey.updateComplete;
    expect(consent.checked).to.equal(true);
    expect(news.checked).to.equal(false);
    const sent = oneEvent(survey, 'vt-submitted');
    $<HTMLButtonElement>(survey, '[part="submit"]')!.click();
    await sent;
    const [request] = await server.log();
    expect(request!.body.data['answers']).to.deep.equal({ consent: true, news: false });
  });
});

const MEETING = {
  elements: [
    { type: 'radiogroup', name: 'group', title: 'Group', choices: ['adults', 'youth'] },
    { type: 'radiogroup', name: 'format', title: 'Format', isRequired: true, choices: ['meet', { value: 'camp', visibleIf: "{group} = 'youth'" }, { value: 'online', enableIf: "{group} = 'adults'" }] },
    { type: 'dropdown', name: 'when', title: 'When', choices: ['day', { value: 'night', enableIf: "{group} = 'adults'" }] },
  ],
};

describe('<vt-survey> choices with visibleIf and enableIf', () => {
  it('offers a choice while its visibleIf holds, disables one while its enableIf does not, and drops an answer whose choice hides', async () => {
    const server = await scenario([201]);
    const survey = await mount(MEETING, server.endpoint);
    const formats = () => [...survey.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="q1"]')];
    expect(formats().map((radio) => nameOf(survey, radio))).to.deep.equal(['meet', 'online']);
    // Disabled, still a native radio and option a screen reader lists.
    expect(formats()[1]!.disabled).to.equal(true);
    expect([...$<HTMLSelectElement>(survey, 'select')!.options].slice(1).map((option) => [option.text, option.disabled])).to.deep.equal([
      ['day', false],
      ['night', true],
    ]);

    // youth by keyboard: camp appears; choose it.
    await tabTo(survey, '#q0-0');
    await sendKeys({ press: 'ArrowDown' });
    await survey.updateComplete;
    expect(formats().map((radio) => nameOf(survey, radio))).to.deep.equal(['meet', 'camp', 'online']);
    await tabTo(survey, 'input[name="q1"]');
    formats()[1]!.click();
    await survey.updateComplete;
    expect(formats()[1]!.checked).to.equal(true);

    // adults: camp hides and takes the answer with it (required again); online and night can be chosen.
    $<HTMLInputElement>(survey, '#q0-0')!.click();
    await survey.updateComplete;
    expect(formats().map((radio) => [nameOf(survey, radio), radio.checked, radio.disabled])).to.deep.equal([
      ['meet', false, false],
      ['online', false, false],
    ]);
    $<HTMLButtonElement>(survey, '[part="submit"]')!.click();
    await survey.updateComplete;
    expect(textOf($(survey, '#q1-error'))).to.not.equal('');
    formats()[1]!.click();
    await survey.updateComplete;
    const sent = oneEvent(survey, 'vt-submitted');
    $<HTMLButtonElement>(survey, '[part="submit"]')!.click();
    await sent;
    const [request] = await server.log();
    expect(request!.body.data['answers']).to.deep.equal({ group: 'adults', format: 'online' });
  });
});

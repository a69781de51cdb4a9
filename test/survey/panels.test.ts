import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/survey/define.js';
import { scenario } from '../support/endpoint.js';
import { $, $$, focused, mountSurvey, tabTo, textOf } from '../support/survey-page.js';

const mount = (definition: unknown, endpoint?: string) => mountSurvey(definition, { endpoint });

/** Panels and questions sharing a name (issue 18), in the element, used as a person would. */



/** A gig worker's details in a collapsed panel, a nested panel shown by an answer, and an always-open one. */
const WORK = {
  elements: [
    { type: 'radiogroup', name: 'work', title: 'Your work', choices: ['gig|Gig work', 'company|Own company'] },
    {
      type: 'panel',
      name: 'gig',
      title: 'Gig work',
      description: 'About your platforms',
      state: 'collapsed',
      visibleIf: "{work} = 'gig'",
      elements: [
        { type: 'checkbox', name: 'platforms', title: 'Platforms', choices: ['food|Food delivery', 'rides|Rides'], isRequired: true },
        {
          type: 'panel',
          name: 'hoursPanel',
          title: 'Hours',
          visibleIf: "{platforms} contains 'rides'",
          elements: [{ type: 'text', name: 'hours', title: 'Hours a week', inputType: 'number' }],
        },
      ],
    },
    { type: 'panel', name: 'plain', elements: [{ type: 'comment', name: 'more', title: 'Anything else?' }] },
  ],
};


describe('<vt-survey> panels', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('shows a panel only when its visibleIf holds, as a named group whose collapsed title is a disclosure button', async () => {
    const survey = await mount(WORK);
    // Hidden: its visibleIf does not hold; the untitled panel is a plain wrapper, not a group.
    expect($$(survey, '[part="panel"]')).to.have.length(1);
    expect($(survey, '[part="panel"]')!.hasAttribute('role')).to.equal(false);
    $(survey, '#q0-0')!.click();
    await survey.updateComplete;
    const panel = $(survey, '[part="panel"][role="group"]')!;
    expect(panel.getAttribute('aria-labelledby')).to.equal('p0-title');
    expect(textOf(survey, '#p0-title')).to.equal('Gig work');
    expect($(survey, '#p0-title')!.getAttribute('role')).to.equal('heading');
    expect($(survey, '#p0-title')!.getAttribute('aria-level')).to.equal('3');
    expect(textOf(survey, `#${panel.getAttribute('aria-describedby')}`)).to.equal('About your platforms');
    const button = $(survey, '#p0-title button')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect($(survey, '#p0-body')!.hidden).to.equal(true);
    // The panels' styles come with their chunk: set in under a border, the disclosure a plain full-width button.
    expect(getComputedStyle(panel).borderInlineStartWidth).to.equal('3px');
    expect(getComputedStyle(button).borderTopStyle).to.equal('none');
    expect(button.getBoundingClientRect().width).to.equal($(survey, '#p0-title')!.getBoundingClientRect().width);
    expect($(survey, '#q1-0')!.getClientRects().length > 0).to.equal(false);
    await expect(survey).to.be.accessible();

    // Opened by keyboard: the questions in it can be answered, and a nested panel appears by its condition.
    await tabTo(survey, '#p0-title button');
    await sendKeys({ press: 'Enter' });
    await survey.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect($(survey, '#q1-0')!.getClientRects().length > 0).to.equal(true);
    expect($(survey, '#p1-title')).to.equal(null);
    await tabTo(survey, '#q1-1');
    await sendKeys({ press: ' ' });
    await survey.updateComplete;
    expect(textOf(survey, '#p1-title')).to.equal('Hours');
    expect($(survey, '#p1-title')!.getAttribute('aria-level')).to.equal('4');
    await expect(survey).to.be.accessible();
  });

  it('opens a collapsed panel that holds an error, so the error summary leads to a visible field', async () => {
    const survey = await mount(WORK);
    $(survey, '#q0-0')!.click();
    await survey.updateComplete;
    $<HTMLButtonElement>(survey, '[part="submit"]')!.click();
    await survey.updateComplete;
    expect(textOf(survey, '.vt-error-summary')).to.contain('This field is required.');
    expect($(survey, '#p0-title button')!.getAttribute('aria-expanded')).to.equal('true');
    const link = $<HTMLAnchorElement>(survey, '.vt-error-summary a')!;
    link.click();
    await survey.updateComplete;
    expect(focused(survey)?.id).to.equal('q1-0');
    expect(focused(survey)!.getClientRects().length > 0).to.equal(true);
    await expect(survey).to.be.accessible();
  });

  it('sends the answers of the questions in the panels shown, and none from a hidden panel', async () => {
    const server = await scenario([201]);
    const survey = await mount(WORK, server.endpoint);
    $(survey, '#q0-0')!.click();
    await survey.updateComplete;
    $(survey, '#p0-title button')!.click();
    await survey.updateComplete;
    $(survey, '#q1-1')!.click();
    await survey.updateComplete;
    const hours = $<HTMLInputElement>(survey, '#q2')!;
    hours.value = '12';
    hours.dispatchEvent(new Event('input'));
    // Changing the work hides the gig panel: its answers stay on the page but are not sent.
    $(survey, '#q0-1')!.click();
    await survey.updateComplete;
    expect($(survey, '#p0-title')).to.equal(null);
    const sent = oneEvent(survey, 'vt-submitted');
    $<HTMLButtonElement>(survey, '[part="submit"]')!.click();
    await sent;
    const [request] = await server.log();
    expect(request!.body.data['answers']).to.deep.equal({ work: 'company' });
  });

  it('shares one answer between questions with the same name, as survey-core does', async () => {
    const server = await scenario([201]);
    const survey = await mount(
      {
        pages: [
          { elements: [{ type: 'text', name: 'text', title: 'First' }] },
          { elements: [{ type: 'text', name: 'text', title: 'Second' }] },
        ],
      },
      server.endpoint,
    );
    const first = $<HTMLInputElement>(survey, '#q0')!;
    first.value = 'hello';
    first.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(survey, '[part="submit"]')!.click();
    await survey.updateComplete;
    expect(textOf(survey, 'label[for="q1"]')).to.equal('Second');
    expect($<HTMLInputElement>(survey, '#q1')!.value).to.equal('hello');
    const sent = oneEvent(survey, 'vt-submitted');
    $<HTMLButtonElement>(survey, '[part="submit"]')!.click();
    await sent;
    const [request] = await server.log();
    expect(request!.body.data['answers']).to.deep.equal({ text: 'hello' });
  });
});

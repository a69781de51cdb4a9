import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { Model } from 'survey-core';
import { TRIGGERS } from '../../src/survey/questions/registry.js';
import { scenario } from '../support/endpoint.js';
import { typeText } from '../support/keyboard.js';
import { $, focused, mountSurvey, tabTo, textOf } from '../support/survey-page.js';

/**
 * A check-in with calculated values and every kind of trigger that changes what a person sees: a low
 * total (a calculated value) sets "support" (setvalue), which copies into a note (copyvalue); "skip
 * ahead" goes to the last questions (skip); "stop" turns Next into Send (complete).
 */
const CHECK_IN = {
  title: { en: 'Check-in', fi: 'Kuulumiset' },
  calculatedValues: [{ name: 'total', expression: '{sleep} + {mood}', includeIntoResult: true }],
  triggers: [
    { type: 'setvalue', expression: '{total} <= 4', setToName: 'support', setValue: 'yes' },
    { type: 'copyvalue', expression: "{support} = 'yes'", fromName: 'support', setToName: 'supportNote' },
    { type: 'runexpression', expression: '{total} notempty', runExpression: "iif({total} <= 4, 'low', 'fine')", setToName: 'level' },
    { type: 'skip', expression: '{skipAhead} = true', gotoName: 'wish' },
    { type: 'skip', expression: '{sleep} = 5', gotoName: 'wish' },
    { type: 'complete', expression: "{stop} = 'yes'" },
  ],
  pages: [
    {
      name: 'today',
      elements: [
        { type: 'rating', name: 'sleep', title: { en: 'How did you sleep?', fi: 'Miten nukuit?' }, rateMax: 5 },
        { type: 'rating', name: 'mood', title: { en: 'How is your mood?', fi: 'Millainen mieliala?' }, rateMax: 5 },
        { type: 'radiogroup', name: 'support', title: { en: 'Would you like support?', fi: 'Haluaisitko tukea?' }, choices: ['yes', 'no'] },
        { type: 'text', name: 'supportNote', title: { en: 'Support noted', fi: 'Tuki kirjattu' } },
        { type: 'text', name: 'level', title: { en: 'Level', fi: 'Taso' } },
      ],
    },
    { name: 'week', elements: [{ type: 'boolean', name: 'skipAhead', title: { en: 'Skip the questions about your week?', fi: 'Ohitetaanko viikon kysymykset?' } }, { type: 'comment', name: 'week', title: { en: 'How was your week?', fi: 'Millainen viikko?' } }] },
    {
      name: 'wishes',
      elements: [
        { type: 'comment', name: 'wish', title: { en: 'What do you wish for?', fi: 'Mitä toivot?' } },
        { type: 'radiogroup', name: 'stop', title: { en: 'Stop here?', fi: 'Lopetetaanko tähän?' }, choices: ['yes', 'no'] },
      ],
    },
    { name: 'more', elements: [{ type: 'comment', name: 'more', title: { en: 'Anything else?', fi: 'Muuta?' }, isRequired: true }] },
  ],
};

/** The same answers given to survey-core's model, in the same order, to compare what it shows and sends. */
function reference(answers: Array<[string, unknown]>): Model {
  const model = new Model(CHECK_IN);
  for (const [name, value] of answers) model.setValue(name, value);
  return model;
}

describe('<vt-survey> triggers', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('fetches the triggers only for a definition that has them', async () => {
    const survey = await mountSurvey({ elements: [{ type: 'text', name: 'a' }] });
    expect($(survey, '[part="form"]'), 'the survey shows').to.not.equal(null);
    // The first test of its file, on a page of its own: nothing has fetched them before.
    expect(TRIGGERS.visit, 'not fetched for a definition without triggers').to.equal(undefined);
    await mountSurvey(CHECK_IN);
    expect(TRIGGERS.visit, 'fetched for a definition with triggers').to.be.a('function');
  });

  it('completes by keyboard only: values the triggers set show, a skip moves to its page and focus, Next turns into Send', async () => {
    const server = await scenario([201]);
    const survey = await mountSurvey(CHECK_IN, { endpoint: server.endpoint });
    await expect(survey).to.be.accessible();
    (document.querySelector('#before') as HTMLElement).focus();

    // Sleep 1 and mood 2 by the arrow keys: the total, 3, sets support, copied to the note, and the level.
    await tabTo(survey, '#q0-0');
    await sendKeys({ press: ' ' });
    await tabTo(survey, '#q1-0');
    await sendKeys({ press: 'ArrowRight' });
    await survey.updateComplete;
    expect($<HTMLInputElement>(survey, '#q2-0')!.checked, 'support: yes, set by the trigger').to.equal(true);
    expect($<HTMLInputElement>(survey, '#q3')!.value, 'copied by copyvalue').to.equal('yes');
    expect($<HTMLInputElement>(survey, '#q4')!.value, 'computed by runexpression').to.equal('low');
    const core = reference([['sleep', 1], ['mood', 2]]);
    expect([core.getValue('support'), core.getValue('supportNote'), core.getValue('level')]).to.deep.equal(['yes', 'yes', 'low']);

    await tabTo(survey, '[part="submit"]');
    expect(focused(survey)!.textContent!.trim()).to.equal('Next');
    await sendKeys({ press: 'Enter' });
    await survey.updateComplete;
    expect(focused(survey)?.id, 'Next moves to the page number').to.equal('progress');
    expect(textOf(survey, '#progress')).to.equal('Page 2 of 4');

    // Yes to skipping: survey-core goes to the wish, on page 3; so does the element, and says so.
    await tabTo(survey, '#q5-0');
    await sendKeys({ press: ' ' });
    await survey.updateComplete;
    await survey.updateComplete;
    expect(textOf(survey, '#progress')).to.equal('Page 3 of 4');
    expect(focused(survey)?.id, 'the skip focuses its question').to.equal('q7');
    expect(textOf(survey, '[role="status"]')).to.include('Page 3 of 4');
    const skipped = reference([['sleep', 1], ['mood', 2]]);
    skipped.nextPage();
    skipped.setValue('skipAhead', true);
    expect(skipped.currentPage.name, "survey-core's page after the skip").to.equal('wishes');

    await typeText('Rest');
    await tabTo(survey, '#q8-0');
    await sendKeys({ press: ' ' });
    await survey.updateComplete;
    const submit = $(survey, '[part="submit"]')!;
    expect(submit.textContent!.trim(), 'Next turned into Send, as survey-core turns it into Complete').to.equal('Send answers');
    expect(textOf(survey, '[role="status"]')).to.equal('This answer ends the survey: the button now sends your answers.');
    skipped.setValue('wish', 'Rest');
    skipped.setValue('stop', 'yes');
    expect(skipped.isCompleteButtonVisible, "survey-core's Complete button").to.equal(true);
    await expect(survey).to.be.accessible();

    // "No" after all: Next again, and said.
    await sendKeys({ press: 'ArrowDown' });
    await survey.updateComplete;
    expect(submit.textContent!.trim()).to.equal('Next');
    expect(textOf(survey, '[role="status"]')).to.equal('The survey goes on: the button now takes you to the next page.');
    await sendKeys({ press: 'ArrowUp' });
    await survey.updateComplete;
    expect(submit.textContent!.trim()).to.equal('Send answers');

    await tabTo(survey, '[part="submit"]');
    await sendKeys({ press: 'Enter' });
    await survey.updateComplete;
    await survey.updateComplete;
    const [request] = await server.log();
    expect(request, 'sent without the required question of page 4, as survey-core completes').to.not.equal(undefined);
    skipped.completeLastPage();
    expect(skipped.state).to.equal('completed');
    expect(request!.body.data['answers']).to.deep.equal(skipped.data);
    expect(request!.body.data['answers']).to.deep.include({ total: 3, support: 'yes', supportNote: 'yes', level: 'low', skipAhead: true, stop: 'yes' });
    await expect(survey).to.be.accessible();
  });

  it('goes back with Previous from the page a skip went to, to where it went from', async () => {
    const survey = await mountSurvey(CHECK_IN);
    (document.querySelector('#before') as HTMLElement).focus();
    // Sleep 5 (Space on 1, then the arrow keys) skips from page 1 to the wish on page 3.
    await tabTo(survey, '#q0-0');
    await sendKeys({ press: ' ' });
    for (let press = 0; press < 4; press++) await sendKeys({ press: 'ArrowRight' });
    await survey.updateComplete;
    await survey.updateComplete;
    expect(textOf(survey, '#progress')).to.equal('Page 3 of 4');
    expect(focused(survey)?.id).to.equal('q7');
    await tabTo(survey, 'button[data-variant="secondary"]');
    await sendKeys({ press: 'Enter' });
    await survey.updateComplete;
    const core = reference([['sleep', 5]]);
    expect(core.currentPage.name).to.equal('wishes');
    core.prevPage();
    expect(core.currentPage.name, "survey-core's Previous").to.equal('today');
    expect(textOf(survey, '#progress')).to.equal('Page 1 of 4');
    expect(focused(survey)?.id).to.equal('progress');
  });
});

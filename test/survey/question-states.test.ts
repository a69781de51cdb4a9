import { expect } from '@open-wc/testing';
import '../../src/survey/define.js';
import { scenario } from '../support/endpoint.js';
import { typeText } from '../support/keyboard.js';
import { $, mountSurvey, sendSurvey, textOf } from '../support/survey-page.js';

const mount = (definition: unknown, endpoint?: string) => mountSurvey(definition, { endpoint });
const send = sendSurvey;

/** What a question starts with and whether it can be changed (issue 18): defaults, readOnly, enableIf, comment boxes, clearing. */




const MEMBER = {
  elements: [
    { type: 'radiogroup', name: 'role', title: 'Role', choices: ['member|Member', 'leader|Leader'], defaultValue: 'member', hasComment: true, commentText: 'Anything to add?' },
    { type: 'text', name: 'group', title: 'Group', defaultValue: 'Tampere', readOnly: true },
    { type: 'comment', name: 'leaderNotes', title: 'Notes for leaders', enableIf: "{role} = 'leader'", isRequired: true },
    { type: 'text', name: 'secret', title: 'Never shown', visible: false, defaultValue: 'x' },
  ],
};

describe('<vt-survey> question states', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('starts from the defaults, shows a read-only question disabled, and sends both', async () => {
    const server = await scenario([201]);
    const survey = await mount(MEMBER, server.endpoint);
    expect($<HTMLInputElement>(survey, '#q0-0')!.checked).to.equal(true);
    const group = $<HTMLInputElement>(survey, '#q1')!;
    expect([group.value, group.matches(':disabled')]).to.deep.equal(['Tampere', true]);
    // Not shown at all: visible false.
    expect($(survey, '#q3')).to.equal(null);
    await expect(survey).to.be.accessible();
    // The notes are disabled until the person is a leader, and so not required.
    expect($<HTMLTextAreaElement>(survey, '#q2')!.matches(':disabled')).to.equal(true);
    expect(await send(survey, server)).to.deep.equal({ role: 'member', group: 'Tampere' });
  });

  it('enables a question when its enableIf holds, and then asks for it', async () => {
    const survey = await mount(MEMBER);
    $(survey, '#q0-1')!.click();
    await survey.updateComplete;
    const notes = $<HTMLTextAreaElement>(survey, '#q2')!;
    expect(notes.matches(':disabled')).to.equal(false);
    $<HTMLButtonElement>(survey, '[part="submit"]')!.click();
    await survey.updateComplete;
    expect(textOf(survey, '.vt-error-summary')).to.contain('This field is required.');
  });

  it('has a labelled comment box under a question, sent as <name>-Comment', async () => {
    const server = await scenario([201]);
    const survey = await mount(MEMBER, server.endpoint);
    expect(textOf(survey, 'label[for="q0-comment"]')).to.equal('Anything to add?');
    $<HTMLTextAreaElement>(survey, '#q0-comment')!.focus();
    await typeText('new here');
    await survey.updateComplete;
    expect(await send(survey, server)).to.deep.equal({ role: 'member', 'role-Comment': 'new here', group: 'Tampere' });
  });

  it('with clearInvisibleValues onHidden, forgets an answer as soon as its question hides', async () => {
    const survey = await mount({
      clearInvisibleValues: 'onHidden',
      elements: [
        { type: 'boolean', name: 'gig', title: 'Gig work?' },
        { type: 'text', name: 'platform', title: 'Platform', visibleIf: '{gig} = true' },
      ],
    });
    $(survey, '#q0-0')!.click();
    await survey.updateComplete;
    const platform = $<HTMLInputElement>(survey, '#q1')!;
    platform.focus();
    await typeText('Wolt');
    $(survey, '#q0-1')!.click();
    await survey.updateComplete;
    expect($(survey, '#q1')).to.equal(null);
    $(survey, '#q0-0')!.click();
    await survey.updateComplete;
    expect($<HTMLInputElement>(survey, '#q1')!.value).to.equal('');
  });

  it('puts answers in texts that name them: a title, an html question (escaped, never run) and the thanks', async () => {
    const server = await scenario([201]);
    const survey = await mount(
      {
        completedHtml: '<h3>Thanks, {name}!</h3><p>You chose {color}.</p>',
        elements: [
          { type: 'text', name: 'name', title: 'Your name' },
          { type: 'radiogroup', name: 'color', title: 'Which colour, {name}?', choices: ['r|Red', 'g|Green'] },
          { type: 'html', name: 'note', html: '<p>Hello <b>{name}</b>, {nobody} stays as written.</p>' },
        ],
      },
      server.endpoint,
    );
    expect(textOf(survey, '#q1 legend, fieldset legend')).to.equal('Which colour, ?');
    $<HTMLInputElement>(survey, '#q0')!.focus();
    await typeText('<img src=x onclick=alert(1)>Aino');
    await survey.updateComplete;
    expect(textOf(survey, 'fieldset legend')).to.equal('Which colour, <img src=x onclick=alert(1)>Aino?');
    const note = $(survey, '.markup')!;
    expect(note.querySelector('b')!.textContent).to.equal('<img src=x onclick=alert(1)>Aino');
    expect(note.querySelector('img')).to.equal(null);
    expect(note.textContent).to.contain('{nobody} stays as written.');
    $(survey, '#q1-1')!.click();
    await survey.updateComplete;
    await send(survey, server);
    await survey.updateComplete;
    expect(textOf(survey, '[part="success"] h3')).to.equal('Thanks, <img src=x onclick=alert(1)>Aino!');
    expect(textOf(survey, '[part="success"] p')).to.equal('You chose Green.');
  });

  it('counts a quiz in the thanks: {correctAnswers} of {questionCount}', async () => {
    const server = await scenario([201]);
    const survey = await mount(
      {
        completedHtml: '<p>{correctAnswers} of {questionCount} right.</p>',
        elements: [
          { type: 'radiogroup', name: 'capital', title: 'Capital', choices: ['Helsinki', 'Turku'], correctAnswer: 'Helsinki' },
          { type: 'checkbox', name: 'nordic', title: 'Nordic', choices: ['Finland', 'Sweden', 'Germany'], correctAnswer: ['Finland', 'Sweden'] },
        ],
      },
      server.endpoint,
    );
    for (const id of ['#q0-0', '#q1-1', '#q1-0']) {
      $(survey, id)!.click();
      await survey.updateComplete;
    }
    // The right answers are never sent.
    expect(await send(survey, server)).to.deep.equal({ capital: 'Helsinki', nordic: ['Sweden', 'Finland'] });
    await survey.updateComplete;
    expect(textOf(survey, '[part="success"] p')).to.equal('2 of 2 right.');
  });

  it('takes a dropdown answer back when the person chooses its placeholder again', async () => {
    const server = await scenario([201]);
    const survey = await mount({ elements: [{ type: 'dropdown', name: 'format', choices: ['face', 'online'] }, { type: 'text', name: 'other' }] }, server.endpoint);
    const select = $<HTMLSelectElement>(survey, 'select')!;
    for (const value of ['1', '']) {
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await survey.updateComplete;
    }
    expect(select.value).to.equal('');
    expect(await send(survey, server)).to.deep.equal({});
  });
});

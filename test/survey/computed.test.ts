import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { Model } from 'survey-core';
import '../../src/survey/define.js';
import { EXTENSION } from '../../src/survey/expression.js';
import { RENDERERS } from '../../src/survey/questions/registry.js';
import type { VtSurvey } from '../../src/survey/survey.js';
import { scenario } from '../support/endpoint.js';
import { typeText } from '../support/keyboard.js';

/** A sleep diary: two numbers, their total computed and shown, a score sent with the answers. */
const DIARY = {
  title: 'Sleep diary',
  calculatedValues: [
    { name: 'score', expression: "iif({total} >= 8, 'rested', 'tired')", includeIntoResult: true },
    { name: 'minutes', expression: '{total} * 60' },
  ],
  elements: [
    { type: 'text', name: 'night', title: { en: 'Hours slept at night', fi: 'Yöunen tunnit' }, inputType: 'number' },
    { type: 'text', name: 'nap', title: { en: 'Hours napped', fi: 'Päiväunien tunnit' }, inputType: 'number' },
    { type: 'expression', name: 'total', title: { en: 'Total hours', fi: 'Tunnit yhteensä' }, expression: '{night} + {nap}' },
    { type: 'expression', name: 'inMinutes', title: { en: 'In minutes', fi: 'Minuutteina' }, expression: '{minutes}', displayStyle: 'decimal' },
    { type: 'comment', name: 'tips', title: { en: 'What would help you rest?', fi: 'Mikä auttaisi lepäämään?' }, visibleIf: "{score} = 'tired'" },
  ],
};

describe('<vt-survey> computed values', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('fetches no computing for a definition with comparisons only', async () => {
    const survey = await fixture<VtSurvey>(html`<vt-survey lang="en" .definition=${{
      elements: [
        { type: 'rating', name: 'nps', rateMin: 0, rateMax: 10 },
        { type: 'comment', name: 'why', visibleIf: "({nps} <= 6 or {nps} = 7) and !({nps} empty) and {nps} *= '1' and {nps} > -1" },
      ],
    }}></vt-survey>`);
    expect(survey.shadowRoot!.querySelector('[part="form"]'), 'the survey shows').to.not.equal(null);
    expect(RENDERERS['expression'], 'the expression family').to.equal(undefined);
    expect(EXTENSION.call, 'functions').to.equal(undefined);
  });

  it('shows a computed value read-only, labelled by its title, axe-clean', async () => {
    const survey = await fixture<VtSurvey>(html`<vt-survey lang="fi" survey-id="diary-fi" .definition=${DIARY}></vt-survey>`);
    const root = survey.shadowRoot!;
    // survey-core computes the total of nothing as 0, and the score from it.
    expect(root.querySelector('output#q2')!.textContent).to.equal('0');
    expect(root.querySelector('label[for="q2"]')!.textContent).to.contain('Tunnit yhteensä');
    expect(root.querySelector('#q4'), 'tips, for a tired score').to.not.equal(null);
    await expect(survey).to.be.accessible();
  });

  it('shows the total as it is typed, announces it, and sends what survey-core sends, by keyboard only', async () => {
    const server = await scenario([201]);
    const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">Before</button></div>`);
    const survey = document.createElement('vt-survey') as VtSurvey;
    survey.setAttribute('lang', 'en');
    survey.setAttribute('endpoint', server.endpoint);
    survey.definition = DIARY;
    wrapper.append(survey);
    await survey.updateComplete;
    const root = survey.shadowRoot!;
    const output = (id: string) => root.querySelector<HTMLOutputElement>(`output#${id}`)!;
    expect(output('q2').textContent).to.equal('0');

    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.id).to.equal('q0');
    await typeText('7.5');
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.id).to.equal('q1');
    await typeText('1');
    await survey.updateComplete;
    expect(output('q2').textContent).to.equal('8.5');
    expect(output('q3').textContent).to.equal((510).toLocaleString('en', { style: 'decimal' }));
    expect(root.querySelector('#q4'), 'tips hidden once rested').to.equal(null);
    await expect(survey).to.be.accessible();

    // Outputs are not in the tab order: the next stop is the submit button.
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.getAttribute('part')).to.equal('submit');
    const sent = oneEvent(survey, 'vt-submitted');
    await sendKeys({ press: 'Enter' });
    await sent;
    await waitUntil(() => root.activeElement?.id == 'success-title', 'the thanks are focused');

    const reference = new Model(DIARY);
    reference.setValue('night', 7.5);
    reference.setValue('nap', 1);
    reference.doComplete();
    const [request] = await server.log();
    expect(request!.body.data['answers']).to.deep.equal(reference.data);
    expect(reference.data).to.deep.equal({ night: 7.5, nap: 1, total: 8.5, inMinutes: 510, score: 'rested' });
  });

  it('follows defaultValueExpression until the person types, also after a reload', async () => {
    const definition = {
      elements: [
        { type: 'text', name: 'adults', inputType: 'number', title: 'Adults' },
        { type: 'text', name: 'people', inputType: 'number', title: 'People', defaultValueExpression: '{adults} + 1' },
      ],
    };
    const open = () => fixture<VtSurvey>(html`<vt-survey lang="en" survey-id="defaults" .definition=${definition}></vt-survey>`);
    let survey = await open();
    const input = (id: string) => survey.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
    expect(input('q1').value, 'survey-core computes 0 + 1 from the start').to.equal('1');
    input('q0').focus();
    await typeText('3');
    await survey.updateComplete;
    expect(input('q1').value).to.equal('4');
    input('q1').select();
    await typeText('9');
    input('q0').focus();
    await typeText('0');
    await survey.updateComplete;
    expect([input('q0').value, input('q1').value], 'the typed answer stays').to.deep.equal(['30', '9']);
    // The same survey in the same tab, as after a reload: the answers come back, the typed one kept.
    survey.remove();
    survey = await open();
    expect([input('q0').value, input('q1').value]).to.deep.equal(['30', '9']);
  });
});


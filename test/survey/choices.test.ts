import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/config/define.js';
import '../../src/survey/define.js';
import { loadTypes } from '../../src/survey/questions/registry.js';
import type { VtSurvey } from '../../src/survey/survey.js';
import { scenario } from '../support/endpoint.js';
import { typeText } from '../support/keyboard.js';
import { $, $$, focused, mountSurvey, sendSurvey, tabTo, textOf } from '../support/survey-page.js';

const mount = (definition: unknown, endpoint?: string, lang = 'en') => mountSurvey(definition, { endpoint, lang });
const send = sendSurvey;

/** Ranking, tagbox and pictures (issue 18) in the element: by keyboard, and what a screen reader is given. */

/** The choices of a list as shown, in order. */
const shown = (survey: VtSurvey, list: string) => $$(survey, `${list} .rank-text`).map((item) => item.textContent!.trim());
/** The polite live region of a ranking. */
const told = (survey: VtSurvey) => textOf(survey, '.question [role="status"]');


async function press(survey: VtSurvey, key: string): Promise<void> {
  await sendKeys({ press: key });
  await survey.updateComplete;
}



const RANKING = {
  elements: [
    { type: 'ranking', name: 'features', title: 'Rank the features', isRequired: true, choices: ['battery|Battery', 'screen|Screen', 'camera|Camera'] },
  ],
};

describe('<vt-survey> ranking', () => {
  // The chunk of these types, fetched (and on a test server compiled) once, before the first test.
  before(() => loadTypes({ elements: [{ type: 'ranking' }] }));

  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('shows the choices their visibleIf shows, ranks one shown again last, and keeps a disabled one where it is', async () => {
    const server = await scenario([201]);
    const survey = await mount(
      {
        elements: [
          { type: 'boolean', name: 'kids', title: 'Kids?' },
          {
            type: 'ranking',
            name: 'worries',
            title: 'Worries',
            choices: ['money|Money', { value: 'school', text: 'School', visibleIf: '{kids} = true' }, 'health|Health', { value: 'time', text: 'Time', enableIf: '{kids} = true' }],
          },
        ],
      },
      server.endpoint,
    );
    expect(shown(survey, 'ol')).to.deep.equal(['Money', 'Health', 'Time']);
    // Time cannot be moved while its enableIf does not hold.
    expect($$(survey, 'ol button').map((button) => (button as HTMLButtonElement).disabled)).to.deep.equal([true, false, false, false, true, true]);
    await tabTo(survey, '#q1-d0');
    await press(survey, 'Enter');
    expect(shown(survey, 'ol')).to.deep.equal(['Health', 'Money', 'Time']);
    $<HTMLInputElement>(survey, '#q0-0')!.click();
    await survey.updateComplete;
    // School shows, ranked last; Time can move now.
    expect(shown(survey, 'ol')).to.deep.equal(['Health', 'Money', 'Time', 'School']);
    expect($<HTMLButtonElement>(survey, '#q1-u2')!.disabled).to.equal(false);
    await expect(survey).to.be.accessible();
    expect(await send(survey, server)).to.deep.equal({ kids: true, worries: ['health', 'money', 'time', 'school'] });
  });

  it('is an ordered list with a labelled "move up" and "move down" button on each choice, accessibly', async () => {
    const survey = await mount(RANKING);
    await expect(survey).to.be.accessible();
    expect(textOf(survey, 'legend')).to.contain('Rank the features');
    expect($(survey, 'ol.ranking')).to.not.equal(null);
    expect(shown(survey, 'ol')).to.deep.equal(['Battery', 'Screen', 'Camera']);
    expect($$(survey, 'ol button').map((button) => button.getAttribute('aria-label'))).to.deep.equal([
      'Move up: Battery',
      'Move down: Battery',
      'Move up: Screen',
      'Move down: Screen',
      'Move up: Camera',
      'Move down: Camera',
    ]);
    // Nowhere to go: the first cannot move up, the last cannot move down.
    expect($$(survey, 'ol button').map((button) => (button as HTMLButtonElement).disabled)).to.deep.equal([true, false, false, false, false, true]);
    // The live region is there, empty, before anything is told.
    expect($(survey, '.question [role="status"]')).to.not.equal(null);
    expect(told(survey)).to.equal('');
  });

  it('is ranked by keyboard: each move is told in the live region and the focus stays with the choice moved', async () => {
    const server = await scenario([201]);
    const survey = await mount(RANKING, server.endpoint);
    document.getElementById('before')!.focus();
    await tabTo(survey, '[aria-label="Move down: Battery"]');
    await press(survey, 'Enter');
    expect(shown(survey, 'ol')).to.deep.equal(['Screen', 'Battery', 'Camera']);
    expect(told(survey)).to.equal('Battery: place 2 of 3.');
    expect(focused(survey)?.getAttribute('aria-label')).to.equal('Move down: Battery');
    await press(survey, ' ');
    expect(shown(survey, 'ol')).to.deep.equal(['Screen', 'Camera', 'Battery']);
    expect(told(survey)).to.equal('Battery: place 3 of 3.');
    // At the bottom its "move down" is disabled: the focus goes to its "move up".
    expect(focused(survey)?.getAttribute('aria-label')).to.equal('Move up: Battery');
    await press(survey, 'Enter');
    expect(shown(survey, 'ol')).to.deep.equal(['Screen', 'Battery', 'Camera']);
    expect(told(survey)).to.equal('Battery: place 2 of 3.');
    await expect(survey).to.be.accessible();
    expect(await send(survey, server)).to.deep.equal({ features: ['screen', 'battery', 'camera'] });
  });

  it('is unanswered until a choice is moved: a required one shows its error, and the summary link focuses the list', async () => {
    const survey = await mount(RANKING);
    $<HTMLButtonElement>(survey, '[part="submit"]')!.click();
    await survey.updateComplete;
    expect(textOf(survey, '.vt-error-summary')).to.contain('This field is required.');
    await expect(survey).to.be.accessible();
    $<HTMLAnchorElement>(survey, '.vt-error-summary a')!.click();
    await survey.updateComplete;
    expect(focused(survey)?.id).to.equal('q0-group');
    expect(focused(survey)?.getAttribute('aria-describedby')).to.contain('q0-error');
    // Tab goes on to the first button that works.
    await press(survey, 'Tab');
    expect(focused(survey)?.getAttribute('aria-label')).to.equal('Move down: Battery');
  });

  it('tells each move in Finnish and Swedish too', async () => {
    for (const [lang, label, said] of [
      ['fi', 'Siirrä alaspäin: Battery', 'Battery: sija 2/3.'],
      ['sv', 'Flytta nedåt: Battery', 'Battery: plats 2 av 3.'],
    ] as const) {
      const survey = await mount(RANKING, undefined, lang);
      const button = $<HTMLButtonElement>(survey, `[aria-label="${label}"]`)!;
      button.click();
      await survey.updateComplete;
      expect(told(survey)).to.equal(said);
      survey.parentElement!.remove();
      sessionStorage.clear();
    }
  });

  it('with selectToRankEnabled, ranks only the choices added, at most maxSelectedChoices, and needs minSelectedChoices', async () => {
    const server = await scenario([201]);
    const survey = await mount(
      {
        elements: [
          { type: 'ranking', name: 'top', title: 'Your top two or three', selectToRankEnabled: true, minSelectedChoices: 2, maxSelectedChoices: 3, choices: ['a|Alpha', 'b|Beta', 'c|Gamma', 'd|Delta'] },
        ],
      },
      server.endpoint,
    );
    await expect(survey).to.be.accessible();
    expect($(survey, 'ol')).to.equal(null);
    expect(textOf(survey, '#q0-unranked')).to.equal('Not ranked');
    expect(shown(survey, 'ul')).to.deep.equal(['Alpha', 'Beta', 'Gamma', 'Delta']);
    expect(textOf(survey, '#q0-limit')).to.equal('Choose at most 3.');
    document.getElementById('before')!.focus();
    await tabTo(survey, '[aria-label="Add to the ranking: Gamma"]');
    await press(survey, 'Enter');
    expect(shown(survey, 'ol')).to.deep.equal(['Gamma']);
    expect(textOf(survey, '#q0-ranked')).to.equal('Your ranking');
    expect(told(survey)).to.equal('Gamma: place 1 of 1.');
    // The focus stays in the list of the rest, on the next one.
    expect(focused(survey)?.getAttribute('aria-label')).to.equal('Add to the ranking: Delta');
    $<HTMLButtonElement>(survey, '[part="submit"]')!.click();
    await survey.updateComplete;
    expect(textOf(survey, '.vt-error-summary')).to.contain('Choose at least 2.');
    $(survey, '[aria-label="Add to the ranking: Delta"]')!.focus();
    await press(survey, 'Enter');
    $<HTMLButtonElement>(survey, '[aria-label="Add to the ranking: Alpha"]')!.click();
    await survey.updateComplete;
    expect(shown(survey, 'ol')).to.deep.equal(['Gamma', 'Delta', 'Alpha']);
    expect(textOf(survey, '#q0-limit')).to.equal('The maximum is chosen.');
    expect(($(survey, '[aria-label="Add to the ranking: Beta"]') as HTMLButtonElement).disabled).to.equal(true);
    $<HTMLButtonElement>(survey, '[aria-label="Move up: Alpha"]')!.click();
    await survey.updateComplete;
    $<HTMLButtonElement>(survey, '[aria-label="Remove from the ranking: Gamma"]')!.click();
    await survey.updateComplete;
    expect(told(survey)).to.equal('Gamma removed from the ranking.');
    expect(shown(survey, 'ol')).to.deep.equal(['Alpha', 'Delta']);
    expect(shown(survey, 'ul')).to.deep.equal(['Beta', 'Gamma']);
    await expect(survey).to.be.accessible();
    expect(await send(survey, server)).to.deep.equal({ top: ['a', 'd'] });
  });

  it('takes its choices from the ones chosen in another question, and loses its order when they change, as survey-core does', async () => {
    const server = await scenario([201]);
    const survey = await mount(
      {
        elements: [
          { type: 'checkbox', name: 'car', title: 'Cars driven', choices: ['volvo|Volvo', 'saab|Saab', 'kia|Kia'], showOtherItem: true },
          { type: 'ranking', name: 'best', title: 'Which did you enjoy most?', visibleIf: '{car.length} > 1', choicesFromQuestion: 'car', choicesFromQuestionMode: 'selected' },
        ],
      },
      server.endpoint,
    );
    const tick = async (id: string) => {
      $<HTMLInputElement>(survey, id)!.click();
      await survey.updateComplete;
    };
    await tick('#q0-2');
    expect($(survey, 'ol')).to.equal(null);
    await tick('#q0-0');
    expect(shown(survey, 'ol')).to.deep.equal(['Volvo', 'Kia']);
    $<HTMLButtonElement>(survey, '[aria-label="Move up: Kia"]')!.click();
    await survey.updateComplete;
    expect(shown(survey, 'ol')).to.deep.equal(['Kia', 'Volvo']);
    // "Other", with what was typed for it.
    await tick('#q0-3');
    $<HTMLInputElement>(survey, '#q0-other')!.focus();
    await typeText('Lada');
    await survey.updateComplete;
    expect(shown(survey, 'ol')).to.deep.equal(['Volvo', 'Kia', 'Lada']);
    $<HTMLButtonElement>(survey, '[aria-label="Move up: Lada"]')!.click();
    await survey.updateComplete;
    await expect(survey).to.be.accessible();
    expect(await send(survey, server)).to.deep.equal({ car: ['kia', 'volvo', 'other'], 'car-Comment': 'Lada', best: ['volvo', 'other', 'kia'] });
  });
});

describe('<vt-survey> tagbox and pictures', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('offers a tagbox as native checkboxes, answered by keyboard or pointer as a list in the order ticked', async () => {
    const server = await scenario([201]);
    const survey = await mount(
      { elements: [{ type: 'tagbox', name: 'results', title: 'Results', isRequired: true, maxSelectedChoices: 2, choices: ['r1|Result 1', 'r2|Result 2', 'r3|Result 3'] }] },
      server.endpoint,
    );
    await expect(survey).to.be.accessible();
    expect($$(survey, 'input[type="checkbox"]').length).to.equal(3);
    document.getElementById('before')!.focus();
    await tabTo(survey, '#q0-2');
    await press(survey, ' ');
    $<HTMLInputElement>(survey, '#q0-0')!.click();
    await survey.updateComplete;
    expect(textOf(survey, '#q0-limit')).to.equal('The maximum is chosen.');
    expect($<HTMLInputElement>(survey, '#q0-1')!.disabled).to.equal(true);
    expect(await send(survey, server)).to.deep.equal({ results: ['r3', 'r1'] });
  });

  it('shows an image with its altText, and an imagepicker of radios named by their pictures', async () => {
    const server = await scenario([201]);
    const survey = await mount(
      {
        elements: [
          { type: 'image', name: 'robot', imageLink: 'https://example.org/robot.jpg', altText: { en: 'A robot at a shelf', fi: 'Robotti hyllyllä' } },
          { type: 'imagepicker', name: 'pet', title: 'Which pet?', isRequired: true, choices: [{ value: 'cat', text: 'A cat', imageLink: '/cat.png' }, { value: 'dog', text: 'A dog', imageLink: '/dog.png' }] },
          { type: 'imagepicker', name: 'snacks', title: 'Snacks', multiSelect: true, choices: [{ value: 'pear', imageLink: '/pear.png' }, { value: 'apple', imageLink: '/apple.png' }] },
        ],
      },
      server.endpoint,
    );
    await expect(survey).to.be.accessible();
    const picture = $<HTMLImageElement>(survey, '.picture img')!;
    expect([picture.getAttribute('src'), picture.alt]).to.deep.equal(['https://example.org/robot.jpg', 'A robot at a shelf']);
    // Each radio's label is its picture, whose alt is the choice's text: what a screen reader names it by.
    const catLabel = $(survey, 'label[for="q1-0"]')!;
    expect($<HTMLInputElement>(survey, '#q1-0')!.type).to.equal('radio');
    expect([catLabel.querySelector('img')!.getAttribute('src'), catLabel.querySelector('img')!.alt]).to.deep.equal(['/cat.png', 'A cat']);
    expect($<HTMLInputElement>(survey, '#q2-0')!.type).to.equal('checkbox');
    expect($(survey, 'label[for="q2-1"] img')!.getAttribute('alt')).to.equal('apple');
    document.getElementById('before')!.focus();
    await tabTo(survey, '#q1-0');
    await press(survey, 'ArrowDown');
    expect($<HTMLInputElement>(survey, '#q1-1')!.checked).to.equal(true);
    await tabTo(survey, '#q2-0');
    await press(survey, 'Tab');
    expect(focused(survey)?.id).to.equal('q2-1');
    await press(survey, ' ');
    expect($<HTMLInputElement>(survey, '#q2-1')!.checked).to.equal(true);
    expect(await send(survey, server)).to.deep.equal({ pet: 'dog', snacks: ['apple'] });
  });

  it('offers none, refused, don\'t know and select-all as survey-core does, a special choice alone in the answer', async () => {
    const server = await scenario([201]);
    const survey = await mount(
      {
        elements: [
          { type: 'checkbox', name: 'topics', title: 'Topics', colCount: 2, showSelectAllItem: true, showNoneItem: true, showDontKnowItem: true, choices: ['work|Work', 'family|Family'] },
          { type: 'radiogroup', name: 'mood', title: 'Mood', hasNone: true, noneText: 'No mood', showRefuseItem: true, choices: ['good|Good'] },
          { type: 'dropdown', name: 'size', title: 'Size', showDontKnowItem: true, choices: [4, 8] },
        ],
      },
      server.endpoint,
    );
    await expect(survey).to.be.accessible();
    const labels = (question: number) => $$(survey, `input[name="q${question}"] + label`).map((label) => label.textContent!.trim());
    expect(labels(0)).to.deep.equal(['Select all', 'Work', 'Family', 'None of these', "Don't know"]);
    expect(labels(1)).to.deep.equal(['Good', 'No mood', 'Prefer not to answer']);
    expect([...$<HTMLSelectElement>(survey, 'select')!.options].map((option) => option.text)).to.deep.equal(['Choose…', '4', '8', "Don't know"]);
    // colCount: the boxes in a grid of two columns where there is room.
    expect($(survey, '.columns .cols-2')).to.not.equal(null);
    const box = (at: number) => $<HTMLInputElement>(survey, `#q0-${at}`)!;
    document.getElementById('before')!.focus();
    await tabTo(survey, '#q0-0');
    await press(survey, ' ');
    expect([box(1).checked, box(2).checked, box(0).checked]).to.deep.equal([true, true, true]);
    await tabTo(survey, '#q0-3');
    await press(survey, ' ');
    // "None" alone: the others are unticked.
    expect([0, 1, 2, 3, 4].map((at) => box(at).checked)).to.deep.equal([false, false, false, true, false]);
    await tabTo(survey, '#q0-4');
    await press(survey, ' ');
    expect([0, 1, 2, 3, 4].map((at) => box(at).checked)).to.deep.equal([false, false, false, false, true]);
    box(2).click();
    await survey.updateComplete;
    expect([0, 1, 2, 3, 4].map((at) => box(at).checked)).to.deep.equal([false, false, true, false, false]);
    $<HTMLInputElement>(survey, '#q1-1')!.click();
    const select = $<HTMLSelectElement>(survey, 'select')!;
    select.value = '2';
    select.dispatchEvent(new Event('change'));
    await survey.updateComplete;
    expect(await send(survey, server)).to.deep.equal({ topics: ['family'], mood: 'none', size: 'dontknow' });
  });

  it('select-all ticks the enabled choices shown, as survey-core: never a hidden one, and a disabled one keeps what it has', async () => {
    const server = await scenario([201]);
    const survey = await mount(
      {
        elements: [
          { type: 'radiogroup', name: 'age', title: 'Age', choices: ['young|Young', 'old|Old'] },
          {
            type: 'checkbox',
            name: 'topics',
            title: 'Topics',
            showSelectAllItem: true,
            defaultValue: ['work', 'care'],
            choices: ['work|Work', { value: 'school', text: 'School', visibleIf: "{age} = 'young'" }, { value: 'care', text: 'Care', enableIf: "{age} = 'old'" }, 'family|Family'],
          },
        ],
      },
      server.endpoint,
    );
    const labels = () => $$(survey, 'input[name="q1"] + label').map((label) => label.textContent!.trim());
    const ticked = () => $$(survey, 'input[name="q1"]').map((box) => (box as HTMLInputElement).checked);
    // Care is disabled but keeps its default; School is hidden.
    expect(labels()).to.deep.equal(['Select all', 'Work', 'Care', 'Family']);
    await tabTo(survey, '#q1-0');
    await press(survey, ' ');
    expect(ticked()).to.deep.equal([true, true, true, true]);
    // Unticking select-all leaves the disabled choice as it was.
    await press(survey, ' ');
    expect(ticked()).to.deep.equal([false, false, true, false]);
    await press(survey, ' ');
    expect(await send(survey, server)).to.deep.equal({ topics: ['work', 'care', 'family'] });
  });

  it('words the special choices and the ranking\'s buttons in Finnish, and as the page words them in <vt-config texts>', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <vt-config texts='{"survey.moveUp": "Nosta: {item}"}'>
          <vt-survey lang="fi" allow-multiple
            .definition=${{ elements: [{ type: 'checkbox', name: 'c', title: 'C', showNoneItem: true, choices: ['a'] }, { type: 'ranking', name: 'r', title: 'R', choices: ['x', 'y'] }] }}></vt-survey>
        </vt-config>
      </div>`,
    );
    const survey = wrapper.querySelector('vt-survey') as VtSurvey;
    await survey.updateComplete;
    expect($(survey, 'label[for="q0-1"]')!.textContent!.trim()).to.equal('Ei mitään näistä');
    expect($$(survey, 'ol button').map((button) => button.getAttribute('aria-label'))).to.deep.equal(['Nosta: x', 'Siirrä alaspäin: x', 'Nosta: y', 'Siirrä alaspäin: y']);
  });
});

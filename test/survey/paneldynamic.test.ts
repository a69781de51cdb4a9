import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { Model } from 'survey-core';
import '../../src/survey/define.js';
import type { VtSurvey } from '../../src/survey/survey.js';
import { scenario } from '../support/endpoint.js';
import { typeText } from '../support/keyboard.js';
import { $, $$, focused, mountSurvey, sendSurvey, tabTo } from '../support/survey-page.js';

/** `paneldynamic` (issue 18) in the element, used by keyboard as a person would. */

const textOf = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** A control's name as a screen reader gets it here: its aria-labelledby, else its label, else its content. */
const nameOf = (survey: VtSurvey, element: HTMLElement) => {
  const by = element.getAttribute('aria-labelledby');
  if (by) return by.split(' ').map((id) => textOf($(survey, `#${id}`))).join(' ');
  return textOf(element.id ? ($(survey, `label[for="${element.id}"]`) ?? element) : element);
};

/** Children of a family: two panels to start, at most three, at least one; a question shown by the panel's own answer. */
const FAMILY = {
  elements: [
    {
      type: 'paneldynamic',
      name: 'children',
      title: 'Your children',
      templateTitle: 'Child {panelIndex}',
      panelCount: 2,
      minPanelCount: 1,
      maxPanelCount: 3,
      templateElements: [
        { type: 'text', name: 'age', title: 'Age', inputType: 'number', isRequired: true },
        { type: 'radiogroup', name: 'care', title: 'Day care?', choices: ['yes', 'no'], visibleIf: '{panel.age} < 7' },
      ],
    },
  ],
};

const mount = (definition: unknown, lang = 'en', endpoint?: string) => mountSurvey(definition, { lang, endpoint });

const settle = async (survey: VtSurvey) => {
  await survey.updateComplete;
  await survey.updateComplete;
};

describe('<vt-survey> paneldynamic', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('adds and removes panels by keyboard: named groups and buttons, focus moved, announced, within min and max', async () => {
    const survey = await mount(FAMILY);
    const panels = () => $$(survey, '[part="panel"]');
    expect(panels()).to.have.length(2);
    expect(panels().map((panel) => nameOf(survey, panel))).to.deep.equal(['Child 1', 'Child 2']);
    expect(panels().every((panel) => panel.getAttribute('role') == 'group')).to.equal(true);
    expect(textOf($(survey, 'legend'))).to.equal('Your children');
    expect(nameOf(survey, $(survey, '#q0-1-0')!)).to.equal('Age (required)');
    // The second panel's question has its own id and label: answers are kept per panel.
    expect(nameOf(survey, $(survey, '#q0-1-0')!)).to.equal('Age (required)');
    const removes = () => $$(survey, '[part="panel"] button').map((button) => textOf(button));
    expect(removes()).to.deep.equal(['Remove Child 1', 'Remove Child 2']);
    await expect(survey).to.be.accessible();

    // The age in panel 2 shows its own day-care question, not panel 1's.
    await tabTo(survey, '#q0-1-0');
    await typeText('4');
    await settle(survey);
    expect($(survey, '#q0-1-1-0')).to.not.equal(null);
    expect($(survey, '#q0-0-1-0')).to.equal(null);

    const add = await tabTo(survey, '#q0-add');
    expect(textOf(add)).to.equal('Add new');
    await sendKeys({ press: 'Enter' });
    await settle(survey);
    expect(panels()).to.have.length(3);
    expect(focused(survey)?.id, 'focus on the new panel first control').to.equal('q0-2-0');
    expect(textOf($(survey, '#q0-status'))).to.equal('Child 3 added.');
    // At maxPanelCount there is no Add button, as in survey-core.
    expect($(survey, '#q0-add')).to.equal(null);
    await typeText('9');
    await settle(survey);

    // Removing panel 2 moves focus to panel 1 and Add comes back; panel 3's answer is now panel 2's.
    $(survey, '#q0-0')!.focus();
    await tabTo(survey, '[part="panel"]:nth-child(2) button');
    await sendKeys({ press: 'Enter' });
    await settle(survey);
    expect(panels()).to.have.length(2);
    expect(focused(survey)?.id).to.equal('q0-0');
    expect(textOf($(survey, '#q0-status'))).to.equal('Child 2 removed.');
    expect($<HTMLInputElement>(survey, '#q0-1-0')!.value).to.equal('9');
    expect($(survey, '#q0-add')).to.not.equal(null);
    // Down to minPanelCount: no Remove button.
    $(survey, '[part="panel"]:nth-child(2) button')!.click();
    await settle(survey);
    expect(removes()).to.deep.equal([]);
    expect(focused(survey)?.id).to.equal('q0-0');
    await expect(survey).to.be.accessible();
  });

  it('shows required errors per panel, leads the error summary to the panels, and sends what survey-core has as survey.data', async () => {
    const server = await scenario([201]);
    const survey = await mount(FAMILY, 'en', server.endpoint);
    const reference = new Model(FAMILY);
    const dynamic = reference.getQuestionByName('children') as unknown as { panels: Array<{ getQuestionByName(name: string): { value: unknown } }> };

    $<HTMLButtonElement>(survey, '[part="submit"]')!.click();
    await settle(survey);
    expect(textOf($(survey, '.vt-error-summary'))).to.contain('Check the answers marked below.');
    // Each panel's required question shows its error, linked to its field.
    expect(textOf($(survey, '#q0-0-0-error'))).to.contain('This field is required.');
    expect(textOf($(survey, '#q0-1-0-error'))).to.contain('This field is required.');
    expect($(survey, '#q0-1-0')!.getAttribute('aria-describedby')).to.contain('q0-1-0-error');
    $<HTMLAnchorElement>(survey, '.vt-error-summary a')!.click();
    await settle(survey);
    expect(focused(survey)?.id).to.equal('q0-panels');
    // From there, Tab reaches the first panel's first field.
    await sendKeys({ press: 'Tab' });
    expect(focused(survey)?.id).to.equal('q0-0-0');
    await expect(survey).to.be.accessible();

    // One panel answered: the other's required age still keeps the answers from being sent.
    await typeText('5');
    dynamic.panels[0]!.getQuestionByName('age').value = 5;
    await tabTo(survey, '#q0-0-1-0');
    await sendKeys({ press: 'ArrowDown' });
    dynamic.panels[0]!.getQuestionByName('care').value = 'no';
    await settle(survey);
    $<HTMLButtonElement>(survey, '[part="submit"]')!.click();
    await settle(survey);
    expect(textOf($(survey, '.vt-error-summary'))).to.contain('Check the answers marked below.');
    expect($(survey, '#q0-0-0-error')).to.equal(null);
    expect(textOf($(survey, '#q0-1-0-error'))).to.contain('This field is required.');

    // Panel 1's age over 7 hides its day-care question: its answer is not sent.
    await tabTo(survey, '#q0-0-0');
    // Tab selects what is in the box: the 2 goes after the 5.
    await sendKeys({ press: 'End' });
    await typeText('2');
    dynamic.panels[0]!.getQuestionByName('age').value = 52;
    await tabTo(survey, '#q0-1-0');
    await typeText('3');
    dynamic.panels[1]!.getQuestionByName('age').value = 3;
    await settle(survey);
    const answers = await sendSurvey(survey, server);
    reference.doComplete();
    expect(answers).to.deep.equal(reference.data);
    expect(reference.data).to.deep.equal({ children: [{ age: 52 }, { age: 3 }] });
  });

  it('words its buttons and panels in Finnish and Swedish, and takes panelAddText and panelRemoveText', async () => {
    const untitled = { elements: [{ type: 'paneldynamic', name: 'goals', panelCount: 1, templateElements: [{ type: 'text', name: 'goal' }] }] };
    const fi = await mount(untitled, 'fi');
    expect(textOf($(fi, '#q0-add'))).to.equal('Lisää uusi');
    expect(textOf($(fi, '[part="panel"] button'))).to.equal('Poista Osio 1');
    const sv = await mount(untitled, 'sv');
    expect(textOf($(sv, '#q0-add'))).to.equal('Lägg till ny');
    expect(textOf($(sv, '[part="panel"] button'))).to.equal('Ta bort Del 1');
    const own = await mount({
      elements: [{ ...untitled.elements[0], panelAddText: { fi: 'Lisää tavoite', en: 'Add a goal' }, panelRemoveText: 'Drop' }],
    });
    expect(textOf($(own, '#q0-add'))).to.equal('Add a goal');
    expect(textOf($(own, '[part="panel"] button'))).to.equal('Drop Part 1');
    // With no panel left and minPanelCount 0, removing the last one leaves none, as in survey-core.
    $(own, '[part="panel"] button')!.click();
    await settle(own);
    expect($$(own, '[part="panel"]')).to.have.length(0);
    expect(focused(own)?.id).to.equal('q0-add');
    await expect(own).to.be.accessible();
    // allowAddPanel and allowRemovePanel false: no buttons, as in survey-core (a new survey: no draft from the one before).
    sessionStorage.clear();
    const fixed = await mount({ elements: [{ ...untitled.elements[0], allowAddPanel: false, allowRemovePanel: false }] });
    expect($$(fixed, '[part="panel"]')).to.have.length(1);
    expect($$(fixed, 'button:not([part="submit"])')).to.have.length(0);
  });
  it('groups template questions in their panels in each panel: named groups, a collapsed one a disclosure opened by keyboard or by an error in it', async () => {
    const server = await scenario([201]);
    const definition = {
      elements: [
        {
          type: 'paneldynamic',
          name: 'kids',
          title: 'Your children',
          panelCount: 1,
          templateTitle: 'Child {panelIndex}',
          templateElements: [
            { type: 'text', name: 'age', title: 'Age', inputType: 'number' },
            {
              type: 'panel',
              name: 'school',
              title: 'School of child {panelIndex}',
              state: 'collapsed',
              visibleIf: '{panel.age} > 5',
              elements: [{ type: 'text', name: 'sname', title: 'School name' }],
            },
            { type: 'panel', name: 'more', title: 'More about {panel.age}', elements: [{ type: 'comment', name: 'note', title: 'Note' }] },
          ],
        },
      ],
    };
    const survey = await mount(definition, 'en', server.endpoint);
    const reference = new Model(definition);
    const kids = reference.getQuestionByName('kids') as unknown as { panels: Array<{ getQuestionByName(name: string): { value: unknown } }> };
    // The school panel shows only from age 6; the other is a group named by its title, a fieldset's legend.
    expect($(survey, 'details')).to.equal(null);
    const more = $(survey, 'fieldset.template-panel')!;
    expect(textOf(more.querySelector('legend'))).to.equal('More about');
    await tabTo(survey, '#q0-0-0');
    await typeText('7');
    kids.panels[0]!.getQuestionByName('age').value = 7;
    await settle(survey);
    expect(textOf(more.querySelector('legend'))).to.equal('More about 7');
    const school = $<HTMLDetailsElement>(survey, 'details')!;
    expect(school.open).to.equal(false);
    expect(textOf(school.querySelector('summary'))).to.equal('School of child 1');
    await expect(survey).to.be.accessible();
    // Tab reaches the disclosure's summary; Enter opens it and the school name is next; Enter again closes it.
    await sendKeys({ press: 'Tab' });
    expect(focused(survey)?.tagName).to.equal('SUMMARY');
    await sendKeys({ press: 'Enter' });
    await settle(survey);
    expect(school.open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(focused(survey)?.id).to.equal('q0-0-1');
    expect(nameOf(survey, focused(survey)!)).to.equal('School name');
    await typeText('Vale');
    kids.panels[0]!.getQuestionByName('sname').value = 'Vale';
    await settle(survey);
    expect($<HTMLInputElement>(survey, '#q0-0-1')!.value).to.equal('Vale');
    // Back to the summary (WebKit's driver has no Shift+Tab): Enter closes it.
    school.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(survey);
    expect(school.open).to.equal(false);
    // What is typed in it stays while it is closed, and is sent.
    const answers = await sendSurvey(survey, server);
    reference.doComplete();
    expect(answers).to.deep.equal(reference.data);
    expect(reference.data).to.deep.equal({ kids: [{ age: 7, sname: 'Vale' }] });
  });

  it('opens a collapsed template panel whose required question has its error shown', async () => {
    const survey = await mount({
      elements: [
        {
          type: 'paneldynamic',
          name: 'kids',
          panelCount: 2,
          templateElements: [{ type: 'panel', name: 'school', title: 'School', state: 'collapsed', elements: [{ type: 'text', name: 'sname', title: 'School name', isRequired: true }] }],
        },
      ],
    });
    const disclosures = () => $$(survey, 'details') as HTMLDetailsElement[];
    expect(disclosures().map((details) => details.open)).to.deep.equal([false, false]);
    $<HTMLButtonElement>(survey, '[part="submit"]')!.click();
    await settle(survey);
    expect(disclosures().map((details) => details.open)).to.deep.equal([true, true]);
    expect(textOf($(survey, '#q0-1-0-error'))).to.contain('This field is required.');
    await expect(survey).to.be.accessible();
  });
});

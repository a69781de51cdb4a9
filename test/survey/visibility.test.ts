import { expect } from '@open-wc/testing';
import { Model } from 'survey-core';
import { parseDefinition, type SurveyModel } from '../../src/survey/definition.js';
import { parseExpression, type Answers } from '../../src/survey/expression.js';
import { install } from '../../src/survey/functions.js';
import { visiblePages } from '../../src/survey/logic.js';

/**
 * visiblePages keeps what it found for a survey's last answers and evaluates again only the rules that
 * read a changed answer (or call a function). Answered one step at a time, as a person does, it must
 * show what survey-core shows after every step, and what a fresh evaluation shows.
 */
describe('visiblePages, answered step by step', () => {
  before(() => install());

  const DEFINITION = {
    pages: [
      {
        name: 'first',
        elements: [
          { type: 'rating', name: 'mood' },
          { type: 'text', name: 'a.b', title: 'A name with a dot' },
          { type: 'checkbox', name: 'topics', choices: ['x', 'y', 'z'] },
          { type: 'comment', name: 'low', visibleIf: '{mood} <= 2' },
          { type: 'comment', name: 'dotted', visibleIf: '{a.b} = "yes"' },
          { type: 'comment', name: 'counted', visibleIf: '{topics.length} >= 2' },
          { type: 'comment', name: 'first-topic', visibleIf: '{topics[0]} = "y"' },
          // A function reads an answer by its name in quotes: not among the references.
          { type: 'comment', name: 'by-function', visibleIf: "displayValue('mood') = 5" },
          {
            type: 'panel',
            name: 'more',
            visibleIf: '{mood} notempty',
            elements: [{ type: 'text', name: 'inner', visibleIf: '{low} notempty' }],
          },
        ],
      },
      { name: 'second', visibleIf: '{inner} = "go"', elements: [{ type: 'text', name: 'last' }] },
    ],
  };

  const STEPS: Answers[] = [
    {},
    { mood: 1 },
    { mood: 1, low: 'tired' },
    { mood: 1, low: 'tired', inner: 'go' },
    { mood: 5, low: 'tired', inner: 'go' },
    { mood: 5, low: 'tired', inner: 'go', 'a.b': 'yes' },
    { mood: 5, low: 'tired', inner: 'go', 'a.b': 'yes', topics: ['y'] },
    { mood: 5, low: 'tired', inner: 'go', 'a.b': 'yes', topics: ['y', 'x'] },
    { mood: 2, inner: 'go', topics: ['x'] },
    { mood: 2, inner: 'go', topics: ['x'] },
    {},
  ];

  const names = (pages: ReturnType<typeof visiblePages>) => pages.map((page) => page.map((question) => question.name));

  function model(): SurveyModel {
    const result = parseDefinition(DEFINITION, { parseExpression });
    if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('\n'));
    return result.survey;
  }

  function reference(answers: Answers): string[][] {
    const core = new Model(DEFINITION);
    core.data = answers;
    return core.visiblePages.map((page) =>
      page.questions.filter((question) => question.isVisible && question.isParentVisible).map((question) => question.name),
    ).filter((page) => page.length);
  }

  it('shows after each answer what survey-core and a fresh evaluation show', () => {
    const survey = model();
    for (const answers of STEPS) {
      const shown = names(visiblePages(survey, answers));
      expect(shown, JSON.stringify(answers)).to.deep.equal(reference(answers));
      expect(shown, JSON.stringify(answers)).to.deep.equal(names(visiblePages(model(), answers)));
    }
  });

  it('sees an answer changed in the same answers object', () => {
    const survey = model();
    const answers: Answers = { mood: 5 };
    expect(names(visiblePages(survey, answers)).flat()).not.to.include('low');
    answers['mood'] = 1;
    expect(names(visiblePages(survey, answers)).flat()).to.include('low');
  });
});

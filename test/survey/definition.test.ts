import { expect } from '@open-wc/testing';
import { ElementFactory, Model, Serializer } from 'survey-core';
import {
  PRESENTATION_ONLY,
  SURVEY_CORE_TYPES,
  parseDefinition,
  textIn,
  type Choice,
  type Condition,
  type DefinitionResult,
  type Panel,
  type PanelDynamicQuestion,
  type Question,
} from '../../src/survey/definition.js';
import { PRESETS } from '../../src/survey/preset.js';
import { loadTypes } from '../../src/survey/questions/registry.js';
import { readDefinition } from '../../src/survey/read-definition.js';
import en from '../../src/survey/preset/en.js';
import fi from '../../src/survey/preset/fi.js';
import sv from '../../src/survey/preset/sv.js';

// The question families that are chunks of their own, and the expression parser (which the matrices use
// for their cells' expressions), here before any definition is read, as the element has them.
before(() => loadTypes({ elements: [{ type: 'multipletext' }, { type: 'html' }, { type: 'panel' }, { type: 'paneldynamic', visibleIf: '{a} = 1' }] }));

/** The built-in questionnaire in each language. */
const PRESET = { fi, sv, en };

// A stand-in for expression.ts: reads `{name}` references; fails on `not`, function calls and stray braces.
class ExpressionError extends Error {}
const parseExpression = (source: string): Condition => {
  if (/\bnot\b|\w\(/.test(source) || /[{}]/.test(source.replace(/\{[^{}]+\}/g, ''))) {
    throw new ExpressionError(`unexpected text in "${source}"`);
  }
  const questions = [...source.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1].trim());
  const evaluate = (answers: Record<string, unknown>) => questions.every((name) => answers[name] !== undefined);
  return { questions, evaluate, value: evaluate };
};

/** A model as data: conditions by the questions they read (their functions differ between parses). */
const asData = (value: unknown): unknown => JSON.parse(JSON.stringify(value ?? null));

/**
 * The checker's result. Every definition here also goes through the fast pass the element runs first
 * (read-definition.ts), which only the checker's list of presentation-only properties sets apart.
 */
function parse(json: unknown): DefinitionResult {
  const result = parseDefinition(json, { parseExpression });
  const read = readDefinition(json, parseExpression);
  if (read) {
    expect(asData(result.ok && { survey: result.survey, ignored: result.ignored }), 'the checker accepts it too').to.deep.equal(
      asData(read),
    );
  }
  if (!result.ok) expect(read, 'the fast pass rejects what the checker rejects').to.equal(undefined);
  else if (result.ignored.length || result.notes) expect(read, 'presentation-only properties and quirks are left to the checker').to.equal(undefined);
  else expect(read, 'what the checker accepts ignoring nothing needs no checker').to.not.equal(undefined);
  return result;
}

function ok(json: unknown): Extract<DefinitionResult, { ok: true }> {
  const result = parse(json);
  if (!result.ok) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result;
}

/** `[question, property]` of each error. */
function errorsOf(json: unknown): (string | undefined)[][] {
  const result = parse(json);
  if (result.ok) throw new Error('expected errors');
  for (const error of result.errors) expect(error.message).to.include(error.property);
  return result.errors.map(({ question, property }) => [question, property]);
}

// The validators' reader, as the element fetches it before reading a definition that has validators.
before(() => loadTypes({ validators: [] }));

const questionsOf = (json: unknown) => ok(json).survey.pages.flatMap((page) => page.questions);
const one = (question: object) => questionsOf({ elements: [{ name: 'q', ...question }] })[0];

interface CoreItem {
  value: unknown;
  text: string;
}
interface CoreQuestion {
  name: string;
  title: string;
  description: string;
  isRequired: boolean;
  getType(): string;
  visibleRateValues?: CoreItem[];
  visibleChoices?: CoreItem[];
  rows?: CoreItem[];
  columns?: CoreItem[];
  maxLength?: number;
  inputType?: string;
  maxSelectedChoices?: number;
}

const items = (list: CoreItem[]) => list.map((item) => [item.value, item.text]);
const ours = (list: Choice[], locale: string) => list.map((item) => [item.value, textIn(item.text, locale)]);

/** What a question asks, as survey-core reads it. */
function describeCore(question: CoreQuestion) {
  const type = question.getType();
  return {
    name: question.name,
    type,
    title: question.title,
    description: question.description ?? '',
    isRequired: question.isRequired,
    items:
      type == 'rating'
        ? items(question.visibleRateValues!)
        : type == 'matrix'
          ? [items(question.rows!), items(question.columns!)]
          : question.visibleChoices && items(question.visibleChoices),
    maxLength: type == 'text' || type == 'comment' ? Math.max(question.maxLength!, 0) : undefined,
    inputType: type == 'text' ? question.inputType : undefined,
    maxSelectedChoices: type == 'checkbox' ? question.maxSelectedChoices : undefined,
  };
}

/** The same, as we read it. */
function describeOurs(question: Question, locale: string) {
  const { type } = question;
  return {
    name: question.name,
    type,
    title: textIn(question.title, locale),
    description: textIn(question.description, locale),
    isRequired: question.isRequired,
    items:
      type == 'rating'
        ? ours(question.values, locale)
        : type == 'matrix'
          ? [ours(question.rows, locale), ours(question.columns, locale)]
          : type == 'radiogroup' || type == 'checkbox'
            ? ours(question.choices, locale)
            : undefined,
    maxLength: type == 'text' || type == 'comment' ? (question.maxLength ?? 0) : undefined,
    inputType: type == 'text' ? question.inputType : undefined,
    maxSelectedChoices: type == 'checkbox' ? (question.maxSelectedChoices ?? 0) : undefined,
  };
}

/** Our reading of `json` equals survey-core's, question by question, in each locale. */
function expectSameAsSurveyCore(json: object, locales = ['fi', 'sv', 'en']) {
  const questions = questionsOf(json);
  const model = new Model(json);
  expect(model.jsonErrors ?? [], 'survey-core reads the definition').to.deep.equal([]);
  for (const locale of locales) {
    model.locale = locale;
    const theirs = (model.getAllQuestions() as unknown as CoreQuestion[]).map(describeCore);
    expect(questions.map((question) => describeOurs(question, locale))).to.deep.equal(theirs);
  }
  return questions;
}

describe('survey definition: localized texts', () => {
  it('picks the locale, then default, Finnish, English, any', () => {
    expect(textIn('Moi', 'sv')).to.equal('Moi');
    expect(textIn(undefined, 'fi')).to.equal('');
    expect(textIn({ default: 'D', fi: 'F', sv: 'S' }, 'sv')).to.equal('S');
    expect(textIn({ default: 'D', fi: 'F' }, 'en')).to.equal('D');
    expect(textIn({ fi: 'F', en: 'E' }, 'sv')).to.equal('F');
    expect(textIn({ en: 'E', de: 'G' }, 'sv')).to.equal('E');
    expect(textIn({ de: 'G', fr: '' }, 'fi')).to.equal('G');
    expect(textIn({ sv: '' }, 'sv')).to.equal('');
  });

  it('prefers the locale text where survey-core, for its default locale (en), prefers "default"', () => {
    const model = new Model({ title: { default: 'Oletus', en: 'English' }, elements: [{ type: 'text', name: 't' }] });
    model.locale = 'en';
    expect(model.title).to.equal('Oletus');
    expect(textIn({ default: 'Oletus', en: 'English' }, 'en')).to.equal('English');
  });
});

describe('survey definition: reading like survey-core', () => {
  const everyType = {
    title: { default: 'Palaute', sv: 'Respons' },
    description: 'Kuvaus',
    pages: [
      {
        name: 'first',
        title: { fi: 'Eka', sv: 'Första', en: 'First' },
        description: 'Sivun kuvaus',
        elements: [
          {
            type: 'rating',
            name: 'rating',
            title: { fi: 'Arvio', sv: 'Betyg', en: 'Rating' },
            description: { default: 'Ohje', sv: 'Hjälp' },
            isRequired: true,
            requiredErrorText: { default: 'Vastaa', en: 'Answer' },
            minRateDescription: 'Huono',
            maxRateDescription: { fi: 'Hyvä', en: 'Good' },
          },
          { type: 'radiogroup', name: 'radio', choices: ['a', 'b|Bee', { value: 3, text: { fi: 'K', sv: 'T', en: 'T' } }] },
          { type: 'checkbox', name: 'check', choices: [1, 2, 3], maxSelectedChoices: 2 },
          { type: 'checkbox', name: 'unlimited', choices: ['x'], maxSelectedChoices: 0 },
        ],
      },
      {
        name: 'second',
        questions: [
          { type: 'comment', name: 'comment', maxLength: 500 },
          { type: 'comment', name: 'longComment' },
          { type: 'text', name: 'text', maxLength: 20, visibleIf: '{radio} = "a"' },
          { type: 'text', name: 'email', inputType: 'email' },
          { type: 'text', name: 'number', inputType: 'NUMBER', maxLength: -1 },
          { type: 'boolean', name: 'boolean', labelTrue: { default: 'Kyllä', en: 'Yes' }, labelFalse: 'Ei' },
          { type: 'matrix', name: 'matrix', rows: ['r1', 'r2|Rivi 2'], columns: [1, 2, '3|Kolme'] },
        ],
      },
    ],
  };

  it('reads every supported type and property', () => {
    const questions = expectSameAsSurveyCore(everyType);
    const { survey, ignored } = ok(everyType);
    expect(ignored).to.deep.equal([]);
    expect(survey.title).to.deep.equal(everyType.title);
    expect(survey.description).to.equal('Kuvaus');
    expect(survey.showProgressBar).to.equal(false);
    expect(survey.completedText).to.equal(undefined);
    expect(survey.pages.map(({ name, title, description }) => [name, title, description])).to.deep.equal([
      ['first', { fi: 'Eka', sv: 'Första', en: 'First' }, 'Sivun kuvaus'],
      ['second', undefined, undefined],
    ]);
    const byName = Object.fromEntries(questions.map((question) => [question.name, question]));
    expect(byName.rating).to.include({ type: 'rating', isRequired: true, minRateDescription: 'Huono' });
    expect(byName.rating.requiredErrorText).to.deep.equal({ default: 'Vastaa', en: 'Answer' });
    expect(byName.rating).to.deep.include({ maxRateDescription: { fi: 'Hyvä', en: 'Good' } });
    expect(byName.boolean).to.deep.include({ labelTrue: { default: 'Kyllä', en: 'Yes' }, labelFalse: 'Ei' });
    expect(byName.unlimited).to.include({ maxSelectedChoices: undefined });
    expect(byName.longComment).to.include({ maxLength: undefined });
    expect(byName.number).to.include({ inputType: 'number', maxLength: undefined });
    expect(byName.email).to.include({ inputType: 'email' });
    expect(byName.radio.title).to.equal('radio');
    expect(byName.radio.visibleIf).to.equal(undefined);
    const { visibleIf } = byName.text;
    expect(visibleIf?.questions).to.deep.equal(['radio']);
    expect(visibleIf?.evaluate({ radio: 'a' })).to.equal(true);
    expect(visibleIf?.evaluate({})).to.equal(false);
  });

  it('gives rating values by survey-core rules', () => {
    const cases = [
      {},
      { rateMax: 10 },
      { rateMin: 0, rateMax: 10 },
      { rateMin: 0, rateMax: 10, rateStep: 2 },
      { rateMin: '2', rateMax: '4' },
      { rateCount: 10 },
      { rateMin: 0, rateCount: 11 },
      { rateMax: 10, rateCount: 3 },
      { rateMax: 5, rateCount: 10 },
      { rateMin: 1, rateCount: 5, rateStep: 2 },
      { rateMin: 0, rateMax: 10, rateCount: 3 },
      { rateMin: 1, rateMax: 2, rateStep: 0.25 },
      { rateMin: 0, rateMax: 1, rateStep: 0.1 },
      { rateMin: 0, rateMax: 1, rateStep: 0.3 },
      { rateMin: 1.5, rateMax: 3.5 },
      { rateMin: 1, rateMax: 5, rateStep: 10 },
      { rateMin: 1, rateMax: 1 },
      { rateMin: -2, rateMax: 2 },
      { rateMin: 1, rateMax: 20 },
      { rateValues: [1, 2, 3] },
      { rateValues: ['a', 'b|Bee', { value: 3, text: { fi: 'Kolme', sv: 'Tre', en: 'Three' } }] },
      { rateValues: [1, 2, 3, 4, 5, 6], rateCount: 3 },
      { rateValues: [1, 2, 3], autoGenerate: true },
      { rateValues: [1, 2, 3], autoGenerate: false },
      { autoGenerate: false },
      { rateValues: [] },
      { rateValues: Array.from({ length: 22 }, (_, index) => index) },
    ];
    for (const rating of cases) {
      expectSameAsSurveyCore({ elements: [{ type: 'rating', name: 'q', ...rating }] });
    }
    expect(one({ type: 'rating', rateMin: 1.5, rateMax: 3.5 })).to.deep.include({
      values: [
        { value: 1.5, text: '1.5' },
        { value: 3, text: '3' },
      ],
    });
  });

  it('normalises choices as survey-core does', () => {
    const choices = [
      'plain',
      '1|One',
      'a|b|c',
      'p|',
      '  spaced  ',
      7,
      { value: 8 },
      { value: 'x', text: 'Eks' },
      { value: 'y', text: { default: 'Yy', sv: 'Ypsilon' } },
    ];
    const [question] = expectSameAsSurveyCore({ elements: [{ type: 'radiogroup', name: 'q', choices }] });
    expect(question).to.deep.include({
      choices: [
        { value: 'plain', text: 'plain' },
        { value: '1', text: 'One' },
        { value: 'a', text: 'b|c' },
        { value: 'p', text: 'p' },
        { value: '  spaced  ', text: '  spaced  ' },
        { value: 7, text: '7' },
        { value: 8, text: '8' },
        { value: 'x', text: 'Eks' },
        { value: 'y', text: { default: 'Yy', sv: 'Ypsilon' } },
      ],
    });
    expectSameAsSurveyCore({ elements: [{ type: 'matrix', name: 'm', rows: choices, columns: choices }] });
  });

  it('reads top-level elements, the older questions alias and pages alike, leaving out empty pages', () => {
    const elements = [
      { type: 'text', name: 'a' },
      { type: 'boolean', name: 'b' },
    ];
    for (const json of [
      { elements },
      { questions: elements },
      { pages: [{ elements }] },
      { pages: [{ name: 'empty', elements: [] }, { questions: elements }, { name: 'bare' }] },
    ]) {
      expectSameAsSurveyCore(json);
      const { pages } = ok(json).survey;
      expect(pages.length).to.equal(1);
      expect(pages[0].questions.map((question) => question.name)).to.deep.equal(['a', 'b']);
    }
  });

  it('reads the survey properties; completedHtml becomes plain text', () => {
    const elements = [{ type: 'comment', name: 'c' }];
    for (const showProgressBar of [true, false, 'top', 'bottom', 'off']) {
      const model = new Model({ showProgressBar, elements });
      expect(ok({ showProgressBar, elements }).survey.showProgressBar).to.equal(model.showProgressBar);
    }
    expect(ok({ completedHtml: '<h3>Kiitos &amp; hei!</h3>\n<p>Vastauksesi &lt;3 tallentui.</p>', elements }).survey)
      .to.have.property('completedText')
      .that.equals('Kiitos & hei! Vastauksesi <3 tallentui.');
    expect(ok({ completedHtml: { fi: '<b>Kiitos</b>', sv: 'Tack&nbsp;!' }, elements }).survey.completedText).to.deep.equal({
      fi: 'Kiitos',
      sv: 'Tack !',
    });
  });

  it('lists ignored presentation-only properties once each, from every level', () => {
    const result = ok({
      logoPosition: 'right',
      widthMode: 'static',
      showPageTitles: false,
      questionTitlePattern: 'numTitle',
      $schema: 'https://unpkg.com/survey-core/surveyjs_definition.json',
      pages: [
        {
          name: 'p',
          questionTitleLocation: 'top',
          elements: [
            { type: 'radiogroup', name: 'a', choices: ['x'], colCount: 2, width: '50%', startWithNewLine: false },
            { type: 'rating', name: 'b', rateDisplayMode: 'stars', scaleColorMode: 'colored', displayMode: 'buttons' },
            { type: 'comment', name: 'c', rows: 3, placeholder: 'Kirjoita…', autoGrow: true },
            { type: 'radiogroup', name: 'd', choices: ['y'], colCount: 0, titleLocation: 'left', errorLocation: 'bottom' },
          ],
        },
      ],
    });
    expect(result.ignored).to.deep.equal([
      'logoPosition',
      'widthMode',
      'showPageTitles',
      'questionTitlePattern',
      '$schema',
      'questionTitleLocation',
      'colCount',
      'width',
      'startWithNewLine',
      'rateDisplayMode',
      'scaleColorMode',
      'displayMode',
      'rows',
      'autoGrow',
      'titleLocation',
      'errorLocation',
    ]);
  });

  it('leaves every presentation-only property to the checker, which ignores it and keeps the model', () => {
    const elements = [{ type: 'text', name: 'q', title: 'Q' }];
    const plainModel = asData(ok({ elements }).survey);
    for (const name of PRESENTATION_ONLY) {
      for (const json of [{ [name]: 1, elements }, { elements: [{ ...elements[0], [name]: 1 }] }]) {
        expect(readDefinition(json, parseExpression), name).to.equal(undefined);
        const result = ok(json);
        expect(result.ignored, name).to.deep.equal([name]);
        expect(asData(result.survey), name).to.deep.equal(plainModel);
      }
    }
  });

  it('keeps the presentation-only list to properties survey-core knows', () => {
    const classes = ['survey', 'page', 'text', 'comment', 'rating', 'radiogroup', 'checkbox', 'boolean', 'matrix', 'ranking', 'tagbox', 'image', 'imagepicker', 'matrixdropdowncolumn'];
    const unknown = [...PRESENTATION_ONLY].filter(
      (name) => !classes.some((className) => Serializer.findProperty(className, name)),
    );
    expect(unknown).to.deep.equal([]);
  });
});

describe('survey definition: ranking, tagbox and pictures', () => {
  before(() => loadTypes({ elements: [{ type: 'ranking' }, { type: 'tagbox' }, { type: 'imagepicker' }] }));

  it('keeps data on a choice as written, and reads every new type', () => {
    const [mood, rank, from, tags, picker, image] = questionsOf({
      elements: [
        { type: 'radiogroup', name: 'mood', choices: [{ value: 'good', score: 3, imageLink: 'good.png' }, 'bad'] },
        { type: 'ranking', name: 'rank', choices: ['a', 'b'], selectToRankEnabled: true, minSelectedChoices: 0, maxSelectedChoices: 1 },
        { type: 'ranking', name: 'from', choicesFromQuestion: 'mood' },
        { type: 'tagbox', name: 'tags', choices: ['x'], placeholder: 'Pick' },
        { type: 'imagepicker', name: 'picker', multiSelect: true, contentMode: 'image', choices: [{ value: 'cat', imageLink: { fi: '/kissa.png' } }] },
        { type: 'image', name: 'image', imageLink: 'https://example.org/a.png', altText: 'A' },
      ],
    });
    expect(mood).to.deep.include({ choices: [{ value: 'good', text: 'good', score: 3, imageLink: 'good.png' }, { value: 'bad', text: 'bad' }] });
    expect(rank).to.deep.include({ selectToRankEnabled: true, maxSelectedChoices: 1, minSelectedChoices: undefined });
    expect(from).to.deep.include({ choicesFromQuestion: 'mood', choicesFromQuestionMode: 'all' });
    expect(tags).to.deep.include({ type: 'tagbox', placeholder: 'Pick' });
    expect(picker).to.deep.include({ multiSelect: true, choices: [{ value: 'cat', text: 'cat', imageLink: { fi: '/kissa.png' } }] });
    expect(image).to.deep.include({ imageLink: 'https://example.org/a.png', altText: 'A' });
  });

  it('names what a ranking or a picture needs', () => {
    const result = parse({
      elements: [
        { type: 'ranking', name: 'none' },
        { type: 'ranking', name: 'nowhere', choicesFromQuestion: 'missing' },
        { type: 'ranking', name: 'mode', choices: ['a'], choicesFromQuestionMode: 'some' },
        { type: 'text', name: 'typed' },
        { type: 'ranking', name: 'fromText', choicesFromQuestion: 'typed' },
        { type: 'ranking', name: 'chained', choicesFromQuestion: 'nowhere' },
        { type: 'image', name: 'script', imageLink: 'javascript:alert(1)' },
        { type: 'image', name: 'video', imageLink: 'a.mp4', contentMode: 'video' },
        { type: 'imagepicker', name: 'data', choices: [{ value: 'a', imageLink: { fi: 'data:image/png;base64,AA' } }] },
      ],
    });
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.errors.map((error) => error.message)).to.deep.equal([
      'Question "none": choices is missing (or choicesFromQuestion, the question to take them from).',
      'Question "mode": choicesFromQuestionMode needs to be all, selected or unselected.',
      'Question "script": imageLink needs an http, https or relative URL.',
      'Question "video": contentMode needs to be image or auto; videos are not supported.',
      'Question "data": imageLink needs an http, https or relative URL.',
      'Question "nowhere": choicesFromQuestion needs the name of another question of the survey with choices of its own.',
      'Question "fromText": choicesFromQuestion needs the name of another question of the survey with choices of its own.',
      'Question "chained": choicesFromQuestion needs the name of another question of the survey with choices of its own.',
    ]);
  });
});

describe('survey definition: special choices', () => {
  before(() => loadTypes({ elements: [{ type: 'radiogroup', showNoneItem: true }] }));

  it('reads the special choices and colCount, the older names as the newer, and names their mistakes', () => {
    const [mood, topics] = questionsOf({
      elements: [
        { type: 'radiogroup', name: 'mood', hasNone: true, noneText: 'Nix', showRefuseItem: true, colCount: 0, choices: ['a'] },
        { type: 'checkbox', name: 'topics', hasSelectAll: true, showDontKnowItem: true, colCount: 3, choices: ['a'] },
      ],
    });
    expect(mood).to.deep.include({ showNoneItem: true, noneText: 'Nix', showRefuseItem: true, colCount: 0 });
    expect((mood as unknown as Record<string, unknown>).hasNone, 'read as showNoneItem').to.equal(undefined);
    expect(topics).to.deep.include({ showSelectAllItem: true, showDontKnowItem: true, colCount: 3 });
    const result = parse({
      elements: [
        { type: 'radiogroup', name: 'both', hasNone: true, showNoneItem: false, choices: ['a'] },
        { type: 'checkbox', name: 'cols', colCount: 1.5, hasSelectAll: true, showSelectAllItem: true, choices: ['a'] },
      ],
    });
    expect(!result.ok && result.errors.map((error) => error.message)).to.deep.equal([
      'Question "both": hasNone cannot be given with showNoneItem; use one of them.',
      'Question "cols": hasSelectAll cannot be given with showSelectAllItem; use one of them.',
      'Question "cols": colCount needs a whole number, 0 or more.',
    ]);
  });
});

describe('survey definition: errors', () => {
  it('names the question and property of each unsupported behaviour or data property', () => {
    expect(
      errorsOf({
        navigateToUrlOnCondition: [],
        elements: [
          { type: 'text', name: 'a', validators: [{ type: 'phone' }] },
          { type: 'radiogroup', name: 'b', choices: ['x'], showOtherItem: true, showCommentArea: true },
          { type: 'checkbox', name: 'c', choicesFromQuestion: 'b' },
          { type: 'text', name: 'd', min: 1, titel: 'typo' },
        ],
      }),
    ).to.deep.equal([
      [undefined, 'navigateToUrlOnCondition'],
      ['a', 'validators[0].type'],
      ['b', 'showCommentArea'],
      ['c', 'choicesFromQuestion'],
      ['c', 'choices'],
      ['d', 'titel'],
      // survey-core compares min only with inputType number or range.
      ['d', 'min'],
    ]);
  });

  it('reads completedHtmlOnCondition items, and names what is wrong in one', () => {
    const elements = [{ type: 'rating', name: 'nps' }];
    const survey = ok({ completedHtmlOnCondition: [{}, { html: 'x' }, { expression: '{nps} > 8', html: '<b>Yay</b>' }, { expression: '{nps} < 3' }], elements }).survey;
    expect(asData(survey.completedOnCondition)).to.deep.equal([
      { condition: { questions: ['nps'] }, text: 'Yay', html: '<b>Yay</b>' },
      { condition: { questions: ['nps'] }, text: '', html: '' },
    ]);
    expect(
      errorsOf({ completedHtmlOnCondition: [{ expression: '{nps} > 8', html: 'x', css: 'y' }, { expression: 'not {nps}', html: 5 }, 'z'], elements }),
    ).to.deep.equal([
      [undefined, 'completedHtmlOnCondition[0].css'],
      [undefined, 'completedHtmlOnCondition[1].html'],
      [undefined, 'completedHtmlOnCondition[1].expression'],
      [undefined, 'completedHtmlOnCondition[2]'],
    ]);
  });

  it('reads multipletext items and names what is wrong in one', () => {
    expect(one({ type: 'multipletext', items: [{ name: 'a' }, { name: 'b', title: 'B', inputType: 'Number', maxLength: 0 }] })).to.deep.include({
      items: [
        { name: 'a', title: 'a', inputType: 'text', maxLength: undefined },
        { name: 'b', title: 'B', inputType: 'number', maxLength: undefined },
      ],
    });
    expect(
      errorsOf({
        elements: [
          { type: 'multipletext', name: 'm', items: [{ name: 'a', isRequired: true }, { title: 'x' }, { name: 'a' }, { name: 'c', inputType: 'date' }, 'd'] },
          { type: 'multipletext', name: 'n', items: [] },
        ],
      }),
    ).to.deep.equal([
      ['m', 'items[0].isRequired'],
      ['m', 'items[1].name'],
      ['m', 'items[2].name'],
      ['m', 'items[3].inputType'],
      ['m', 'items[4]'],
      ['n', 'items'],
    ]);
  });

  describe('matrixdropdown and matrixdynamic (a family loaded first, as the element loads it)', () => {
    const matrices = {
      elements: [
        {
          type: 'matrixdropdown',
          name: 'week',
          cellType: 'radiogroup',
          choices: [1, 2],
          placeholder: 'Valitse',
          rows: ['mon', 'fri|Perjantai'],
          columns: [
            { name: 'mood', title: { fi: 'Mieli', sv: 'Humör' }, isRequired: true, requiredErrorText: 'Vastaa' },
            { name: 'hours', cellType: 'text', inputType: 'Number' },
            { name: 'energy', cellType: 'rating', rateMax: 3 },
            { name: 'same', cellType: 'default', choices: ['x'] },
            { name: 'hidden', visible: false },
            { name: 'kind', cellType: 'dropdown', storeOthersAsComment: true, visibleIf: "{row.mood} = 1 and {list[0].a} notempty" },
          ],
        },
        { type: 'matrixdynamic', name: 'list', rowCount: 0, minRowCount: 1, maxRowCount: 3, addRowText: 'Lisää', removeRowText: 'Pois', columns: [{ name: 'a' }] },
        { type: 'matrix', name: 'grid', isAllRowRequired: true, rows: ['r'], columns: [1] },
      ],
    };
    before(() => loadTypes(matrices));

    it('reads columns with their defaults, leaving hidden ones out', () => {
      const [week, list, grid] = questionsOf(matrices);
      expect(week).to.deep.include({ type: 'matrixdropdown', cellType: 'radiogroup', placeholder: 'Valitse', rows: [{ value: 'mon', text: 'mon' }, { value: 'fri', text: 'Perjantai' }] });
      const columns = (week as Extract<Question, { type: 'matrixdropdown' }>).columns;
      expect(columns.map((column) => [column.name, column.title, column.cellType, column.isRequired, column.inputType])).to.deep.equal([
        ['mood', { fi: 'Mieli', sv: 'Humör' }, undefined, true, undefined],
        ['hours', 'hours', 'text', false, 'number'],
        ['energy', 'energy', 'rating', false, undefined],
        ['same', 'same', undefined, false, undefined],
        ['kind', 'kind', 'dropdown', false, undefined],
      ]);
      expect(columns[0]).to.include({ requiredErrorText: 'Vastaa' });
      expect(columns[2]!.values.map((value) => value.value)).to.deep.equal([1, 2, 3]);
      expect(columns[3]!.choices).to.deep.equal([{ value: 'x', text: 'x' }]);
      // Per row: `{row.column}` reads the row's cells, other names the survey's answers.
      const kind = columns[4]!.visibleIf!;
      expect([kind.evaluate({ row: { mood: 1 }, list: [{ a: 'x' }] }), kind.evaluate({ row: { mood: 2 }, list: [{ a: 'x' }] })]).to.deep.equal([true, false]);
      expect(list).to.deep.include({ type: 'matrixdynamic', rowCount: 0, minRowCount: 1, maxRowCount: 3, addRowText: 'Lisää', removeRowText: 'Pois' });
      expect(grid).to.include({ isAllRowRequired: true });
    });

    it('reads computed columns, totals and the conditions a row reads', async () => {
      const definition = {
        elements: [
          {
            type: 'matrixdropdown',
            name: 'bill',
            totalText: 'Kaikki',
            rows: ['a'],
            columns: [
              { name: 'qty', cellType: 'text', inputType: 'number', totalType: 'sum', totalDisplayStyle: 'currency', totalCurrency: 'EUR', totalFormat: '{0} yht.' },
              { name: 'cost', cellType: 'expression', expression: '{row.qty} * {rowIndex}', totalType: 'none', enableIf: '{row.qty} notempty', requiredIf: "{rowName} = 'a'" },
              { name: 'plus', totalType: 'max', totalExpression: '{row.qty} + 1', totalDisplayStyle: 'none' },
            ],
          },
          { type: 'expression', name: 'all', expression: '{bill-total.qty}' },
        ],
      };
      // A total is a function over the matrix: the expression chunk comes with it, as the element fetches it.
      await loadTypes(definition);
      const [bill] = questionsOf(definition) as Array<Extract<Question, { type: 'matrixdropdown' }>>;
      const [qty, cost, plus] = bill!.columns;
      expect(bill).to.include({ totalText: 'Kaikki' });
      expect(qty).to.include({ totalDisplayStyle: 'currency', totalCurrency: 'EUR', totalFormat: '{0} yht.' });
      // sumInArray over the matrix's answer (`{matrix}`), as survey-core writes a sum.
      expect(qty!.total!.value({ matrix: { a: { qty: 2 }, b: { qty: 3 } } })).to.equal(5);
      expect([cost!.cellType, cost!.total, cost!.expression!.questions, cost!.enableIf!.questions, cost!.requiredIf!.questions]).to.deep.equal([
        'expression',
        undefined,
        ['row.qty', 'rowIndex'],
        ['row.qty'],
        ['rowName'],
      ]);
      // totalExpression over totalType; `none` is no style.
      expect([plus!.total!.questions, plus!.totalDisplayStyle]).to.deep.equal([['row.qty'], undefined]);
      expect(asData(plus)).to.not.have.property('totalType');
    });

    it('names what is wrong in a column', () => {
      expect(
        errorsOf({
          elements: [
            {
              type: 'matrixdropdown',
              name: 'm',
              cellType: 'file',
              rows: ['r'],
              columns: [
                { name: 'a', visibleIf: '{row.b} =' },
                { title: 'x' },
                { name: 'a' },
                { name: 'c', cellType: 'file' },
                { name: 'd', inputType: 'file' },
                'e',
                { name: 'f', cellType: 'text', min: 1 },
                { name: 'g', totalType: 'median', totalDisplayStyle: 'date' },
                { name: 'h', cellType: 'expression', expression: '{row.a} +' },
                { name: 'i', enableIf: 1, requiredIf: '(' },
              ],
            },
            { type: 'matrixdynamic', name: 'n', columns: [] },
            { type: 'matrixdropdown', name: 'o', columns: [{ name: 'a' }] },
            // survey-core's {rowName} in a dynamic matrix is an id of its own making.
            { type: 'matrixdynamic', name: 'p', columns: [{ name: 'a', cellType: 'expression', expression: '{rowName}' }] },
          ],
        }),
      ).to.deep.equal([
        ['m', 'cellType'],
        ['m', 'columns[0].visibleIf'],
        ['m', 'columns[1].name'],
        ['m', 'columns[2].name'],
        ['m', 'columns[3].cellType'],
        ['m', 'columns[4].inputType'],
        ['m', 'columns[5]'],
        ['m', 'columns[6].min'],
        ['m', 'columns[7].totalType'],
        ['m', 'columns[7].totalDisplayStyle'],
        ['m', 'columns[8].expression'],
        ['m', 'columns[9].enableIf'],
        ['m', 'columns[9].requiredIf'],
        ['n', 'columns'],
        ['o', 'rows'],
        ['p', 'columns'],
      ]);
    });

    it('ignores a column\'s presentation-only properties in the checker, leaving the definition to it', () => {
      const result = parse({ elements: [{ type: 'matrixdynamic', name: 'm', columns: [{ name: 'a', width: '10em', minWidth: '5em', totalAlignment: 'right' }] }] });
      expect(result.ok && result.ignored).to.deep.equal(['width', 'minWidth', 'totalAlignment']);
    });
  });

  it('reads paneldynamic templates and panel counts; names a paneldynamic, a default or an enableIf in a template', async () => {
    // A matrix in a template below: its family here first, as the element fetches it.
    await loadTypes({ elements: [{ type: 'matrixdynamic' }] });
    const definition = {
      elements: [
        {
          type: 'paneldynamic',
          name: 'children',
          templateTitle: 'Lapsi {panelIndex}',
          panelCount: 1,
          minPanelCount: '2',
          templateElements: [
            { type: 'text', name: 'age', inputType: 'number' },
            { type: 'radiogroup', name: 'school', choices: ['yes', 'no'], visibleIf: '{panel.age} > 3' },
          ],
        },
        { type: 'paneldynamic', name: 'none', maxPanelCount: 4, templateElements: [{ type: 'comment', name: 'note' }] },
      ],
    };
    const [children, none] = questionsOf(definition) as PanelDynamicQuestion[];
    // Only the paneldynamic is the page's: its template's questions are answered inside its panels.
    expect(questionsOf(definition).map(({ name }) => name)).to.deep.equal(['children', 'none']);
    expect([children!.panelCount, children!.minPanelCount, children!.maxPanelCount, children!.templateTitle]).to.deep.equal([1, 2, undefined, 'Lapsi {panelIndex}']);
    expect([none!.panelCount, none!.minPanelCount, none!.maxPanelCount]).to.deep.equal([undefined, undefined, 4]);
    expect(children!.templateElements!.map(({ name, type }) => `${name}:${type}`)).to.deep.equal(['age:text', 'school:radiogroup']);
    expect(children!.templateElements![1]!.visibleIf?.questions).to.deep.equal(['panel.age']);
    expect(
      errorsOf({
        elements: [
          {
            type: 'paneldynamic',
            name: 'd',
            templateElements: [
              // A panel holds questions (with the same limits) but no paneldynamic.
              { type: 'panel', name: 'p', state: 'open', elements: [{ type: 'paneldynamic', name: 'deeper' }, { type: 'text', name: 'h', enableIf: '{b} = 1' }] },
              { type: 'text', name: 'a', defaultValue: 'x', enableIf: '{b} notempty' },
              { type: 'paneldynamic', name: 'inner', templateElements: [{ type: 'text', name: 'c' }] },
            ],
          },
          { type: 'paneldynamic', name: 'e', templateElements: {} },
          // A matrix's computed cells are computed in the survey's answers only.
          { type: 'paneldynamic', name: 'm', templateElements: [{ type: 'matrixdynamic', name: 'inside', columns: [{ name: 'x', cellType: 'expression', expression: '1' }] }] },
          { type: 'paneldynamic', name: 'f', panelCount: 'many', templateElements: [{ type: 'text', name: 'g', visibleIf: '{panel.missing} = 1' }] },
          { type: 'text', name: 'b' },
        ],
      }),
    ).to.deep.equal([
      ['d', 'templateElements[0].state'],
      ['d', 'templateElements[0].elements[0]'],
      ['d', 'templateElements[0].elements[1].enableIf'],
      ['d', 'templateElements[1].enableIf'],
      ['d', 'templateElements[1].defaultValue'],
      ['d', 'templateElements[2]'],
      ['e', 'templateElements'],
      ['m', 'templateElements'],
      ['f', 'panelCount'],
    ]);
    // {panel.name} naming no template question reads as empty, as in survey-core: a note, not an error.
    const result = parse({ elements: [{ type: 'paneldynamic', name: 'f', templateElements: [{ type: 'text', name: 'g', visibleIf: '{panel.missing} = 1' }] }] });
    expect(result.ok && result.notes).to.deep.equal(['Question "g": visibleIf refers to {panel.missing}, which is not a question; it reads as empty, as in survey-core.']);
  });

  it('gives readable messages', () => {
    const result = parse({ sendResultOnPageNext: true, elements: [{ type: 'text', name: 'a', validators: [{ type: 'phone' }] }] });
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.errors).to.deep.equal([
      { question: undefined, property: 'sendResultOnPageNext', message: 'Survey: sendResultOnPageNext is not supported.' },
      { question: 'a', property: 'validators[0].type', message: 'Question "a": validators[0].type "phone" is not a supported validator type.' },
    ]);
  });

  it('rejects SurveyJS types it does not support, and missing, repeated or long names', () => {
    expect(
      errorsOf({
        elements: [
          { type: 'file', name: 'a' },
          { type: 'signaturepad', name: 'b' },
          { type: 'text', name: 'e' },
          { type: 'comment', name: 'e' },
          { type: 'text' },
          { type: 'text', name: '' },
          { type: 'text', name: 5 },
          { type: 'text', name: 'x'.repeat(101) },
        ],
      }),
    ).to.deep.equal([
      ['a', 'type'],
      ['b', 'type'],
      ['e', 'name'],
      [undefined, 'elements[5].name'],
      [undefined, 'elements[6].name'],
      ['x'.repeat(101), 'name'],
    ]);
    const result = parse({ elements: [{ type: 'signaturepad', name: 'a' }, { type: 'file', name: 'b' }, { type: 'dropdown', name: 'c', choicesByUrl: { url: 'https://example.org' } }, { type: 'slider', name: 'd' }] });
    // The types refused for good say why.
    expect(!result.ok && result.errors.map((error) => error.message)).to.deep.equal([
      'Question "a": type "signaturepad" is not a supported question type: a signature is personal data that this survey does not collect.',
      'Question "b": type "file" is not a supported question type: it would upload files, which hold personal data, from the person\'s browser.',
      'Question "c": choicesByUrl is not supported: it would make a request to a third party from the person\'s browser; list the choices in the definition.',
      'Question "c": choices is missing.',
      'Question "d": type "slider" is not a supported question type.',
    ]);
  });

  it('leaves out an element of a type survey-core does not know, and reads a type in any letter case, as survey-core does', () => {
    const definition = {
      elements: [
        { type: 'input', name: 'a' },
        { name: 'b' },
        { type: 'Text', name: 'c' },
        { type: 'PANEL', name: 'p', elements: [{ type: 'camera', name: 'd' }, { type: 'Comment', name: 'e' }] },
      ],
    };
    const result = parse(definition);
    expect(result.ok && result.notes).to.deep.equal([
      'Element "a" (elements[0]): type "input" is not a SurveyJS type; it is left out, as survey-core leaves it out.',
      'Element "b" (elements[1]): has no type; it is left out, as survey-core leaves it out.',
      'Element "c" (elements[2]): type "Text" is read as "text", as survey-core reads it.',
      'Element "p" (elements[3]): type "PANEL" is read as "panel", as survey-core reads it.',
      'Element "d" (elements[3].elements[0]): type "camera" is not a SurveyJS type; it is left out, as survey-core leaves it out.',
      'Element "e" (elements[3].elements[1]): type "Comment" is read as "comment", as survey-core reads it.',
    ]);
    expect(questionsOf(definition).map(({ name, type }) => `${name}:${type}`)).to.deep.equal(['c:text', 'e:comment']);
    const theirs = new Model(definition).getAllQuestions() as unknown as CoreQuestion[];
    expect(theirs.map((question) => `${question.name}:${question.getType()}`)).to.deep.equal(['c:text', 'e:comment']);
  });

  it('knows the element types survey-core knows', () => {
    expect(SURVEY_CORE_TYPES).to.deep.equal(ElementFactory.Instance.getAllTypes().sort());
  });

  it('reads panels, nested, into the page; a panel with a bad state or an unknown property is named', () => {
    const { survey } = ok({
      elements: [
        { type: 'text', name: 'before' },
        {
          type: 'panel',
          name: 'outer',
          title: { fi: 'Ulompi', en: 'Outer' },
          state: 'collapsed',
          visibleIf: '{before} notempty',
          elements: [{ type: 'panel', name: 'inner', elements: [{ type: 'comment', name: 'inside' }] }],
        },
        { type: 'panel', name: 'empty', elements: [] },
      ],
    });
    const [page] = survey.pages;
    expect(page!.questions.map((question) => question.name)).to.deep.equal(['before', 'inside']);
    expect(page!.elements.map((element) => element.type)).to.deep.equal(['text', 'panel', 'panel']);
    const outer = page!.elements[1] as Panel;
    expect([outer.name, outer.state, outer.visibleIf?.questions]).to.deep.equal(['outer', 'collapsed', ['before']]);
    expect((outer.elements[0] as Panel).elements[0]).to.equal(page!.questions[1]);
    // Only a panel, with nothing in it: no page, as in survey-core.
    expect(errorsOf({ elements: [{ type: 'panel', name: 'p', elements: [] }] })).to.deep.equal([[undefined, 'pages']]);
    expect(
      errorsOf({
        elements: [{ type: 'panel', name: 'p', state: 'folded', questionsOrder: 'random', elements: [{ type: 'text', name: 'a', validators: 1 }] }],
      }),
    ).to.deep.equal([
      [undefined, 'elements[0].questionsOrder'],
      [undefined, 'elements[0].state'],
      ['a', 'validators'],
    ]);
  });

  it('reads defaults, read-only and comment-box properties; names a bad clearInvisibleValues and a comment box beside "other"', () => {
    expect(one({ type: 'radiogroup', choices: ['a'], defaultValue: 'a', readOnly: true, enableIf: '{q} = 1', hasComment: true, commentText: 'Why?' })).to.deep.include({
      defaultValue: 'a',
      readOnly: true,
      showCommentArea: true,
      commentText: 'Why?',
    });
    expect(ok({ clearInvisibleValues: 'onHidden', elements: [{ type: 'text', name: 'a' }] }).survey.clearInvisibleValues).to.equal('onHidden');
    expect(
      errorsOf({ clearInvisibleValues: 'sometimes', elements: [{ type: 'radiogroup', name: 'a', choices: ['x'], showOtherItem: true, showCommentArea: true }] }),
    ).to.deep.equal([
      ['a', 'showCommentArea'],
      [undefined, 'clearInvisibleValues'],
    ]);
  });

  it('lets questions of one type share a name, and so one answer, with a note; of two types, it is an error', () => {
    const result = parse({ elements: [{ type: 'text', name: 'same' }, { type: 'text', name: 'same' }] });
    expect(result.ok && result.notes).to.deep.equal([
      'Question "same": name is also the name of another question; the two share one answer, as in survey-core.',
    ]);
    expect(errorsOf({ elements: [{ type: 'text', name: 'same' }, { type: 'comment', name: 'SAME' }] })).to.deep.equal([['SAME', 'name']]);
  });

  it('rejects a visibleIf that does not parse, calls an unknown function, or names no question', () => {
    const result = parse({
      pages: [
        {
          elements: [
            { type: 'text', name: 'a', visibleIf: 'not {b} = 1' },
            { type: 'text', name: 'b', visibleIf: 'unknownFunction({a}) = 1' },
            { type: 'text', name: 'c', visibleIf: '{a} = 1 and {nobody} = 2' },
            { type: 'text', name: 'd', visibleIf: 42 },
            { type: 'text', name: 'e', visibleIf: '   ' },
            { type: 'matrix', name: 'm', rows: ['r'], columns: [1], visibleIf: '{m.r} = 1 or {b[0]} = 1 or {m2.r} = 1' },
          ],
        },
      ],
    });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.errors.map(({ question, property }) => [question, property])).to.deep.equal([
      ['a', 'visibleIf'],
      ['b', 'visibleIf'],
      ['d', 'visibleIf'],
    ]);
    expect(result.errors[0].message).to.equal('Question "a": visibleIf does not parse: unexpected text in "not {b} = 1".');
    // A name no question has reads as empty, as in survey-core: a note for the editor, not an error.
    const tolerated = ok({
      elements: [
        { type: 'text', name: 'c', visibleIf: '{c} = 1 and {nobody} = 2' },
        { type: 'matrix', name: 'm', rows: ['r'], columns: [1], visibleIf: '{m.r} = 1 or {m2.r} = 1' },
      ],
    });
    expect(tolerated.notes).to.deep.equal([
      'Question "c": visibleIf refers to {nobody}, which is not a question; it reads as empty, as in survey-core.',
      'Question "m": visibleIf refers to {m2.r}, which is not a question; it reads as empty, as in survey-core.',
    ]);
  });

  it('finds a question by its name in its own letter case only, as survey-core does in a survey', () => {
    const definition = {
      elements: [
        { type: 'radiogroup', name: 'Feeling', choices: ['good', 'bad'] },
        { type: 'matrix', name: 'Grid', rows: ['calm'], columns: ['yes', 'no'] },
        { type: 'comment', name: 'why', visibleIf: "{feeling} = 'bad'" },
        { type: 'comment', name: 'more', visibleIf: "{Feeling} = 'bad' or {Grid.CALM} = 'no'" },
      ],
    };
    // survey-core never shows `why`: `{feeling}` is not `Feeling`. A matrix row is found in any case.
    const model = new Model(definition);
    model.setValue('Feeling', 'bad');
    expect(model.getQuestionByName('why').isVisible).to.equal(false);
    expect(model.getQuestionByName('more').isVisible).to.equal(true);
    model.setValue('Feeling', 'good');
    model.setValue('Grid', { calm: 'no' });
    expect(model.getQuestionByName('more').isVisible).to.equal(true);
    // Here such an expression is an error for the editor (it would read `Feeling` here), not a question that silently never shows.
    const result = parse(definition);
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.errors.map(({ question, property, message }) => [question, property, message])).to.deep.equal([
      ['why', 'visibleIf', 'Question "why": visibleIf refers to {feeling}, which is not a question.'],
    ]);
    // Names differing only in case would make `{name}` ambiguous: they count as a repeated name.
    expect(errorsOf({ elements: [{ type: 'text', name: 'Rating' }, { type: 'text', name: 'rating' }] })).to.deep.equal([
      ['rating', 'name'],
    ]);
  });

  it('rejects values of the wrong kind', () => {
    expect(
      errorsOf({
        title: 5,
        description: { fi: 'ok', sv: 7 },
        showProgressBar: 1,
        completedHtml: ['x'],
        elements: [
          { type: 'text', name: 'a', isRequired: 'yes', maxLength: 'many', inputType: 'telephone' },
          { type: 'rating', name: 'b', rateMin: null, rateMax: '', autoGenerate: 'false', minRateDescription: false },
          { type: 'checkbox', name: 'c', choices: 'a,b', maxSelectedChoices: true },
          { type: 'radiogroup', name: 'd', choices: [] },
          { type: 'radiogroup', name: 'e' },
          { type: 'matrix', name: 'f', columns: [1] },
          { type: 'matrix', name: 'g', rows: [1] },
          { type: 'boolean', name: 'h', requiredErrorText: null, labelTrue: { fi: ['x'] } },
          { type: 'text', name: 'i', inputType: '' },
        ],
      }),
    ).to.deep.equal([
      [undefined, 'title'],
      [undefined, 'description'],
      [undefined, 'showProgressBar'],
      [undefined, 'completedHtml'],
      ['a', 'isRequired'],
      ['a', 'maxLength'],
      ['a', 'inputType'],
      ['b', 'rateMin'],
      ['b', 'rateMax'],
      ['b', 'autoGenerate'],
      ['b', 'minRateDescription'],
      ['c', 'choices'],
      ['c', 'maxSelectedChoices'],
      ['d', 'choices'],
      ['e', 'choices'],
      ['f', 'rows'],
      ['g', 'columns'],
      ['h', 'requiredErrorText'],
      ['h', 'labelTrue'],
      ['i', 'inputType'],
    ]);
  });

  it('rejects choices without a usable value, repeated values and item properties', () => {
    expect(
      errorsOf({
        elements: [
          {
            type: 'radiogroup',
            name: 'a',
            choices: ['x', 'x|Again', '|no value', { text: 'no value' }, { value: true }, null, { value: 'v', text: 3 }],
          },
          { type: 'checkbox', name: 'b', choices: [{ value: 1, visibleIf: 'not {a} = 1', showCommentArea: true, imageLink: 3 }] },
          { type: 'matrix', name: 'c', rows: [{ value: 'r', enableIf: 'true' }], columns: [1, '1'] },
        ],
      }),
    ).to.deep.equal([
      ['a', 'choices[2]'],
      ['a', 'choices[3]'],
      ['a', 'choices[4]'],
      ['a', 'choices[5]'],
      ['a', 'choices[6].text'],
      ['b', 'choices[0].showCommentArea'],
      ['b', 'choices[0].visibleIf'],
      ['b', 'choices[0].imageLink'],
      ['c', 'rows[0].enableIf'],
    ]);
    // A choice's visibleIf and enableIf, read as conditions, on the choice questions only.
    const read = ok({
      elements: [
        { type: 'radiogroup', name: 'a', choices: ['x', { value: 'y', visibleIf: '{a} = "x"', enableIf: '{b} notempty' }] },
        { type: 'checkbox', name: 'b', choices: [{ value: 1, enableIf: '  ' }] },
      ],
    });
    expect(read.notes ?? []).to.deep.equal([]);
    const [, y] = (read.survey.pages[0]!.questions[0] as { choices: Array<{ visibleIf?: { questions: string[] }; enableIf?: { questions: string[] } }> }).choices;
    expect([y!.visibleIf?.questions, y!.enableIf?.questions]).to.deep.equal([['a'], ['b']]);
    expect(errorsOf({ elements: [{ type: 'dropdown', name: 'a', choices: [{ value: 1, enableIf: 'not {a} = 1' }] }] })).to.deep.equal([['a', 'choices[0].enableIf']]);
    // A ranking's choices have them too; a rating's values do not.
    expect(ok({ elements: [{ type: 'ranking', name: 'a', choices: ['p', { value: 1, visibleIf: '{b} = 1' }] }, { type: 'text', name: 'b' }] }).notes ?? []).to.deep.equal([]);
    expect(errorsOf({ elements: [{ type: 'rating', name: 'a', rateValues: [1, { value: 2, visibleIf: '{a} = 1' }] }] })).to.deep.equal([['a', 'rateValues[1].visibleIf']]);
    // A repeated value survey-core shows twice: so do we, with a note.
    expect(ok({ elements: [{ type: 'radiogroup', name: 'a', choices: ['x', 'x|Again'] }] }).notes).to.deep.equal([
      'Question "a": choices[1] repeats the value "x"; both are shown, as survey-core shows them.',
    ]);
  });

  it('rejects rating scales survey-core would show empty, repeat or cut', () => {
    expect(
      errorsOf({
        elements: [
          { type: 'rating', name: 'a', rateMin: 5, rateMax: 1 },
          { type: 'rating', name: 'b', rateStep: 0 },
          { type: 'rating', name: 'c', rateStep: -1 },
          { type: 'rating', name: 'd', rateMin: 0, rateMax: 100 },
          { type: 'rating', name: 'e', rateMin: 1, rateCount: 30 },
        ],
      }),
    ).to.deep.equal([
      ['a', 'rateMin'],
      ['b', 'rateStep'],
      ['c', 'rateStep'],
      ['d', 'rateMax'],
      ['e', 'rateMax'],
    ]);
    const result = parse({
      elements: [
        { type: 'rating', name: 'a', rateMin: 5, rateMax: 1 },
        { type: 'rating', name: 'b', rateStep: 0 },
        { type: 'rating', name: 'd', rateMin: 0, rateMax: 100 },
      ],
    });
    expect(!result.ok && result.errors.map(({ message }) => message)).to.deep.equal([
      'Question "a": rateMin needs to be at most rateMax (1).',
      'Question "b": rateStep needs to be above 0.',
      'Question "d": rateMax makes 101 values; at most 20 are possible.',
    ]);
  });

  it('rejects pages and elements together, an alias beside its name, and page behaviour', () => {
    expect(
      errorsOf({
        pages: [
          {
            name: 'p',
            visibleIf: '{a} = 1',
            elements: [{ type: 'text', name: 'a' }],
            questions: [{ type: 'text', name: 'b' }],
          },
        ],
        elements: [{ type: 'text', name: 'c' }],
        questions: [],
      }),
    ).to.deep.equal([
      [undefined, 'questions'],
      [undefined, 'elements'],
    ]);
    expect(
      errorsOf({
        pages: [
          { name: 'p', visibleIf: 'not {a}', elements: [{ type: 'text', name: 'a' }], questions: [] },
          { name: 7, elements: [{ type: 'rating', name: 'r', minRateDescription: 'a', mininumRateDescription: 'b' }] },
        ],
      }),
    ).to.deep.equal([
      [undefined, 'pages[0].visibleIf'],
      [undefined, 'pages[0].questions'],
      [undefined, 'pages[1].name'],
      ['r', 'mininumRateDescription'],
    ]);
  });

  it('rejects malformed shapes', () => {
    for (const json of [null, undefined, [], 'survey', 42, true]) {
      expect(errorsOf(json)).to.deep.equal([[undefined, 'definition']]);
    }
    expect(errorsOf({})).to.deep.equal([[undefined, 'pages']]);
    expect(errorsOf({ pages: [] })).to.deep.equal([[undefined, 'pages']]);
    expect(errorsOf({ pages: [{ elements: [] }] })).to.deep.equal([[undefined, 'pages']]);
    expect(errorsOf({ pages: {} })).to.deep.equal([[undefined, 'pages']]);
    expect(errorsOf({ elements: 'text' })).to.deep.equal([[undefined, 'elements']]);
    expect(errorsOf({ pages: ['page', null, { elements: {} }] })).to.deep.equal([
      [undefined, 'pages[0]'],
      [undefined, 'pages[1]'],
      [undefined, 'pages[2].elements'],
    ]);
    expect(errorsOf({ pages: [{ elements: [null, 'text', [], { type: 'text', name: 'a' }] }] })).to.deep.equal([
      [undefined, 'pages[0].elements[0]'],
      [undefined, 'pages[0].elements[1]'],
      [undefined, 'pages[0].elements[2]'],
    ]);
  });

  it('collects every error of a definition in one pass', () => {
    const result = parse({
      navigateToUrlOnCondition: [],
      pages: [
        { elements: [{ type: 'text', name: 'a', validators: [{}] }, { type: 'expression', name: 'b' }] },
        { elements: [{ type: 'comment', name: 'a', visibleIf: '{zz} = 1' }] },
      ],
    });
    expect(!result.ok && result.errors.length).to.equal(4);
  });
});

describe('survey definition: validation', () => {
  it('reads validators, requiredIf, min and max on dates, and checkErrorsMode', () => {
    const survey = ok({
      checkErrorsMode: 'onValueChanged',
      elements: [
        { type: 'text', name: 'a', requiredIf: '{b} notempty', validators: [{ type: 'numeric', minValue: '1', text: { fi: 'Yksi' } }, { type: 'regex', regex: 'x', insensitive: true }] },
        { type: 'text', name: 'b', inputType: 'date', min: '2026-01-01', max: '2026-12-31' },
        { type: 'checkbox', name: 'c', choices: ['x'], validators: [{ type: 'answercount', maxCount: 1 }, { type: 'expression', expression: '{a} > 1' }, { type: 'email' }, { type: 'text', allowDigits: false }] },
      ],
    }).survey;
    const [a, b, c] = survey.pages[0]!.questions;
    expect(survey.checkErrorsMode).to.equal('onValueChanged');
    expect(asData(a)).to.deep.include({
      requiredIf: { questions: ['b'] },
      validators: [{ type: 'numeric', minValue: 1, text: { fi: 'Yksi' } }, { type: 'regex', regex: 'x', caseInsensitive: true }],
    });
    expect(b).to.deep.include({ min: '2026-01-01', max: '2026-12-31' });
    expect((asData(c!.validators) as unknown[]).length).to.equal(4);
    // The default, onNextPage, is no setting in the model.
    expect(ok({ checkErrorsMode: 'onNextPage', elements: [{ type: 'text', name: 'a' }] }).survey).to.not.have.property('checkErrorsMode');
  });

  it('names what is wrong in a validator, a bound or checkErrorsMode', () => {
    const result = parse({
      checkErrorsMode: 'onValueChanging',
      elements: [
        { type: 'text', name: 'a', validators: [{ type: 'regex', regex: '(' }, { type: 'numeric', minValue: 'x', notificationType: 'warning' }, 'email', { type: 'expression', expression: 'not {a}' }] },
        { type: 'text', name: 'b', validators: { type: 'email' } },
        { type: 'text', name: 'c', inputType: 'date', min: 5, max: '=today()' },
        { type: 'text', name: 'd', min: '1' },
        { type: 'text', name: 'e', inputType: 'number', min: 'one', requiredIf: 'not {e}' },
      ],
    });
    expect(!result.ok && result.errors.map(({ property, message }) => [property, message])).to.deep.equal([
      ['checkErrorsMode', 'Survey: checkErrorsMode needs to be one of onNextPage, onValueChanged, onComplete (onValueChanging would leave an answer that fails out of what is sent).'],
      ['validators[0].regex', `Question "a": validators[0].regex is not a regular expression: ${regexError('(')}.`],
      ['validators[1].minValue', 'Question "a": validators[1].minValue needs a number.'],
      ['validators[1].notificationType', 'Question "a": validators[1].notificationType is not supported.'],
      ['validators[2].type', 'Question "a": validators[2].type is missing.'],
      ['validators[3].expression', 'Question "a": validators[3].expression does not parse: unexpected text in "not {a}".'],
      ['validators', 'Question "b": validators needs a list.'],
      ['min', 'Question "c": min needs a number with inputType number or range, else a date or time as the input writes it (an expression, starting with =, is not supported).'],
      ['max', 'Question "c": max needs a number with inputType number or range, else a date or time as the input writes it (an expression, starting with =, is not supported).'],
      ['min', 'Question "d": min is read only with inputType number, range, date, datetime-local, month, time, week, not text.'],
      ['requiredIf', 'Question "e": requiredIf does not parse: unexpected text in "not {e}".'],
      ['min', 'Question "e": min needs a number with inputType number or range, else a date or time as the input writes it (an expression, starting with =, is not supported).'],
    ]);
  });
});

/** The browser's own message for a pattern that does not compile. */
function regexError(pattern: string): string {
  try {
    new RegExp(pattern);
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

describe('survey definition: the peer-group-satisfaction preset', () => {
  it('passes our parser with nothing ignored, in fi, sv and en', () => {
    for (const [locale, preset] of Object.entries(PRESET)) {
      const { survey, ignored } = ok(preset);
      expect(ignored, locale).to.deep.equal([]);
      expect(survey.showProgressBar).to.equal(true);
    }
    expect(textIn(ok(PRESET.fi).survey.completedText, 'fi')).to.match(/^Kiitos/);
    expect(textIn(ok(PRESET.sv).survey.completedText, 'sv')).to.match(/^Tack/);
    expect(textIn(ok(PRESET.en).survey.completedText, 'en')).to.match(/^Thank you/);
  });

  it('loads in survey-core with the same questions, types and choices in fi, sv and en', () => {
    for (const preset of Object.values(PRESET)) {
      const questions = expectSameAsSurveyCore(preset);
      expect(questions.map((question) => `${question.name}:${question.type}`)).to.deep.equal([
        'climateOpen:rating',
        'climateHonest:rating',
        'climateEmpathy:rating',
        'climateEqual:rating',
        'leaderConsensus:rating',
        'leaderOrganised:rating',
        'leaderResponsive:rating',
        'groupSize:radiogroup',
        'format:radiogroup',
        'outcomes:matrix',
        'satisfaction:rating',
        'recommend:rating',
        'mostUseful:comment',
      ]);
      for (const question of questions) {
        if (question.type == 'rating') expect(question.values.map(({ value }) => value)).to.deep.equal([1, 2, 3, 4, 5]);
      }
    }
  });

  it('has every text in Finnish, Swedish and English, in the same places, and asks no gender or age', () => {
    /** The definition with each text replaced by "text": the same for every language. */
    const shape = (value: unknown, key = ''): unknown =>
      Array.isArray(value)
        ? value.map((item) => shape(item))
        : typeof value == 'object' && value !== null
          ? Object.fromEntries(Object.entries(value).map(([name, item]) => [name, shape(item, name)]))
          : typeof value == 'string' && !['name', 'type', 'value'].includes(key)
            ? 'text'
            : value;
    for (const [locale, preset] of Object.entries(PRESET)) {
      const texts: unknown[] = [];
      const collect = (value: unknown, key = ''): void => {
        if (Array.isArray(value)) value.forEach((item) => collect(item));
        else if (typeof value == 'object' && value !== null) Object.entries(value).forEach(([name, item]) => collect(item, name));
        else if (!['name', 'type', 'value'].includes(key)) texts.push(value);
      };
      collect(preset);
      expect(texts.length, locale).to.be.above(40);
      for (const text of texts.filter((text) => typeof text != 'number' && typeof text != 'boolean')) {
        expect(text, locale).to.be.a('string').that.does.not.equal('');
      }
      expect(shape(preset), locale).to.deep.equal(shape(PRESET.fi));
      const asked = JSON.stringify(preset).match(/gender|\bage\b|sukupuol|\bikä|\bkön\b|ålder/i);
      expect(asked).to.equal(null);
    }
  });

  it('is loaded one language at a time', async () => {
    for (const [locale, preset] of Object.entries(PRESET)) {
      expect(await PRESETS['peer-group-satisfaction'][locale as keyof typeof PRESET](), locale).to.deep.equal(preset);
    }
  });
});

describe('survey definition: computed values', () => {
  // The expression family, as the element fetches it for a definition that computes.
  before(() => loadTypes({ calculatedValues: [] }));

  it('reads calculatedValues, whose names expressions read like questions', () => {
    const result = ok({
      calculatedValues: [
        { name: 'total', expression: '{a}', includeIntoResult: true },
        { name: 'blank', expression: '' },
      ],
      elements: [
        { type: 'text', name: 'a' },
        { type: 'comment', name: 'b', visibleIf: '{total} notempty' },
      ],
    });
    expect(asData(result.survey.calculatedValues)).to.deep.equal([
      { name: 'total', expression: { questions: ['a'] }, includeIntoResult: true },
      { name: 'blank', expression: null },
    ]);
  });

  it('names each problem of calculatedValues', () => {
    expect(errorsOf({ calculatedValues: {}, elements: [{ type: 'text', name: 'a' }] })).to.deep.equal([[undefined, 'calculatedValues']]);
    expect(
      errorsOf({
        calculatedValues: [{ expression: '{a}' }, 'x', { name: 'c', expression: 'not {a}', unit: 'kg' }, { name: 'a' }],
        elements: [{ type: 'text', name: 'a' }],
      }),
    ).to.deep.equal([
      [undefined, 'calculatedValues[0].name'],
      [undefined, 'calculatedValues[1]'],
      [undefined, 'calculatedValues[2].expression'],
      [undefined, 'calculatedValues[2].unit'],
      ['a', 'name'],
    ]);
  });

  it('reads the expression question and the computing properties of every question', () => {
    const [question] = questionsOf({
      elements: [
        {
          type: 'expression',
          name: 'score',
          expression: '{a}',
          displayStyle: 'currency',
          currency: 'EUR',
          format: { fi: '{0} yhteensä' },
          minimumFractionDigits: 1,
          maximumFractionDigits: 2,
          useGrouping: false,
          precision: 2,
        },
        { type: 'text', name: 'a', defaultValueExpression: '{b}', setValueExpression: '{b}', setValueIf: '{b} = 1', resetValueIf: '{b} empty' },
        { type: 'text', name: 'b' },
      ],
    });
    expect(asData(question)).to.deep.include({ type: 'expression', displayStyle: 'currency', precision: 2, expression: { questions: ['a'] } });
    expect(errorsOf({ elements: [{ type: 'text', name: 'a', defaultValueExpression: 'not {a}', resetValueIf: 3 }] })).to.deep.equal([
      ['a', 'defaultValueExpression'],
      ['a', 'resetValueIf'],
    ]);
  });
});


describe('survey definition: triggers', () => {
  // Their chunk, as the element fetches it for a definition that has triggers.
  before(() => loadTypes({ triggers: [] }));

  const elements = [
    { type: 'radiogroup', name: 'consent', choices: ['yes', 'no'] },
    { type: 'text', name: 'age' },
    { type: 'comment', name: 'note', visibleIf: '{band} notempty' },
  ];

  it('reads each trigger type, the older name/operator/value form as the expression survey-core builds', () => {
    const { survey } = ok({
      elements,
      triggers: [
        { type: 'complete', expression: "{consent} = 'no'" },
        { type: 'setvalue', expression: '{age} > 17', setToName: 'note', setValue: 'adult' },
        { type: 'setvalue', expression: '{age} empty', setToName: 'band', setValue: 'none', isVariable: true },
        { type: 'copyvalue', fromName: 'age', setToName: 'note' },
        { type: 'skip', name: 'consent', operator: 'notequal', value: 'yes', gotoName: 'note' },
        { type: 'runexpression', expression: '{age} notempty', runExpression: '{age}', setToName: 'note' },
        { type: 'runexpression', expression: '{age} notempty', runExpression: '{age}' },
      ],
    });
    expect(asData(survey.triggers)).to.deep.equal([
      { type: 'complete', expression: { questions: ['consent'] } },
      { type: 'setvalue', expression: { questions: ['age'] }, setToName: 'note', setValue: 'adult' },
      { type: 'setvalue', expression: { questions: ['age'] }, setToName: 'band', setValue: 'none', isVariable: true },
      { type: 'copyvalue', fromName: 'age', setToName: 'note' },
      { type: 'skip', gotoName: 'note', expression: { questions: ['consent'] } },
      { type: 'runexpression', expression: { questions: ['age'] }, runExpression: { questions: ['age'] }, setToName: 'note' },
      { type: 'runexpression', expression: { questions: ['age'] }, runExpression: { questions: ['age'] } },
    ]);
  });

  it('names what it does not support in a trigger, and what a trigger names that the survey does not have', () => {
    expect(errorsOf({ elements, triggers: {} })).to.deep.equal([[undefined, 'triggers']]);
    expect(
      errorsOf({
        elements,
        triggers: [
          { type: 'visible', expression: '{age} > 1', questions: ['note'] },
          'complete',
          { type: 'setvalue', expression: '{age} > 1', setToName: 'nobody', setValue: 1 },
          { type: 'skip', expression: '{age} > 1', gotoName: 'Note' },
          { type: 'skip', expression: '{age} > 1' },
          { type: 'copyvalue', fromName: 'ghost', setToName: 'note', copyDisplayValue: true },
          { type: 'complete', expression: 'not {age}' },
          { type: 'complete', expression: '{age} > 1', delay: 2 },
          { type: 'complete', name: 'age', operator: 'empty' },
          { type: 'complete', name: 'age', operator: 'between', value: 1 },
          { type: 'complete', expression: '{age} > 1', value: 1 },
          { type: 'setvalue', expression: '{age} > 1', setToName: 'age', isVariable: true },
        ],
      }),
    ).to.deep.equal([
      [undefined, 'triggers[0].type'],
      [undefined, 'triggers[1].type'],
      [undefined, 'triggers[4].gotoName'],
      [undefined, 'triggers[5].copyDisplayValue'],
      [undefined, 'triggers[6].expression'],
      [undefined, 'triggers[7].delay'],
      [undefined, 'triggers[8].operator'],
      [undefined, 'triggers[9].operator'],
      [undefined, 'triggers[10].value'],
      [undefined, 'triggers[2].setToName'],
      [undefined, 'triggers[3].gotoName'],
      [undefined, 'triggers[5].fromName'],
      [undefined, 'triggers[11].setToName'],
    ]);
  });

  it('lets expressions read the variables setvalue sets, and refuses a reference to anything else', () => {
    expect(ok({ elements, triggers: [{ type: 'setvalue', expression: '{age} > 1', setToName: 'band', setValue: 'x', isVariable: true }] }).survey.triggers).to.have.length(1);
    // Without the variable, `{band}` in note's visibleIf names nothing: read as empty, with a note for the editor.
    const result = parse({ elements, triggers: [{ type: 'complete', expression: '{agee} > 1' }] });
    expect(result.ok && result.notes).to.deep.equal([
      'Survey: triggers[0].expression refers to {agee}, which is not a question; it reads as empty, as in survey-core.',
      'Question "note": visibleIf refers to {band}, which is not a question; it reads as empty, as in survey-core.',
    ]);
  });
});

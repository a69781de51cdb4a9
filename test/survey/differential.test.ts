import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { Model } from 'survey-core';
import '../../src/survey/define.js';
import { parseDefinition, textIn, type Choice, type Question, type SurveyModel } from '../../src/survey/definition.js';
import { parseExpression, type AnswerValue, type Answers } from '../../src/survey/expression.js';
import { isVisible, problemOf, surveyResult, visiblePages, withAnswer } from '../../src/survey/logic.js';
import { clearHidden, initialAnswers } from '../../src/survey/questions/extras.js';
import { ordered } from '../../src/survey/questions/choice.js';
import { loadTypes } from '../../src/survey/questions/registry.js';
import { pipe } from '../../src/survey/piping.js';
import { plain, readDefinition } from '../../src/survey/read-definition.js';
import en from '../../src/survey/preset/en.js';
import fi from '../../src/survey/preset/fi.js';
import sv from '../../src/survey/preset/sv.js';
import type { VtSurvey } from '../../src/survey/survey.js';
import { scenario } from '../support/endpoint.js';
import { typeText } from '../support/keyboard.js';

/**
 * Differential tests: for every definition and answer set of the corpus (test/fixtures/surveys/), what
 * our survey shows, requires and sends must equal what survey-core, the reference, gives for the same
 * input. survey-core is only ever imported here, never by src/.
 */

interface Fixture {
  about: string;
  definition: unknown;
  /** Answers as a person leaves them, unanswered questions left out; may hold answers to questions since hidden. */
  answerSets: Answers[];
}

/** What a survey does with one answer set, in a form both sides can produce. */
interface Outcome {
  /** Each visible page's visible questions, by name. */
  pages: string[][];
  /** The required errors on completing, with the definition's requiredErrorText (else `default`). */
  errors: Array<{ question: string; text: string }>;
  /** What is sent: survey-core's `survey.data` after completing. */
  result: Record<string, unknown>;
  /** The text shown after completing (completedHtml or completedHtmlOnCondition), tags dropped. */
  completed: string;
}

/** What each question lets a person answer: its values with their texts, and its limits. */
type Offers = Record<string, unknown>;

// survey-core's own default texts differ from ours on purpose; only the editor's requiredErrorText is compared.
const DEFAULT_TEXT = 'default';
// survey-core reads `default` rather than `en` in English (docs/survey-format.md): compare the other two.
const LOCALES = ['fi', 'sv'];

/** The corpus, test/fixtures/surveys/<name>.json: add a file there and its name here. */
const FIXTURES = [
  '01-rating-defaults',
  '02-rating-min-max-step',
  '03-rating-decimal-step',
  '04-rating-count',
  '05-rating-values',
  '06-rating-values-autogenerate',
  '07-radiogroup-choice-forms',
  '08-radiogroup-numeric-strings',
  '09-checkbox-contains',
  '10-checkbox-anyof-allof-noneof',
  '11-checkbox-max-selected',
  '12-checkbox-equal-list',
  '13-comment-required-maxlength',
  '14-text-input-types',
  '15-text-number-ranges',
  '16-string-comparisons',
  '17-boolean',
  '18-matrix',
  '19-matrix-numeric-columns',
  '20-nested-and-or',
  '21-deep-nesting',
  '22-negation',
  '23-chained-visibleif',
  '24-chained-across-pages',
  '25-questions-alias',
  '26-top-level-questions',
  '27-top-level-elements',
  '28-multi-page-required',
  '29-operator-spellings',
  '30-empty-notempty-every-type',
  '31-mixed-case-names',
  '32-presentation-only',
  '33-hidden-required',
  '34-literals-and-quotes',
  '35-preset-like-feedback',
  '36-dropdown',
  '37-text-input-types',
  '38-page-visibleif',
  '39-html',
  '40-other-choice',
  '41-nameless-and-cookie',
  '42-completed-on-condition',
  '43-choices-order',
  '44-multipletext',
  '45-tolerated-quirks',
  '100-panels',
  '101-shared-names',
  '102-question-states',
  '103-clear-on-hidden',
  '104-clear-on-hidden-container',
  '105-clear-none',
  '106-unknown-types',
  '107-piping',
  '110-paneldynamic',
  '111-paneldynamic-required-other',
  '112-paneldynamic-counts',
  '113-paneldynamic-no-template',
];

const fetchFixture = async (name: string): Promise<Fixture> =>
  (await fetch(new URL(`../fixtures/surveys/${name}.json`, import.meta.url))).json() as Promise<Fixture>;

function parse(definition: unknown): SurveyModel {
  const parsed = parseDefinition(definition, { parseExpression });
  if (!parsed.ok) throw new Error(parsed.errors.map((error) => error.message).join('\n'));
  // The element reads a definition with the fast pass, which gives the checker's model; one with
  // presentation-only properties it leaves to the checker, whose model the element then shows.
  const read = readDefinition(definition, parseExpression);
  expect(JSON.parse(JSON.stringify(read ?? null)), 'the fast pass reads the fixture').to.deep.equal(
    parsed.ignored.length || parsed.notes ? null : JSON.parse(JSON.stringify({ survey: parsed.survey, ignored: parsed.ignored })),
  );
  return read?.survey ?? parsed.survey;
}

// ---- our side: src/survey only ----

function ours(definition: unknown, answerSet: Answers, locale: string): Outcome {
  const survey = parse(definition);
  // From the defaults, as the person answers; with clearInvisibleValues onHidden, each answer that hides a question clears it.
  let answers: Answers = initialAnswers(survey);
  for (const [name, value] of Object.entries(answerSet)) answers = clearHidden(survey, answers, withAnswer(answers, name, value));
  const pages = visiblePages(survey, answers);
  const error = (question: Question, name = question.name) => ({
    question: name,
    text: question.requiredErrorText ? textIn(question.requiredErrorText, locale) : DEFAULT_TEXT,
  });
  return {
    // A paneldynamic's shown questions follow it, as `name[panel].question`.
    pages: pages.map((page) => page.flatMap((question) => [question.name, ...inPanels(question, answers).map(([name]) => name)])),
    errors: pages.flat().flatMap((question) => [
      // Its own error is only `required`; those of the questions in its panels are theirs.
      ...(problemOf(question, answers) && problemOf(question, answers) != 'panels' ? [error(question)] : []),
      ...inPanels(question, answers)
        .filter(([, inner, panel]) => problemOf(inner, panel))
        .map(([name, inner]) => error(inner, name)),
    ]),
    result: surveyResult(survey, answers),
    // `{name}` replaced by the answers sent, as survey-core does once they are.
    completed: pipe!(
      textIn(survey.completedOnCondition?.find(({ condition }) => condition.evaluate(surveyResult(survey, answers)))?.text ?? survey.completedText, locale),
      {
        questions: survey.pages.flatMap((page) => page.questions),
        answers: surveyResult(survey, answers) as Answers,
        text: (text) => textIn(text, locale),
        yes: 'unused: no boolean is piped in the corpus',
        no: 'unused',
      },
      false,
    )
      .replace(/\s+/g, ' ')
      .trim(),
  };
}

/** A paneldynamic's questions shown in each of its panels: `name[panel].question`, the question, the panel's answers. */
function inPanels(question: Question, answers: Answers): Array<[string, Question, Answers]> {
  const panels = answers[question.name];
  if (question.type != 'paneldynamic' || !Array.isArray(panels)) return [];
  return (panels as unknown as Answers[]).flatMap((panel, at) =>
    (question.templateElements ?? [])
      .filter((inner) => isVisible(inner, { ...answers, panel: panel as AnswerValue }))
      .map((inner): [string, Question, Answers] => [`${question.name}[${at}].${inner.name}`, inner, panel]),
  );
}

const describeChoices = (choices: Choice[], locale: string) =>
  choices.map((choice) => [choice.value, textIn(choice.text, locale)]);

/** In the element's order; a random one as a sorted list, compared with survey-core's sorted too. */
const describeOrdered = (question: { choices: Choice[]; choicesOrder?: string }, locale: string) => {
  const described = describeChoices(ordered(question, (choice) => textIn(choice.text, locale)), locale);
  return question.choicesOrder == 'random' ? described.sort(byJson) : described;
};
const byJson = (a: unknown, b: unknown) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);

function ourOffers(definition: unknown, locale: string): Offers {
  const offers: Offers = {};
  for (const question of parse(definition).pages.flatMap((page) => page.questions)) {
    const base = { type: question.type, isRequired: question.isRequired };
    switch (question.type) {
      case 'rating':
        offers[question.name] = { ...base, values: describeChoices(question.values, locale) };
        break;
      case 'radiogroup':
      case 'dropdown':
        offers[question.name] = { ...base, values: describeOrdered(question, locale), other: !!question.showOtherItem };
        break;
      case 'checkbox':
        offers[question.name] = {
          ...base,
          values: describeOrdered(question, locale),
          max: question.maxSelectedChoices ?? 0,
          other: !!question.showOtherItem,
        };
        break;
      case 'matrix':
        offers[question.name] = {
          ...base,
          rows: describeChoices(question.rows, locale),
          columns: describeChoices(question.columns, locale),
        };
        break;
      case 'text':
        offers[question.name] = { ...base, inputType: question.inputType, maxLength: question.maxLength ?? 0, min: question.min, max: question.max };
        break;
      case 'comment':
        offers[question.name] = { ...base, maxLength: question.maxLength ?? 0 };
        break;
      case 'multipletext':
        offers[question.name] = { ...base, items: question.items.map((item) => [item.name, textIn(item.title, locale), item.inputType]) };
        break;
      default:
        offers[question.name] = base;
    }
  }
  return offers;
}

// ---- the reference: survey-core ----

interface CoreItem {
  value: string | number;
  text: string;
}
interface CoreQuestion {
  name: string;
  getType(): string;
  isRequired: boolean;
  isVisible: boolean;
  isVisibleInSurvey: boolean;
  value: unknown;
  errors: Array<{ text: string }>;
  requiredErrorText: string;
  visibleRateValues?: CoreItem[];
  visibleChoices?: CoreItem[];
  otherItem?: CoreItem;
  items?: Array<{ name: string; title: string; inputType: string }>;
  choicesOrder?: string;
  showOtherItem?: boolean;
  rows?: CoreItem[];
  columns?: CoreItem[];
  maxSelectedChoices?: number;
  inputType?: string;
  min?: unknown;
  max?: unknown;
  getMaxLength?(): number | null;
  panels?: Array<{ questions: CoreQuestion[] }>;
}

function referenceModel(definition: unknown, locale: string): Model {
  const survey = new Model(definition);
  survey.locale = locale;
  return survey;
}

const questionsOf = (survey: Model) => survey.getAllQuestions() as unknown as CoreQuestion[];

function reference(definition: unknown, answerSet: Answers, locale: string): Outcome {
  const survey = referenceModel(definition, locale);
  // Through each question's value, as its UI sets it, in the order the person answered; what is typed
  // for "other" through the question's comment box.
  for (const [name, value] of Object.entries(answerSet)) {
    if (name.endsWith('-Comment')) (survey.getQuestionByName(name.slice(0, -8)) as unknown as { comment: unknown }).comment = value;
    else (survey.getQuestionByName(name) as unknown as CoreQuestion).value = value;
  }
  const pages = survey.visiblePages.map((page) =>
    // Visible in the survey: its own visibleIf holds and so does every panel's it is in.
    (page.questions as unknown as CoreQuestion[])
      .filter((question) => question.isVisibleInSurvey)
      .flatMap((question) => [question.name, ...coreInPanels(question).filter(([, inner]) => inner.isVisible).map(([name]) => name)]),
  );
  survey.validate(true, false);
  const error = (question: CoreQuestion, name = question.name) => ({
    question: name,
    text: question.requiredErrorText ? question.errors[0]!.text : DEFAULT_TEXT,
  });
  const errors = questionsOf(survey).flatMap((question) => [
    ...(question.errors.length ? [error(question)] : []),
    ...coreInPanels(question)
      .filter(([, inner]) => inner.errors.length)
      .map(([name, inner]) => error(inner, name)),
  ]);
  // Completing applies clearInvisibleValues (default "onComplete"): hidden questions' answers go.
  survey.doComplete();
  const completed = (survey as unknown as { processedCompletedHtml: string }).processedCompletedHtml;
  return { pages, errors, result: survey.data as Record<string, unknown>, completed: plain(completed) };
}

/** A paneldynamic's questions in each of its panels, named as `inPanels` names them. */
const coreInPanels = (question: CoreQuestion): Array<[string, CoreQuestion]> =>
  question.getType() == 'paneldynamic'
    ? question.panels!.flatMap((panel, at) => panel.questions.map((inner): [string, CoreQuestion] => [`${question.name}[${at}].${inner.name}`, inner]))
    : [];

const describeItems = (items: CoreItem[] = []) => items.map((item) => [item.value, item.text]);
const choicesOf = (question: CoreQuestion) => question.visibleChoices?.filter((item) => item !== question.otherItem);
const describeCore = (question: CoreQuestion) => {
  const described = describeItems(choicesOf(question));
  return question.choicesOrder == 'random' ? described.sort(byJson) : described;
};

function referenceOffers(definition: unknown, locale: string): Offers {
  const offers: Offers = {};
  for (const question of questionsOf(referenceModel(definition, locale))) {
    const base = { type: question.getType(), isRequired: question.isRequired };
    switch (question.getType()) {
      case 'rating':
        offers[question.name] = { ...base, values: describeItems(question.visibleRateValues) };
        break;
      // The "other" choice apart: its default text is survey-core's own, ours differs on purpose.
      case 'radiogroup':
      case 'dropdown':
        offers[question.name] = { ...base, values: describeCore(question), other: !!question.showOtherItem };
        break;
      case 'checkbox':
        offers[question.name] = {
          ...base,
          values: describeCore(question),
          max: question.maxSelectedChoices,
          other: !!question.showOtherItem,
        };
        break;
      case 'matrix':
        offers[question.name] = { ...base, rows: describeItems(question.rows), columns: describeItems(question.columns) };
        break;
      case 'text':
        offers[question.name] = {
          ...base,
          inputType: question.inputType,
          maxLength: Math.max(question.getMaxLength!() ?? 0, 0),
          // survey-core keeps min and max as given; ours are read as numbers.
          min: question.min === undefined ? undefined : Number(question.min),
          max: question.max === undefined ? undefined : Number(question.max),
        };
        break;
      case 'comment':
        offers[question.name] = { ...base, maxLength: Math.max(question.getMaxLength!() ?? 0, 0) };
        break;
      case 'multipletext':
        offers[question.name] = { ...base, items: question.items!.map((item) => [item.name, item.title, item.inputType]) };
        break;
      default:
        offers[question.name] = base;
    }
  }
  return offers;
}

// ---- the corpus itself ----

/**
 * Fails on an answer the element could not produce (a value it does not offer, too many boxes, a text
 * for a number): the corpus compares what people can actually send.
 */
function checkAnswerable(survey: SurveyModel, answers: Answers): void {
  const questions = new Map(survey.pages.flatMap((page) => page.questions).map((question) => [question.name, question]));
  for (const [name, value] of Object.entries(answers)) {
    // What is typed for "other": a text, beside a question that has the choice.
    const other = name.endsWith('-Comment') && questions.get(name.slice(0, -8));
    if (other) {
      expect(('showOtherItem' in other && other.showOtherItem) || other.showCommentArea, `${name}: its question has an "other" choice or a comment box`).to.equal(true);
      expect(value, name).to.be.a('string');
      continue;
    }
    const named = survey.pages.flatMap((page) => page.questions).filter((question) => question.name == name);
    expect(named, `the answer set names "${name}", which is not a question`).to.have.length.above(0);
    // Questions sharing a name share the answer: any one of them may have given it.
    const offered = named.some((question) => answerable(question, value));
    expect(offered, `${name}: ${JSON.stringify(value)} is not an answer the survey offers`).to.equal(true);
  }
}

function answerable(question: Question, value: AnswerValue): boolean {
  const offered = (choices: Choice[], item: unknown) =>
    choices.some((choice) => choice.value === item) || ('showOtherItem' in question && !!question.showOtherItem && item === 'other');
  switch (question.type) {
    case 'rating':
      return offered(question.values, value);
    case 'radiogroup':
    case 'dropdown':
      return offered(question.choices, value);
    case 'checkbox':
      return (
        Array.isArray(value) &&
        new Set(value).size === value.length &&
        value.length <= (question.maxSelectedChoices ?? Infinity) &&
        value.every((item) => offered(question.choices, item))
      );
    case 'boolean':
      return typeof value == 'boolean';
    case 'matrix':
      return (
        typeof value == 'object' &&
        !Array.isArray(value) &&
        Object.entries(value).every(
          ([row, column]) => question.rows.some((each) => String(each.value) === row) && offered(question.columns, column),
        )
      );
    case 'text':
      if (question.inputType === 'number' || question.inputType === 'range') return typeof value == 'number' && isFinite(value);
      return typeof value == 'string' && value.length <= (question.maxLength ?? Infinity);
    case 'comment':
      return typeof value == 'string' && value.length <= (question.maxLength ?? Infinity);
    case 'multipletext':
      return (
        typeof value == 'object' &&
        !Array.isArray(value) &&
        Object.entries(value).every(([name, text]) => {
          const item = question.items.find((each) => each.name === name);
          return !!item && (item.inputType == 'number' ? typeof text == 'number' : typeof text == 'string');
        })
      );
    case 'html':
      return false;
    case 'paneldynamic':
      // A list of panels, each answers its template's questions can give (or what is typed for "other").
      return (
        Array.isArray(value) &&
        (value as unknown[]).every(
          (panel) =>
            typeof panel == 'object' &&
            panel !== null &&
            Object.entries(panel).every(([name, answer]) =>
              (question.templateElements ?? []).some((inner) =>
                name == `${inner.name}-Comment` ? 'showOtherItem' in inner && !!inner.showOtherItem && typeof answer == 'string' : inner.name == name && answerable(inner, answer as AnswerValue),
              ),
            ),
        )
      );
  }
}

/** The built-in questionnaire too: unanswered, every question's first value, every question's last. */
function presetFixture(definition: object): Fixture {
  const questions = parse(definition).pages.flatMap((page) => page.questions);
  const pick = (question: Question, last: boolean): AnswerValue => {
    const at = <T>(list: T[]) => list[last ? list.length - 1 : 0]!;
    switch (question.type) {
      case 'rating':
        return at(question.values).value;
      case 'radiogroup':
      case 'dropdown':
        return at(question.choices).value;
      case 'checkbox':
        return [at(question.choices).value] as string[];
      case 'boolean':
        return last;
      case 'matrix':
        return Object.fromEntries(question.rows.map((row) => [String(row.value), at(question.columns).value]));
      case 'text':
        return question.inputType === 'number' ? (last ? 12 : 0) : last ? 'x@example.org' : 'x';
      default:
        return last ? 'Kiitos' : 'x';
    }
  };
  const every = (last: boolean) => Object.fromEntries(questions.map((question) => [question.name, pick(question, last)]));
  return { about: 'The peer-group-satisfaction preset', definition, answerSets: [{}, every(false), every(true)] };
}

/** One fixture's checks; a failure names the answer set and the language. */
function compare(fixture: Fixture): void {
  const survey = parse(fixture.definition);
  expect(fixture.answerSets.length, 'answer sets').to.be.at.least(2);
  for (const locale of LOCALES) {
    expect(ourOffers(fixture.definition, locale), `what the questions offer (${locale})`).to.deep.equal(
      referenceOffers(fixture.definition, locale),
    );
  }
  fixture.answerSets.forEach((answers, index) => {
    const label = `answer set ${index + 1} ${JSON.stringify(answers)}`;
    checkAnswerable(survey, answers);
    for (const locale of LOCALES) {
      const expected = reference(fixture.definition, answers, locale);
      const actual = ours(fixture.definition, answers, locale);
      expect(actual.pages, `${label}: visible questions by page (${locale})`).to.deep.equal(expected.pages);
      expect(actual.errors, `${label}: required errors (${locale})`).to.deep.equal(expected.errors);
      expect(actual.result, `${label}: result (${locale})`).to.deep.equal(expected.result);
      // survey-core's own thanks differ from ours on purpose: compared where the definition words them.
      const definition = fixture.definition as Record<string, unknown>;
      if (definition['completedHtml'] || definition['completedHtmlOnCondition']) {
        expect(actual.completed, `${label}: text after completing (${locale})`).to.equal(expected.completed);
      }
    }
  });
}

describe('surveys against survey-core (differential)', () => {
  it('has a corpus of at least 30 definitions', () => {
    expect(FIXTURES.length).to.be.at.least(30);
  });

  for (const name of FIXTURES) {
    it(`${name}: the same questions and values, and for each answer set the same visible questions, required errors and result`, async () => {
      const fixture = await fetchFixture(name);
      // The families only some definitions use (html, …), as the element fetches them first.
      await loadTypes(fixture.definition);
      compare(fixture);
    });
  }

  it('peer-group-satisfaction preset in fi, sv and en: the same, unanswered and with every question answered', () => {
    for (const preset of [fi, sv, en]) compare(presetFixture(preset));
  });
});

/** Every type on one page, with questions shown by the first box ticked and by how many are ticked. */
const CLICKED = {
  elements: [
    { type: 'rating', name: 'useful', rateMin: 0, rateMax: 4 },
    { type: 'checkbox', name: 'topics', choices: ['work', 'family', 'sleep'] },
    { type: 'text', name: 'meetings', inputType: 'number' },
    { type: 'boolean', name: 'again' },
    { type: 'comment', name: 'firstSleep', visibleIf: "{topics[0]} = 'sleep'" },
    { type: 'comment', name: 'fewTopics', visibleIf: '{topics.length} < 3' },
    { type: 'matrix', name: 'grid', rows: ['calm', 'heard'], columns: [1, 2] },
    { type: 'radiogroup', name: 'size', choices: [4, 8] },
  ],
};

describe('the element against survey-core, for the same clicks and typing', () => {
  it('sends what survey-core has as survey.data', async () => {
    const server = await scenario([201]);
    const survey = await fixture<VtSurvey>(html`<vt-survey lang="fi" layout="single-page" endpoint=${server.endpoint}
      allow-multiple .definition=${CLICKED}></vt-survey>`);
    const control = (selector: string) => {
      const found = survey.shadowRoot!.querySelector<HTMLElement>(selector);
      expect(found, `${selector} is shown`).to.not.equal(null);
      return found!;
    };
    const click = async (selector: string) => {
      control(selector).click();
      await survey.updateComplete;
    };
    const type = async (selector: string, text: string) => {
      control(selector).focus();
      await typeText(text);
      await survey.updateComplete;
    };

    const reference = new Model(CLICKED);
    const question = (name: string) => reference.getQuestionByName(name) as unknown as Record<string, never>;
    const choice = (name: string, at: number) => (question(name)['visibleChoices'] as unknown[])[at];
    const tick = (name: string, at: number, checked: boolean) =>
      (question(name)['clickItemHandler'] as (item: unknown, checked: boolean) => void).call(question(name), choice(name, at), checked);

    // The same steps on both: ours by clicks and keys, survey-core through what its UI calls.
    await click('#q0-3');
    (question('useful')['setValueFromClick'] as (value: number) => void).call(question('useful'), 3);
    await click('#q1-2');
    tick('topics', 2, true);
    await click('#q1-0');
    tick('topics', 0, true);
    await type('#q2', '6');
    Object.assign(question('meetings'), { value: '6' });
    await click('#q3-1');
    Object.assign(question('again'), { booleanValue: false });
    await type('#q4', 'Rest first');
    Object.assign(question('firstSleep'), { value: 'Rest first' });
    await type('#q5', 'Two');
    Object.assign(question('fewTopics'), { value: 'Two' });
    await click('#q6-r0-c1');
    await click('#q6-r1-c0');
    const rows = question('grid')['visibleRows'] as Array<{ value: unknown }>;
    rows[0]!.value = 2;
    rows[1]!.value = 1;
    await click('#q7-1');
    tick('size', 1, true);
    // A third topic hides fewTopics: its answer is not sent.
    await click('#q1-1');
    tick('topics', 1, true);

    const submitted = oneEvent(survey, 'vt-submitted');
    await click('[part="submit"]');
    await submitted;
    reference.doComplete();
    const [request] = await server.log();
    expect(request!.body.data['answers']).to.deep.equal(reference.data);
    expect(reference.data).to.have.property('firstSleep');
    expect(reference.data).to.not.have.property('fewTopics');
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { Model } from 'survey-core';
// survey-core's own texts in Finnish and Swedish: its validators' messages are ours too.
import 'survey-core/i18n/finnish';
import 'survey-core/i18n/swedish';
import '../../src/survey/define.js';
import { parseDefinition, textIn, type Choice, type ExpressionQuestion, type LocalizedText, type MatrixColumn, type Question, type SurveyModel, type ValidationError } from '../../src/survey/definition.js';
import { parseExpression, type AnswerValue, type Answers } from '../../src/survey/expression.js';
import { COMPUTE, answered, isEmptyAnswer, isRequired, problemOf, surveyResult, validationErrors } from '../../src/survey/logic.js';
import { visit } from '../../src/survey/triggers.js';
import { clearHidden, initialAnswers } from '../../src/survey/questions/extras.js';
import { Localizer } from '../../src/i18n/localize.js';
import { validatorText } from '../../src/i18n/survey-validators.js';
import * as fiTexts from '../../src/i18n/fi.js';
import * as svTexts from '../../src/i18n/sv.js';
import { questionNumbers, shownPages, startQuestions } from '../../src/survey/settings.js';
import { ordered } from '../../src/survey/questions/choice.js';
import { rankingChoices } from '../../src/survey/questions/ranking.js';
import { shown } from '../../src/survey/questions/expression.js';
import { cellProblems } from '../../src/survey/questions/matrices.js';
import { shownIn } from '../../src/survey/questions/paneldynamic.js';
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
  /**
   * Scripted visits, each a list of steps: answers given one by one (`{ "answer": { … } }`), `"next"` (the
   * Next button, or the Complete button where survey-core shows that instead) and `"previous"`; after
   * each step the current page, the button, the state and the values must be survey-core's.
   */
  runs?: Step[][];
}

type Step = 'next' | 'previous' | { answer: Answers };

/** What a survey does with one answer set, in a form both sides can produce. */
interface Outcome {
  /** Each visible page's visible questions, by name. */
  pages: string[][];
  /**
   * The errors on completing, each a question's: a validator's (or an email input's) message as shown,
   * the others with the definition's requiredErrorText (else `default`).
   */
  errors: Array<{ question: string; text: string }>;
  /** What is sent: survey-core's `survey.data` after completing. */
  result: Record<string, unknown>;
  /** The text shown after completing (completedHtml or completedHtmlOnCondition), tags dropped. */
  completed: string;
  /** What each visible expression question shows, before completing. */
  shown: Record<string, string>;
  /** The visible questions' numbers (showQuestionNumbers), by name; none when unnumbered. */
  numbers: Record<string, string>;
  /** The start page's visible questions, or null without a start page. */
  start: string[] | null;
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
  '46-ranking',
  '47-ranking-select-to-rank',
  '48-ranking-from-question',
  '49-tagbox',
  '50-image-imagepicker',
  '51-choice-data',
  '52-special-choices',
  '60-calculated-values',
  '61-expression-question',
  '62-default-value-expression',
  '63-set-and-reset-value',
  '64-completed-arithmetic',
  '65-functions-in-conditions',
  '66-dates',
  '70-validator-numeric',
  '71-validator-text',
  '72-validator-email',
  '73-validator-regex',
  '74-validator-expression',
  '75-validator-answercount',
  '76-date-min-max',
  '77-required-if',
  '78-check-errors-mode',
  '79-validators-together',
  '90-matrixdropdown',
  '91-matrixdynamic',
  '92-matrix-all-rows',
  '93-matrix-cell-visibleif',
  '94-matrix-number-range',
  '95-matrixdropdown-defaults',
  '96-matrixdropdown-choice-cells',
  '120-boolean-checkbox',
  '121-choice-visibleif',
  '122-hidden-choice-defaults',
  '123-imagepicker-choice-conditions',
  '124-ranking-choice-conditions',
  '100-panels',
  '101-shared-names',
  '102-question-states',
  '103-clear-on-hidden',
  '104-clear-on-hidden-container',
  '105-clear-none',
  '106-unknown-types',
  '107-piping',
  '108-quiz',
  '80-start-page',
  '81-single-page-numbers',
  '82-question-per-page',
  '83-question-numbers',
  '84-survey-texts-locale',
  '110-paneldynamic',
  '111-paneldynamic-required-other',
  '112-paneldynamic-counts',
  '113-paneldynamic-no-template',
  '215-time-limits',
  '230-matrix-expression-cells',
  '231-matrixdropdown-totals',
  '232-matrix-column-enable-required',
  '233-matrix-other-choice',
  '234-paneldynamic-template-panels',
  '200-trigger-setvalue',
  '201-trigger-copyvalue',
  '202-trigger-runexpression',
  '203-trigger-complete',
  '204-trigger-complete-on-next',
  '205-trigger-skip',
  '206-trigger-calculated',
  '207-trigger-old-form',
  '208-trigger-defaults',
  '209-trigger-question-per-page',
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
  // From the defaults, answered one by one as a person answers: what the survey computes follows each
  // answer (computed.ts); with clearInvisibleValues onHidden, an answer that hides a question clears it;
  // a ranking taking its choices from a question loses its order when that question changes.
  let answers: Answers = initialAnswers(survey);
  answers = COMPUTE.run?.(survey, answers) ?? answers;
  const questions = survey.pages.flatMap((page) => page.questions);
  const typed = new Set<string>();
  // The triggers run as the survey sets its defaults, and after each answer (the page does not matter here).
  const visitor = survey.triggers && visit(survey);
  if (visitor) answers = visitor.start(answers, typed, locale).answers;
  for (const [name, value] of Object.entries(answerSet)) {
    const before = answers;
    const question = questions.find((candidate) => candidate.name == name) ?? ({ name } as Question);
    answers = clearHidden(survey, before, answered(questions, answers, question, value));
    typed.add(name);
    answers = COMPUTE.run?.(survey, answers, before, typed, locale) ?? answers;
    if (visitor) answers = visitor.change(before, answers, question, undefined, typed, locale).answers;
  }
  // The pages a person steps through: after any start page, as questionsOnPageMode puts them.
  const pages = shownPages(survey, answers);
  const start = startQuestions(survey, answers);
  const shownNow = Object.fromEntries(
    pages
      .flat()
      .filter((question) => question.type == 'expression')
      .map((question) => [question.name, shown(question as ExpressionQuestion, answers[question.name], locale, (text) => textIn(text, locale))]),
  );
  return {
    shown: shownNow,
    // A paneldynamic's shown questions follow it, as `name[panel].question`.
    pages: pages.map((page) => page.flatMap((question) => [question.name, ...inPanels(question, answers).map(([name]) => name)])),
    start: start ? start.map((question) => question.name) : null,
    numbers: Object.fromEntries([...questionNumbers(survey, answers)].map(([question, number]) => [question.name, number])),
    // survey-core checks the start page on starting; on completing, the pages after it.
    errors: pages.flat().flatMap((question) => {
      const problem = problemOf(question, answers);
      // A matrix's first cell with a problem: its column's text for an empty required one, as survey-core shows it in the cell.
      const [, column, cellProblem] = problem == 'cells' || problem == 'cellRange' ? cellProblems(question as never, answers)[0]! : [];
      const editors = cellProblem ? cellProblem == 'required' && column!.requiredErrorText : problem == 'required' && question.requiredErrorText;
      return [
        // A paneldynamic's own error is only `required`; those of the questions in its panels are theirs.
        ...(problem && problem != 'panels' ? [{ question: question.name, text: editors ? textIn(editors, locale) : DEFAULT_TEXT }] : []),
        ...validationErrors(question, answers).map((error) => ({ question: question.name, text: validationText(error, locale) })),
        ...inPanels(question, answers)
          .filter(([, inner, panel]) => problemOf(inner, panel))
          .map(([name, inner]) => ({ question: name, text: inner.requiredErrorText ? textIn(inner.requiredErrorText, locale) : DEFAULT_TEXT })),
      ];
    }),
    result: surveyResult(survey, answers),
    // `{name}` replaced by the answers sent (and calculated values), as survey-core does once they are.
    completed: pipe!(
      textIn(
        survey.completedOnCondition?.find(({ condition }) => condition.evaluate(surveyResult(survey, answers, true)))?.text ?? survey.completedText,
        locale,
      ),
      {
        questions,
        shown: pages.flat(),
        answers: surveyResult(survey, answers, true) as Answers,
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

/** A validator's message as the element words it in `locale` (fi or sv); survey-core has none for a regex. */
function validationText({ key, params, text }: ValidationError, locale: string): string {
  const texts = new Localizer(locale as 'fi' | 'sv', (locale == 'sv' ? svTexts : fiTexts).survey);
  return textIn(text, locale) || (key == 'invalidFormat' ? DEFAULT_TEXT : validatorText(texts as never, key, params));
}

/** A paneldynamic's questions shown in each of its panels: `name[panel].question`, the question, the panel's answers. */
function inPanels(question: Question, answers: Answers): Array<[string, Question, Answers]> {
  const panels = answers[question.name];
  if (question.type != 'paneldynamic' || !Array.isArray(panels)) return [];
  return (panels as unknown as Answers[]).flatMap((panel, at) =>
    shownIn(question, answers, panel as never).map((inner): [string, Question, Answers] => [`${question.name}[${at}].${inner.name}`, inner, panel]),
  );
}

const describeChoices = (choices: Choice[], locale: string) =>
  choices.map((choice) => [choice.value, textIn(choice.text, locale)]);

/** In the element's order; a random one as a sorted list, compared with survey-core's sorted too. */
const describeOrdered = (question: { choices: Choice[]; choicesOrder?: string }, locale: string) => {
  // Unanswered, as survey-core's model is loaded: the choices their visibleIf shows then.
  const shown = ordered(question, (choice) => textIn(choice.text, locale)).filter((choice) => !choice.visibleIf || choice.visibleIf.evaluate({}));
  const described = describeChoices(shown, locale);
  return question.choicesOrder == 'random' ? described.sort(byJson) : described;
};
const byJson = (a: unknown, b: unknown) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);

function ourOffers(definition: unknown, locale: string): Offers {
  const offers: Offers = {};
  for (const question of parse(definition).pages.flatMap((page) => page.questions)) {
    // survey-core's isRequired as loaded: `requiredIf` for no answers.
    const base = { type: question.type, isRequired: isRequired(question, {}) };
    switch (question.type) {
      case 'rating':
        offers[question.name] = { ...base, values: describeChoices(question.values, locale) };
        break;
      case 'radiogroup':
      case 'dropdown':
        offers[question.name] = { ...base, values: describeOrdered(question, locale), other: !!question.showOtherItem, ...ourSpecials(question, locale) };
        break;
      case 'checkbox':
      case 'tagbox':
        offers[question.name] = {
          ...base,
          values: describeOrdered(question, locale),
          max: question.maxSelectedChoices ?? 0,
          other: !!question.showOtherItem,
          ...ourSpecials(question, locale),
        };
        break;
      case 'ranking': {
        // Before anything is answered: a ranking from another question's chosen choices has none yet.
        const values = describeChoices(rankingChoices(question, {}, (choice) => textIn(choice.text, locale)), locale);
        offers[question.name] = { ...base, values: question.choicesOrder == 'random' ? values.sort(byJson) : values, selectToRank: !!question.selectToRankEnabled };
        break;
      }
      case 'imagepicker':
        offers[question.name] = {
          ...base,
          values: describeOrdered(question, locale),
          images: ordered(question, (choice) => textIn(choice.text, locale))
            .filter((choice) => !choice.visibleIf || choice.visibleIf.evaluate({}))
            .map((choice) => textIn(choice.imageLink, locale)),
          multiSelect: !!question.multiSelect,
        };
        break;
      case 'image':
        offers[question.name] = { ...base, imageLink: textIn(question.imageLink, locale), altText: textIn(question.altText, locale) };
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
      case 'boolean':
        // One checkbox, and the label it shows beside the box (absent: the title).
        offers[question.name] = { ...base, checkbox: question.renderAs == 'checkbox', label: textIn(question.label, locale) };
        break;
      case 'multipletext':
        offers[question.name] = { ...base, items: question.items.map((item) => [item.name, textIn(item.title, locale), item.inputType]) };
        break;
      case 'matrixdropdown':
      case 'matrixdynamic': {
        // Each column: name, title, the cell's type and the values its control offers.
        const columns = question.columns.map((column) => {
          const type = cellTypeOf(question, column);
          const values = type == 'rating' ? column.values : ['dropdown', 'checkbox', 'radiogroup'].includes(type) ? (column.choices ?? question.choices ?? []) : undefined;
          const inputType = column.inputType ?? (type == 'text' ? 'text' : undefined);
          const other = ['dropdown', 'checkbox', 'radiogroup'].includes(type) && !!column.showOtherItem;
          return [column.name, textIn(column.title, locale), type, column.isRequired, values && describeChoices(values, locale), inputType, column.min, column.max, other];
        });
        offers[question.name] =
          question.type == 'matrixdropdown'
            ? { ...base, rows: describeChoices(question.rows, locale), columns }
            : {
                ...base,
                columns,
                rowCount: question.rowCount ?? 2,
                minRowCount: question.minRowCount ?? 0,
                maxRowCount: question.maxRowCount ?? 1000,
                allowAddRows: question.allowAddRows ?? true,
                allowRemoveRows: question.allowRemoveRows ?? true,
              };
        break;
      }
      default:
        offers[question.name] = base;
    }
  }
  return offers;
}

const cellTypeOf = (question: { cellType?: string }, column: MatrixColumn) => column.cellType ?? question.cellType ?? 'dropdown';

// ---- the reference: survey-core ----

interface CoreItem {
  value: string | number;
  text: string;
}
interface CoreError {
  text: string;
  getText(): string;
  getErrorType(): string;
}
interface CoreQuestion {
  name: string;
  renderAs?: string;
  label?: string;
  getType(): string;
  isRequired: boolean;
  isVisible: boolean;
  isVisibleInSurvey: boolean;
  isParentVisible: boolean;
  value: unknown;
  errors: CoreError[];
  requiredErrorText: string;
  visibleRateValues?: CoreItem[];
  visibleChoices?: CoreItem[];
  otherItem?: CoreItem;
  noneItem?: CoreItem;
  refuseItem?: CoreItem;
  dontKnowItem?: CoreItem;
  selectAllItem?: CoreItem;
  items?: Array<{ name: string; title: string; inputType: string }>;
  choicesOrder?: string;
  showOtherItem?: boolean;
  rows?: CoreItem[];
  columns?: CoreItem[];
  matrixColumns?: Array<{ name: string; title: string; isRequired: boolean; visible: boolean }>;
  visibleRows?: Array<{ cells: CoreCell[] }>;
  rowCount?: number;
  minRowCount?: number;
  maxRowCount?: number;
  allowAddRows?: boolean;
  allowRemoveRows?: boolean;
  addRow?(): void;
  maxSelectedChoices?: number;
  selectToRankEnabled?: boolean;
  multiSelect?: boolean;
  imageLink?: string;
  altText?: string;
  inputType?: string;
  min?: unknown;
  max?: unknown;
  getMaxLength?(): number | null;
  panels?: Array<{ questions: CoreQuestion[] }>;
}

/** A matrixdropdown's or matrixdynamic's cell: its column and the question in it. */
interface CoreCell {
  column: { name: string; requiredErrorText: string };
  question: CoreQuestion;
}

function referenceModel(definition: unknown, locale: string): Model {
  const survey = new Model(definition);
  survey.locale = locale;
  return survey;
}

const questionsOf = (survey: Model) => survey.getAllQuestions() as unknown as CoreQuestion[];

function reference(definition: unknown, answerSet: Answers, locale: string): Outcome {
  const survey = referenceModel(definition, locale);
  // A matrix's rows are built as its UI renders it, before anything is answered: only then does survey-core
  // compute its expression cells (and the totals of them) as each answer comes.
  for (const question of questionsOf(survey)) void question.visibleRows;
  // Through each question's value, as its UI sets it, in the order the person answered; what is typed
  // for "other" through the question's comment box.
  for (const [name, value] of Object.entries(answerSet)) {
    if (name.endsWith('-Comment')) (survey.getQuestionByName(name.slice(0, -8)) as unknown as { comment: unknown }).comment = value;
    else (survey.getQuestionByName(name) as unknown as CoreQuestion).value = value;
  }
  // Visible in the survey: its own visibleIf holds and so does every panel's it is in; in singlePage mode
  // survey-core holds each page as a container on one page, and a hidden one hides its questions.
  const visible = (page: { questions: unknown }) =>
    (page.questions as CoreQuestion[])
      .filter((question) => question.isVisibleInSurvey && question.isParentVisible)
      .flatMap((question) => [question.name, ...coreInPanels(question).filter(([, inner]) => inner.isVisible && inner.isParentVisible).map(([name]) => name)]);
  let pages = survey.visiblePages.map(visible);
  // survey-core 2 keeps its pages for questionPerPage and steps through them one question at a time.
  if (survey.questionsOnPageMode == 'questionPerPage') pages = pages.flat().map((name) => [name]);
  const start = survey.isShowStartingPage ? visible(survey.pages[0]!) : null;
  const numbers = Object.fromEntries(
    questionsOf(survey)
      .filter((question) => question.isVisible && question.isParentVisible && (question as unknown as { no: string }).no)
      .map((question) => [question.name, (question as unknown as { no: string }).no]),
  );
  const shown = Object.fromEntries(
    (survey.visiblePages.flatMap((page) => page.questions) as unknown as Array<CoreQuestion & { displayValue: string }>)
      .filter((question) => question.isVisible && question.getType() == 'expression')
      .map((question) => [question.name, question.displayValue]),
  );
  survey.validate(true, false);
  // A matrix's own errors, else the first error in its cells (a required column's); a validator's with its text.
  const cellWithError = (question: CoreQuestion) =>
    (question.visibleRows ?? []).flatMap((row) => row.cells ?? []).find((cell) => cell.question?.errors.length);
  const errors = questionsOf(survey).flatMap((question) => {
    // A paneldynamic's questions' errors, in each of its panels.
    const inner = coreInPanels(question)
      .filter(([, asked]) => asked.errors.length)
      .map(([name, asked]) => ({ question: name, text: asked.requiredErrorText ? asked.errors[0]!.text : DEFAULT_TEXT }));
    const cell = question.errors.length ? undefined : cellWithError(question);
    if (cell) {
      const [error] = cell.question.errors as unknown as CoreError[];
      return [{ question: question.name, text: cell.column.requiredErrorText && error!.getErrorType() == 'required' ? error!.text : DEFAULT_TEXT }, ...inner];
    }
    // Our problem is one a question (its first, as survey-core lists them), beside every validator's error.
    const all = question.errors as CoreError[];
    const own = all.filter((error) => !isValidation(question, error as never)).slice(0, 1);
    return [...own, ...all.filter((error) => isValidation(question, error as never))].map((error) => ({
      question: question.name,
      text: isValidation(question, error as never)
        ? (error as unknown as { getText(): string }).getText() || DEFAULT_TEXT
        : question.requiredErrorText && error.getErrorType() == 'required'
          ? error.text
          : DEFAULT_TEXT,
    })).concat(inner);
  });
  // Completing applies clearInvisibleValues (default "onComplete"): hidden questions' answers go.
  survey.doComplete();
  const completed = (survey as unknown as { processedCompletedHtml: string }).processedCompletedHtml;
  return { pages, start, numbers, errors, result: survey.data as Record<string, unknown>, completed: plain(completed), shown };
}

/**
 * An error from a validator (which marks it with its notificationType), or an email input's own check,
 * the one error of its kind such an input has.
 */
const isValidation = (question: CoreQuestion, error: CoreError) =>
  (error as unknown as { notificationTypeValue?: string }).notificationTypeValue !== undefined ||
  (question.inputType == 'email' && error.getErrorType() == 'custom');

/** A paneldynamic's questions in each of its panels, named as `inPanels` names them. */
const coreInPanels = (question: CoreQuestion): Array<[string, CoreQuestion]> =>
  question.getType() == 'paneldynamic'
    ? question.panels!.flatMap((panel, at) => panel.questions.map((inner): [string, CoreQuestion] => [`${question.name}[${at}].${inner.name}`, inner]))
    : [];

const describeItems = (items: CoreItem[] = []) => items.map((item) => [item.value, item.text]);
// The special choices apart, as flags: their default texts are survey-core's own (ours differ on purpose).
const choicesOf = (question: CoreQuestion) =>
  question.visibleChoices?.filter(
    (item) => ![question.otherItem, question.noneItem, question.refuseItem, question.dontKnowItem, question.selectAllItem].includes(item),
  );
/** Which special choices a question offers (select-all on a checkbox or tagbox), with the texts the definition gives them. */
const SPECIALS = [
  ['showNoneItem', 'noneText', 'noneItem'],
  ['showRefuseItem', 'refuseText', 'refuseItem'],
  ['showDontKnowItem', 'dontKnowText', 'dontKnowItem'],
  ['showSelectAllItem', 'selectAllText', 'selectAllItem'],
] as const;
const coreSpecials = (question: CoreQuestion) =>
  Object.fromEntries(
    SPECIALS.map(([flag, text, item]) => {
      const shown = !!(question as unknown as Record<string, unknown>)[flag] && (flag != 'showSelectAllItem' || ['checkbox', 'tagbox'].includes(question.getType()));
      const given = (question as unknown as Record<string, { localizableStrings?: unknown }>)[`loc${text[0]!.toUpperCase()}${text.slice(1)}`];
      return [flag, shown ? (given && !(given as unknown as { isEmpty: boolean }).isEmpty ? question[item]!.text : true) : false];
    }),
  );
const ourSpecials = (question: Question, locale: string) =>
  Object.fromEntries(
    SPECIALS.map(([flag, text]) => {
      const own = question as unknown as Record<string, unknown>;
      const shown = !!own[flag] && (flag != 'showSelectAllItem' || ['checkbox', 'tagbox'].includes(question.type));
      return [flag, shown ? (own[text] !== undefined ? textIn(own[text] as LocalizedText, locale) : true) : false];
    }),
  );
const describeCore = (question: CoreQuestion) => {
  const described = describeItems(choicesOf(question));
  return question.choicesOrder == 'random' ? described.sort(byJson) : described;
};

const numeric = (question: CoreQuestion) => question.inputType == 'number' || question.inputType == 'range';

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
        offers[question.name] = { ...base, values: describeCore(question), other: !!question.showOtherItem, ...coreSpecials(question) };
        break;
      case 'checkbox':
      case 'tagbox':
        offers[question.name] = {
          ...base,
          values: describeCore(question),
          max: question.maxSelectedChoices,
          other: !!question.showOtherItem,
          ...coreSpecials(question),
        };
        break;
      case 'ranking':
        offers[question.name] = { ...base, values: describeCore(question), selectToRank: !!question.selectToRankEnabled };
        break;
      case 'imagepicker':
        offers[question.name] = {
          ...base,
          values: describeCore(question),
          images: question.visibleChoices!.map((choice) => (choice as CoreItem & { imageLink?: string }).imageLink ?? ''),
          multiSelect: !!question.multiSelect,
        };
        break;
      case 'image':
        offers[question.name] = { ...base, imageLink: question.imageLink ?? '', altText: question.altText ?? '' };
        break;
      case 'matrix':
        offers[question.name] = { ...base, rows: describeItems(question.rows), columns: describeItems(question.columns) };
        break;
      case 'text':
        offers[question.name] = {
          ...base,
          inputType: question.inputType,
          maxLength: Math.max(question.getMaxLength!() ?? 0, 0),
          // survey-core keeps min and max as given; ours are read as numbers for a number.
          min: question.min === undefined || !numeric(question) ? question.min : Number(question.min),
          max: question.max === undefined || !numeric(question) ? question.max : Number(question.max),
        };
        break;
      case 'comment':
        offers[question.name] = { ...base, maxLength: Math.max(question.getMaxLength!() ?? 0, 0) };
        break;
      case 'boolean':
        offers[question.name] = { ...base, checkbox: question.renderAs == 'checkbox', label: question.label ?? '' };
        break;
      case 'multipletext':
        offers[question.name] = { ...base, items: question.items!.map((item) => [item.name, item.title, item.inputType]) };
        break;
      case 'matrixdropdown':
      case 'matrixdynamic': {
        // What a cell offers, read from the first row's cells (a row added when there is none).
        const dynamic = question.getType() == 'matrixdynamic';
        const limits = dynamic
          ? {
              rowCount: question.rowCount,
              minRowCount: question.minRowCount,
              maxRowCount: question.maxRowCount,
              allowAddRows: question.allowAddRows,
              allowRemoveRows: question.allowRemoveRows,
            }
          : {};
        if (!question.visibleRows!.length) question.addRow!();
        const cells = question.visibleRows![0]!.cells;
        // Every column but those with visible: false (one whose cells a visibleIf hides is still there).
        const matrixColumns = question.columns as unknown as NonNullable<CoreQuestion['matrixColumns']>;
        const columns = matrixColumns.filter((column) => column.visible).map((column) => {
          const cell = cells.find((each) => each.column.name == column.name)!.question;
          const type = cell.getType();
          const values =
            type == 'rating' ? describeItems(cell.visibleRateValues) : ['dropdown', 'checkbox', 'radiogroup'].includes(type) ? describeItems(choicesOf(cell)) : undefined;
          // survey-core keeps min and max as given; ours are read as numbers.
          const bound = (value: unknown) => (value === undefined ? undefined : Number(value));
          return [column.name, column.title, type, column.isRequired, values, cell.inputType, bound(cell.min), bound(cell.max), !!cell.showOtherItem];
        });
        offers[question.name] = dynamic ? { ...base, columns, ...limits } : { ...base, rows: describeItems(question.rows), columns };
        break;
      }
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
    const offered = named.some((question) => answerable(question, value, answers));
    expect(offered, `${name}: ${JSON.stringify(value)} is not an answer the survey offers`).to.equal(true);
  }
}

function answerable(question: Question, value: AnswerValue, answers: Answers): boolean {
  const own = question as unknown as Record<string, unknown>;
  const special = (item: unknown) =>
    (!!own['showNoneItem'] && item === 'none') || (!!own['showRefuseItem'] && item === 'refused') || (!!own['showDontKnowItem'] && item === 'dontknow');
  const offered = (choices: Choice[], item: unknown) =>
    choices.some((choice) => choice.value === item) ||
    ('showOtherItem' in question && !!question.showOtherItem && item === 'other') ||
    special(item);
  // A special choice is alone in a checkbox's answer: ticking it unticks the rest.
  const alone = (list: unknown[]) => list.length == 1 || !list.some(special);
  switch (question.type) {
    case 'rating':
      return offered(question.values, value);
    case 'radiogroup':
    case 'dropdown':
      return offered(question.choices, value);
    case 'ranking': {
      // Every choice in an order, or with select-to-rank as many as may be ranked.
      const choices = rankingChoices(question, answers, String);
      const limit = question.selectToRankEnabled ? (question.maxSelectedChoices ?? Infinity) : choices.length;
      // Nothing moves in a ranking of one choice.
      return (
        Array.isArray(value) &&
        new Set(value).size === value.length &&
        (question.selectToRankEnabled || (value.length == choices.length && value.length > 1)) &&
        value.length <= limit &&
        value.every((item) => choices.some((choice) => choice.value === item))
      );
    }
    case 'imagepicker':
      return question.multiSelect
        ? Array.isArray(value) && new Set(value).size === value.length && value.every((item) => offered(question.choices, item))
        : offered(question.choices, value);
    case 'checkbox':
    case 'tagbox':
      return (
        Array.isArray(value) &&
        alone(value) &&
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
    case 'matrixdropdown':
      return (
        isPlainObject(value) &&
        Object.entries(value).every(([row, cells]) => question.rows.some((each) => String(each.value) === row) && answerableRow(question, cells, false))
      );
    case 'matrixdynamic':
      // A list of rows, with a value in at least one: the element sends none while every row is empty.
      return (
        Array.isArray(value) &&
        value.length <= (question.maxRowCount ?? 1000) &&
        (value as unknown[]).every((cells) => answerableRow(question, cells, true)) &&
        (value as unknown as object[]).some((cells) => Object.keys(cells).length)
      );
    case 'html':
    case 'expression':
    case 'image':
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
                name == `${inner.name}-Comment` ? 'showOtherItem' in inner && !!inner.showOtherItem && typeof answer == 'string' : inner.name == name && answerable(inner, answer as AnswerValue, panel as Answers),
              ),
            ),
        )
      );
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value == 'object' && value !== null && !Array.isArray(value);

/** A row's cells as the element records them: no empty cell (survey-core drops one of spaces too), and no empty row unless `mayBeEmpty`. */
function answerableRow(question: Extract<Question, { type: 'matrixdropdown' | 'matrixdynamic' }>, cells: unknown, mayBeEmpty: boolean): boolean {
  if (!isPlainObject(cells) || (!mayBeEmpty && !Object.keys(cells).length)) return false;
  return Object.entries(cells).every(([name, value]) => {
    // What is typed for a column's "other" choice, beside it.
    const other = question.columns.find((each) => `${each.name}-Comment` === name);
    if (other) return !!other.showOtherItem && typeof value == 'string';
    const column = question.columns.find((each) => each.name === name);
    if (!column) return false;
    if (column.showOtherItem && (value === 'other' || (Array.isArray(value) && value.includes('other')))) {
      const rest = Array.isArray(value) ? value.filter((item) => item !== 'other') : [];
      return !rest.length || answerableRow(question, { [name]: rest }, false);
    }
    const type = cellTypeOf(question, column);
    const choices = (column.choices ?? question.choices ?? []).map((choice) => choice.value);
    switch (type) {
      case 'text':
      case 'comment':
        return column.inputType == 'number' ? typeof value == 'number' : typeof value == 'string' && !!value.trim();
      case 'boolean':
        return typeof value == 'boolean';
      case 'rating':
        return column.values.some((each) => each.value === value);
      case 'checkbox':
        return Array.isArray(value) && value.length > 0 && value.every((item) => choices.includes(item as string));
      default:
        return choices.includes(value as string);
    }
  });
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

// ---- scripted visits: pages, buttons and completing ----

/** Where a visit is after a step. */
interface Snapshot {
  completed: boolean;
  /** The current page's visible questions; none once completed. */
  page: string[];
  /** What the navigation offers: `next`, or `complete` (the last page, or a complete trigger that holds). */
  button: string;
  /** Each visible question's value that is not empty, while running. */
  values: Record<string, unknown>;
  /** The variables triggers set (`isVariable`). */
  variables: Record<string, unknown>;
  /** survey.data once completed. */
  data?: Record<string, unknown>;
}

const triggerVariables = (definition: unknown) =>
  (((definition as { triggers?: Array<{ isVariable?: boolean; setToName?: string }> }).triggers) ?? []).flatMap(({ isVariable, setToName }) => (isVariable && setToName ? [setToName] : []));

/** Our survey through the steps, as the element moves through it (survey.ts `#onSubmit`, `#trigger`). */
function ourRun(definition: unknown, steps: Step[], locale: string): Snapshot[] {
  const survey = parse(definition);
  const questions = survey.pages.flatMap((page) => page.questions);
  let answers: Answers = initialAnswers(survey);
  answers = COMPUTE.run?.(survey, answers) ?? answers;
  const typed = new Set<string>();
  const visitor = survey.triggers && visit(survey);
  let pageIndex = 0;
  let completed = false;
  const now = () => {
    const pages = shownPages(survey, answers);
    const index = Math.max(Math.min(pageIndex, pages.length - 1), 0);
    const shown = pages[index] ?? [];
    return { pages, index, shown };
  };
  /** Where a skip goes: the shown page holding its question. */
  const skip = (target: Question | undefined) => {
    const index = target ? shownPages(survey, answers).findIndex((shownPage) => shownPage.includes(target)) : -1;
    if (index > -1) pageIndex = index;
  };
  if (visitor) {
    const outcome = visitor.start(answers, typed, locale);
    answers = outcome.answers;
    skip(outcome.skipTo);
  }
  return steps.map((step) => {
    if (completed) throw new Error('a step after completing');
    const { pages, index, shown } = now();
    if (step == 'previous') {
      // Back from the page a skip went to: to where it went from, while that page shows.
      const from = visitor && visitor.back(shown[0]);
      const back = from ? pages.findIndex((shownPage) => shownPage.some((question) => from.questions.includes(question))) : -1;
      pageIndex = back > -1 ? back : Math.max(index - 1, 0);
    }
    else if (step == 'next') {
      const hasError = shown.some((question) => problemOf(question, answers) || validationErrors(question, answers).length);
      if (!hasError) {
        const last = index == pages.length - 1 || (visitor && visitor.sends(shown[0]));
        if (last || (visitor && visitor.completes(answers, shown, survey.questionsOnPageMode == 'questionPerPage'))) completed = true;
        else pageIndex = index + 1;
      }
    } else {
      for (const [name, value] of Object.entries(step.answer)) {
        const before = answers;
        const question = questions.find((candidate) => candidate.name == name)!;
        answers = clearHidden(survey, before, answered(questions, answers, question, value));
        typed.add(name);
        answers = COMPUTE.run?.(survey, answers, before, typed, locale) ?? answers;
        const outcome = visitor ? visitor.change(before, answers, question, now().shown[0], typed, locale) : { answers };
        answers = outcome.answers;
        skip(outcome.skipTo);
      }
    }
    const after = now();
    const visible = after.pages.flat();
    return {
      completed,
      page: completed ? [] : after.shown.map(({ name }) => name),
      button: completed ? '' : after.index == after.pages.length - 1 || (visitor && visitor.sends(after.shown[0])) ? 'complete' : 'next',
      values: completed ? {} : Object.fromEntries(visible.filter(({ name }) => !isEmptyAnswer(answers[name])).map(({ name }) => [name, answers[name]])),
      variables: Object.fromEntries(triggerVariables(definition).map((name) => [name, answers[name] ?? null])),
      ...(completed && { data: surveyResult(survey, answers) }),
    };
  });
}

/** survey-core through the same steps: answers through each question's value, its own Next and Complete. */
function referenceRun(definition: unknown, steps: Step[], locale: string): Snapshot[] {
  const survey = referenceModel(definition, locale) as Model & Record<string, unknown>;
  return steps.map((step) => {
    if (step == 'previous') survey.prevPage();
    else if (step == 'next') {
      if (survey['isCompleteButtonVisible']) survey.completeLastPage();
      else survey.nextPage();
    } else {
      for (const [name, value] of Object.entries(step.answer)) (survey.getQuestionByName(name) as unknown as CoreQuestion).value = value;
    }
    const completed = survey.state == 'completed';
    const visible = survey.visiblePages.flatMap((page) => page.questions as unknown as CoreQuestion[]).filter((question) => question.isVisible && question.isParentVisible);
    return {
      completed,
      // With one question a page, survey-core keeps its pages and steps through their questions.
      page: completed
        ? []
        : survey['currentSingleElement']
          ? [(survey['currentSingleElement'] as unknown as CoreQuestion).name]
          : (survey.currentPage.questions as unknown as CoreQuestion[]).filter((question) => question.isVisible && question.isParentVisible).map(({ name }) => name),
      button: completed ? '' : survey['isCompleteButtonVisible'] ? 'complete' : 'next',
      values: completed ? {} : Object.fromEntries(visible.filter(({ value }) => !isEmptyAnswer(value as AnswerValue)).map(({ name, value }) => [name, value])),
      variables: Object.fromEntries(triggerVariables(definition).map((name) => [name, survey.getVariable(name) ?? null])),
      ...(completed && { data: survey.data as Record<string, unknown> }),
    };
  });
}

/** Each scripted visit of a fixture, step by step. */
function compareRuns(fixture: Fixture): void {
  (fixture.runs ?? []).forEach((steps, run) => {
    for (const locale of LOCALES) {
      const expected = referenceRun(fixture.definition, steps, locale);
      const actual = ourRun(fixture.definition, steps, locale);
      steps.forEach((step, at) => {
        expect(actual[at], `visit ${run + 1}, after step ${at + 1} ${JSON.stringify(step)} (${locale})`).to.deep.equal(expected[at]);
      });
    }
  });
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
      // A copy: survey-core may change the rows it is given in place (clearing a hidden matrix's on completing).
      const expected = reference(fixture.definition, structuredClone(answers), locale);
      const actual = ours(fixture.definition, answers, locale);
      expect(actual.pages, `${label}: visible questions by page (${locale})`).to.deep.equal(expected.pages);
      expect(actual.start, `${label}: the start page's questions (${locale})`).to.deep.equal(expected.start);
      expect(actual.numbers, `${label}: question numbers (${locale})`).to.deep.equal(expected.numbers);
      expect(actual.errors, `${label}: required errors (${locale})`).to.deep.equal(expected.errors);
      expect(actual.result, `${label}: result (${locale})`).to.deep.equal(expected.result);
      expect(actual.shown, `${label}: what expression questions show (${locale})`).to.deep.equal(expected.shown);
      // survey-core's own thanks differ from ours on purpose: compared where the definition words them.
      const definition = fixture.definition as Record<string, unknown>;
      if (definition['completedHtml'] || definition['completedHtmlOnCondition']) {
        expect(actual.completed, `${label}: text after completing (${locale})`).to.equal(expected.completed);
      }
    }
  });
  if ((fixture.definition as Record<string, unknown>)['locale']) compareLocale(survey, fixture.definition);
  compareRuns(fixture);
}

const SURVEY_TEXTS = ['title', 'startSurveyText', 'pageNextText', 'pagePrevText', 'completeText'] as const;

/**
 * The definition's `locale`: survey-core shows its texts in it unless told otherwise; the element, on a
 * page whose language a text lacks (Finnish here), shows the same. Where the definition gives no text at
 * all, survey-core's own default wording is not compared (ours differs on purpose).
 */
function compareLocale(survey: SurveyModel, definition: unknown): void {
  const core = new Model(definition);
  const given = definition as Record<string, unknown>;
  for (const name of SURVEY_TEXTS) {
    if (!given[name]) continue;
    expect(textIn(survey[name], 'fi', survey.locale), `${name} in the definition's language`).to.equal(core[name]);
  }
  for (const question of questionsOf(core)) {
    const ours = survey.pages.flatMap((page) => page.questions).find((each) => each.name == question.name)!;
    expect(textIn(ours.title, 'fi', survey.locale), `${question.name}'s title in the definition's language`).to.equal(
      (question as unknown as { title: string }).title,
    );
  }
}

describe('surveys against survey-core (differential)', () => {
  it('has a corpus of at least 30 definitions', () => {
    expect(FIXTURES.length).to.be.at.least(30);
  });

  for (const name of FIXTURES) {
    it(`${name}: the same questions and values, and for each answer set the same visible questions, required errors and result`, async function () {
      // survey-core builds a question for every cell of a matrix: each model of one takes a while, in WebKit most.
      this.timeout(30_000);
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

/**
 * Survey definitions: a strict subset of the SurveyJS JSON format (docs/survey-format.md) and the
 * checker that names every problem in one, so the page editor sees the whole list at once. A
 * definition with any error gives no model at all (never half a survey). Pure: no DOM, no rendering.
 *
 * Every page reads its definition with the fast pass in read-definition.ts, which shares this file's
 * tables but not its list of presentation-only properties: it accepts what this checker accepts without
 * ignoring anything, and rejects the rest. The element fetches this file (a chunk of its own,
 * docs/performance-budget.md) only when the fast pass rejects a definition; when this checker then
 * accepts it (it only had presentation-only properties), the survey is shown from this model.
 */
import type { AnswerValue } from './expression.js';
import { KINDS, TRIGGERS } from './questions/registry.js';
import { readValidators } from './validators.js';
import {
  ALIASES,
  BOUNDED,
  CALCULATED,
  CHECK_ERRORS_MODES,
  CLEAR_MODES,
  INPUT_TYPES,
  NOT_IN_TEMPLATE,
  PAGE,
  PANEL,
  PANEL_STATES,
  QUESTION,
  SURVEY,
  TEXT_ITEM,
  TYPES,
  checkErrorsMode,
  isObject,
  isText,
  kinds,
  pageModel,
  panelModel,
  plainText,
  questionModel,
  referenced,
  textItem,
  type Worded,
} from './read-definition.js';
import { SURVEY_SETTINGS, surveySettings } from './settings.js';
import { PAGE_TIME_LIMIT, SURVEY_TIME_LIMIT, readTimeLimits } from './time-limit-read.js';

import { LINKS } from './questions/registry.js';

export { textIn } from './read-definition.js';

/**
 * Presentation-only properties: they change how SurveyJS lays a survey out, never what is asked or what
 * the answers are, so they are ignored (with one console warning from the element). Only this checker
 * knows them: the fast pass rejects them as it rejects any property it does not support, and the
 * element then shows the survey from this checker's model. Keep in step with docs/survey-format.md.
 */
export const PRESENTATION_ONLY = new Set(
  (
    // survey
    'logoWidth logoHeight logoFit logoPosition showTitle showPageTitles showPageNumbers ' +
    'questionTitleLocation questionDescriptionLocation questionErrorLocation ' +
    'questionTitlePattern requiredMark requiredText progressBarLocation progressBarType ' +
    'progressBarShowPageTitles progressBarShowPageNumbers progressBarInheritWidthFrom showTOC tocLocation ' +
    'showNavigationButtons navigationButtonsLocation navigationButtonsVisibility showPrevButton ' +
    'previewText editText completedBeforeHtml ' +
    'loadingHtml widthMode fitToContainer gridLayoutEnabled headerView backgroundImage ' +
    'backgroundImageFit backgroundImageAttachment backgroundOpacity showBrandInfo autoFocusFirstQuestion ' +
    'focusFirstQuestionAutomatic autoFocusFirstError focusOnFirstError autoGrowComment allowResizeComment ' +
    'commentAreaRows textUpdateMode validateVisitedEmptyFields autoAdvanceEnabled ' +
    'goNextPageAutomatic autoAdvanceAllowComplete allowCompleteSurveyAutomatic ' +
    // Where the time limits' countdown goes and which it shows: here always at the top, every limit that runs.
    'timerLocation timerInfoMode showTimerPanelMode ' +
    'showPreviewBeforeComplete previewMode $schema sjsVersion ' +
    // page
    'questionTitleWidth gridLayoutColumns navigationTitle navigationDescription ' +
    // question
    'width minWidth maxWidth colSpan startWithNewLine indent titleLocation descriptionLocation errorLocation ' +
    'innerIndent state renderAs colCount rows cols autoGrow allowResize ' +
    'inputSize size inputTextAlignment autocomplete autoComplete dataList rateType rateDisplayMode ' +
    'scaleColorMode rateColorMode displayRateDescriptionsAsExtremeItems rateDescriptionLocation displayMode ' +
    'itemComponent cellComponent swapOrder allowClear showClearButton separateSpecialChoices showHeader ' +
    'verticalAlign alternateRows columnMinWidth rowTitleWidth cells useDisplayValuesInDynamicTexts ' +
    'useDisplayValuesInTitle defaultDisplayValue ' +
    'noneText selectAllText refuseText dontKnowText selectToRankAreasLayout selectToRankSwapAreas ' +
    'selectToRankEmptyRankedAreaText selectToRankEmptyUnrankedAreaText longTap searchEnabled hideSelectedItems ' +
    'closeOnSelect searchMode textWrapEnabled imageFit imageHeight imageWidth showLabel ' +
    // matrix column
    'totalAlignment'
  ).split(' '),
);

/**
 * What a choice may have besides `value`, `text` and `imageLink` that would change what is asked: refused.
 * Anything else on a choice (`score`, …) is data kept with it and never shown, with a note.
 */
const CHOICE_BEHAVIOUR = 'showCommentArea isCommentRequired commentPlaceholder isExclusive elements randomize randomizeCategory'.split(' ');

/** survey-core reads these on every question with choices, though only a ranking reads them here yet: on another, not supported (never "another type's", ignored). */
const EVERY_CHOICE_QUESTION = ['choicesFromQuestion', 'choicesFromQuestionMode', 'minSelectedChoices'];
/** Why some SurveyJS features are refused for good, not only "not yet": the editor's message says so. */
const REFUSED: Record<string, string> = {
  file: ": it would upload files, which hold personal data, from the person's browser",
  signaturepad: ': a signature is personal data that this survey does not collect',
  choicesByUrl: "is not supported: it would make a request to a third party from the person's browser; list the choices in the definition",
};

/** The element types survey-core 2.5 knows (test/survey/definition.test.ts holds this to its own list). */
export const SURVEY_CORE_TYPES = (
  'boolean checkbox comment dropdown expression file html image imagepicker matrix matrixdropdown matrixdynamic ' +
  'multipletext panel paneldynamic radiogroup ranking rating signaturepad slider tagbox text'
).split(' ');

/** A text in one language, or in several as SurveyJS writes them: `{ "default": …, "fi": …, "sv": … }`. */
export type LocalizedText = string | { readonly [locale: string]: string };

export type Answers = Readonly<Record<string, unknown>>;

/**
 * A parsed expression: what `expression.ts` gives. `evaluate` says whether it holds, `value` is what it
 * computes (with functions that read the survey given a `context`: functions.ts `SurveyContext`);
 * `questions` are the names it reads.
 */
export interface Condition {
  evaluate(answers: Answers, context?: unknown): boolean;
  value(answers: Answers, context?: unknown): unknown;
  questions: string[];
  /** Whether it calls a function, which may read more than `questions`. */
  calls?: boolean;
}

export interface DefinitionOptions {
  /** Parses a `visibleIf`; throws (an `ExpressionError`) when it cannot. */
  parseExpression(source: string): Condition;
}

/** A choice, rating value, matrix row or column. Text defaults to the value, as in SurveyJS. */
export interface Choice {
  value: string | number;
  text: LocalizedText;
  /** An `imagepicker` choice's picture. Other data the editor keeps on a choice (`score`, …) is kept as written, never shown. */
  imageLink?: LocalizedText;
  /** Offered only while this holds; a chosen value whose choice hides is dropped, as survey-core drops it. */
  visibleIf?: Condition;
  /** Can be chosen only while this holds (a disabled native control); a value already chosen stays. */
  enableIf?: Condition;
}

interface QuestionBase {
  name: string;
  /** The name when the definition has no title, as in SurveyJS. */
  title: LocalizedText;
  description?: LocalizedText;
  isRequired: boolean;
  requiredErrorText?: LocalizedText;
  /** `false` hides it whatever its `visibleIf` says. */
  visible?: boolean;
  visibleIf?: Condition;
  /** Shown, and its answer sent, but not to be changed: always (`readOnly`) or while `enableIf` does not hold. */
  readOnly?: boolean;
  enableIf?: Condition;
  /** The answer it starts with (logic.ts `initialAnswers`). */
  defaultValue?: AnswerValue | null;
  /** A quiz's right answer: counted in `{correctAnswers}` of `completedHtml` (piping.ts), never shown or sent. */
  correctAnswer?: AnswerValue | null;
  /** A comment box under the question (`hasComment`): what is typed goes in the answers as `<name>-Comment`. */
  showCommentArea?: boolean;
  commentText?: LocalizedText;
  commentPlaceholder?: LocalizedText;
  /** Computed values (computed.ts): the answer until the person gives one, and when to set or clear it. */
  defaultValueExpression?: Condition;
  setValueExpression?: Condition;
  setValueIf?: Condition;
  resetValueIf?: Condition;
  /** While it holds, the question is required (and `isRequired` is not read), as in survey-core. */
  requiredIf?: Condition;
  /** survey-core's validators (validators.ts), asked once the question has no other error. */
  validators?: Validator[];
  /** `hideNumber: true` or `showNumber: false`: no number in the title, and none counted for it. */
  hideNumber?: boolean;
  showNumber?: boolean;
}

/** One of a question's `validators`: its properties as read, and `check`, which gives its error for an answer. */
export interface Validator {
  type: 'numeric' | 'text' | 'email' | 'regex' | 'expression' | 'answercount';
  /** The editor's message, else survey-core's by `ValidationError.key`. */
  text?: LocalizedText;
  check(value: unknown, answers: Answers): ValidationError | undefined;
}

/** A validator's error: the editor's `text`, else the `survey.<key>` text with `params` filled in. */
export interface ValidationError {
  key: string;
  params?: Record<string, string>;
  text?: LocalizedText;
}

export interface RatingQuestion extends QuestionBase {
  type: 'rating';
  /** From `rateValues`, or counted from `rateMin`, `rateMax`, `rateStep` and `rateCount`. */
  values: Choice[];
  minRateDescription?: LocalizedText;
  maxRateDescription?: LocalizedText;
}
/**
 * The "other" choice of a radiogroup, checkbox or dropdown (`showOtherItem`, or `hasOther`): its value is
 * `other`, and what the person types goes in the answers as `<name>-Comment`, as survey-core stores it.
 */
export interface OtherChoice {
  /** `none`, `asc`, `desc` or `random` (questions/choice.ts `ordered`). */
  choicesOrder?: string;
  showOtherItem?: boolean;
  otherText?: LocalizedText;
  otherPlaceholder?: LocalizedText;
  otherErrorText?: LocalizedText;
}
export interface RadiogroupQuestion extends QuestionBase, OtherChoice {
  type: 'radiogroup';
  choices: Choice[];
}
export interface CheckboxQuestion extends QuestionBase, OtherChoice {
  type: 'checkbox';
  choices: Choice[];
  /** Absent when there is no limit. */
  maxSelectedChoices?: number;
}
export interface CommentQuestion extends QuestionBase {
  type: 'comment';
  maxLength?: number;
  placeholder?: LocalizedText;
}
export interface TextQuestion extends QuestionBase {
  type: 'text';
  /** One of read-definition.ts `INPUT_TYPES`, in lower case. */
  inputType: string;
  maxLength?: number;
  placeholder?: LocalizedText;
  /**
   * survey-core's error below `min` or above `max`: numbers for `number` and `range`; for `date`,
   * `datetime-local`, `month`, `time` and `week`, texts as the input gives its value. `step` for the control.
   */
  min?: number | string;
  max?: number | string;
  step?: number;
}
export interface DropdownQuestion extends QuestionBase, OtherChoice {
  type: 'dropdown';
  /** With the numbers from `choicesMin` to `choicesMax` added, as survey-core adds them. */
  choices: Choice[];
  placeholder?: LocalizedText;
}
/** One text box of a `multipletext`. */
export interface TextItem {
  name: string;
  title: LocalizedText;
  placeholder?: LocalizedText;
  /** `text`, `email`, `number` (a number in the answer), `tel` or `url`. */
  inputType: string;
  maxLength?: number;
}
export interface MultipleTextQuestion extends QuestionBase {
  type: 'multipletext';
  items: TextItem[];
}
export interface BooleanQuestion extends QuestionBase {
  type: 'boolean';
  labelTrue?: LocalizedText;
  labelFalse?: LocalizedText;
  /** The checkbox's label with `renderAs: "checkbox"`; the title when absent. */
  label?: LocalizedText;
  /** `checkbox`: one checkbox instead of the yes/no radios; other values change nothing. */
  renderAs?: string | boolean;
}
export interface MatrixQuestion extends QuestionBase {
  type: 'matrix';
  rows: Choice[];
  columns: Choice[];
  /** Every row needs an answer (survey-core's own error, not `requiredErrorText`). */
  isAllRowRequired?: boolean;
}
/** A column of a `matrixdropdown` or `matrixdynamic`: what its cell in each row asks (questions/matrices.ts). */
export interface MatrixColumn {
  name: string;
  /** The name when the definition has no title. */
  title: LocalizedText;
  /** text, comment, dropdown, checkbox, boolean, radiogroup or rating; absent: the matrix's `cellType`. */
  cellType?: string;
  isRequired: boolean;
  requiredErrorText?: LocalizedText;
  /** Absent: the matrix's `choices`. */
  choices?: Choice[];
  /** A rating cell's scale, counted from `rateMin`, `rateMax`, … as a rating question's. */
  values: Choice[];
  /** A text cell's; `number` keeps a number, as survey-core does. */
  inputType?: string;
  /** For `number` and `range`: survey-core's error below `min` or above `max`; `step` for the control. */
  min?: number;
  max?: number;
  step?: number;
  placeholder?: LocalizedText;
  /** The cell shows in a row while this holds; `{row.column}` reads that row's cells (questions/matrices.ts `rowContext`). */
  visibleIf?: Condition;
  /** The cell can be changed in a row only while this holds; while `requiredIf` holds it is required there (and `isRequired` is not read). */
  enableIf?: Condition;
  requiredIf?: Condition;
  /** A choice cell's "other" choice: what is typed for it is `<column>-Comment` in the row, as survey-core keeps it. */
  showOtherItem?: boolean;
  otherText?: LocalizedText;
  otherPlaceholder?: LocalizedText;
  otherErrorText?: LocalizedText;
  /** An `expression` cell's value in each row: computed, read-only, sent in the row. */
  expression?: Condition;
  /** The column's total (`totalExpression`, else `totalType`'s `…InArray` function), kept as `<matrix>-total`. */
  total?: Condition;
  /** How the total shows, as an `expression` question's value (`displayStyle`, `format`, …). */
  totalDisplayStyle?: string;
  totalFormat?: LocalizedText;
  totalCurrency?: string;
  totalMinimumFractionDigits?: number;
  totalMaximumFractionDigits?: number;
}
interface CellMatrix extends QuestionBase {
  columns: MatrixColumn[];
  /** The columns' `cellType` when they give none; `dropdown` by default. */
  cellType?: string;
  choices?: Choice[];
  placeholder?: LocalizedText;
}
/** Fixed rows; the answer is `{ row: { column: value } }` for the rows with a cell filled in. */
export interface MatrixDropdownQuestion extends CellMatrix {
  type: 'matrixdropdown';
  rows: Choice[];
  /** The header of the totals' row ("Total" by default). */
  totalText?: LocalizedText;
}
/** Rows the person adds and removes; the answer is a list of `{ column: value }`, one a row. */
export interface MatrixDynamicQuestion extends CellMatrix {
  type: 'matrixdynamic';
  /** Rows at first (2 by default), at least `minRowCount` (0) and at most `maxRowCount` (1000). */
  rowCount?: number;
  minRowCount?: number;
  maxRowCount?: number;
  /** `false`: no Add row button, or no Remove buttons. */
  allowAddRows?: boolean;
  allowRemoveRows?: boolean;
  addRowText?: LocalizedText;
  removeRowText?: LocalizedText;
}
/** Markup shown between questions, sanitised (questions/html.ts); no answer. */
export interface HtmlQuestion extends QuestionBase {
  type: 'html';
  html?: LocalizedText;
}
/** A value the survey computes and shows, read-only (questions/expression.ts); it is sent as an answer. */
export interface ExpressionQuestion extends QuestionBase {
  type: 'expression';
  expression?: Condition;
  /** How the value shows (questions/expression.ts `shown`): `none`, `decimal`, `currency`, `percent` or `date`. */
  displayStyle?: string;
  format?: LocalizedText;
  currency?: string;
  minimumFractionDigits?: number;
  maximumFractionDigits?: number;
  useGrouping?: boolean;
  /** Decimals the value keeps, when 0 or more: the value itself is rounded. */
  precision?: number;
}
/**
 * `ranking`: the choices in the person's order; the answer is their values in that order. With
 * `selectToRankEnabled`, only the choices the person ranks. `choicesFromQuestion` takes the choices of
 * another question (questions/ranking.ts).
 */
export interface RankingQuestion extends QuestionBase {
  type: 'ranking';
  /** Absent when the choices come from `choicesFromQuestion`. */
  choices?: Choice[];
  choicesOrder?: string;
  selectToRankEnabled?: boolean;
  /** With `selectToRankEnabled`, the most that can be ranked; absent when there is no limit. */
  maxSelectedChoices?: number;
  /** survey-core's error when fewer are ranked (0: none). */
  minSelectedChoices?: number;
  choicesFromQuestion?: string;
  /** `all` (the default), `selected` or `unselected`: which choices of the other question. */
  choicesFromQuestionMode?: string;
}
/** `tagbox`: several choices, shown as checkboxes; the answer is a list as a checkbox's. */
export interface TagboxQuestion extends QuestionBase, OtherChoice {
  type: 'tagbox';
  choices: Choice[];
  maxSelectedChoices?: number;
  placeholder?: LocalizedText;
}
/** `image`: a picture between the questions; no answer. */
export interface ImageQuestion extends QuestionBase {
  type: 'image';
  imageLink?: LocalizedText;
  altText?: LocalizedText;
}
/** `imagepicker`: choices shown as pictures (each choice's `imageLink`); one value, or a list with `multiSelect`. */
export interface ImagepickerQuestion extends QuestionBase {
  type: 'imagepicker';
  choices: Choice[];
  choicesOrder?: string;
  multiSelect?: boolean;
}
/**
 * `paneldynamic`: the same questions (`templateElements`) asked again in each of a list of panels the
 * person adds and removes (questions/paneldynamic.ts). Its answer is a list of panels, each the answers
 * given in it keyed by the template questions' names, as survey-core's `survey.data` has it.
 */
export interface PanelDynamicQuestion extends QuestionBase {
  type: 'paneldynamic';
  /** The template's questions, those in its panels too, in order. Absent or empty: panels with nothing to answer, sent as `{}` each, as in survey-core. */
  templateElements?: Question[];
  /** The template as written, when it has panels (questions/paneldynamic.ts renders them as groups in each panel). */
  template?: SurveyElement[];
  /** False: no Add button (or no Remove buttons), as in survey-core. */
  allowAddPanel?: boolean;
  allowRemovePanel?: boolean;
  /** `{panelIndex}` in them is the panel's number, from 1. */
  templateTitle?: LocalizedText;
  templateDescription?: LocalizedText;
  /** The panels it starts with: at least `minPanelCount`, as survey-core raises it (questions/extras.ts). */
  panelCount?: number;
  minPanelCount?: number;
  /** survey-core's default is 100 (questions/paneldynamic.ts). */
  maxPanelCount?: number;
  panelAddText?: LocalizedText;
  panelRemoveText?: LocalizedText;
}
export type Question =
  | PanelDynamicQuestion
  | RankingQuestion
  | TagboxQuestion
  | ImageQuestion
  | ImagepickerQuestion
  | HtmlQuestion
  | ExpressionQuestion
  | RatingQuestion
  | RadiogroupQuestion
  | CheckboxQuestion
  | CommentQuestion
  | TextQuestion
  | DropdownQuestion
  | MultipleTextQuestion
  | BooleanQuestion
  | MatrixQuestion
  | MatrixDropdownQuestion
  | MatrixDynamicQuestion;

/**
 * A `panel`: questions (and panels) grouped under a title. It shows only when its `visibleIf` holds and a
 * question in it shows, as in survey-core; its `state` (`collapsed`, `expanded`) makes its title a
 * disclosure button. Panels have no answer: the questions in them are answered by their own names.
 */
export interface Panel {
  type: 'panel';
  name?: string;
  visible?: boolean;
  title?: LocalizedText;
  description?: LocalizedText;
  visibleIf?: Condition;
  state?: 'default' | 'collapsed' | 'expanded';
  elements: SurveyElement[];
}

/** What a page or panel holds. */
export type SurveyElement = Question | Panel;

/** Pages without questions are left out, as SurveyJS never shows them. */
export interface SurveyPage {
  name?: string;
  visible?: boolean;
  /** The page shows only when this holds (and it has a question shown). */
  visibleIf?: Condition;
  title?: LocalizedText;
  description?: LocalizedText;
  /** Every question on the page, those in panels too, in order. */
  questions: Question[];
  /** The page as written: its questions and panels. */
  elements: SurveyElement[];
  /** Its own time limit in seconds (its `maxTimeToFinish` or `timeLimit`), over the survey's per page. */
  timeLimit?: number;
}

/** One of `completedHtmlOnCondition`: its `expression`, and its `html` as plain text and as written. */
export interface CompletedOnCondition {
  condition: Condition;
  text: LocalizedText;
  html: LocalizedText;
}

/** When the answers of hidden questions go: never, on completing (survey-core's default), or as soon as they hide. */
export type ClearMode = 'none' | 'onComplete' | 'onHidden' | 'onHiddenContainer';
/** One of `calculatedValues`: a value computed under `name`, which `{name}` reads; sent with `includeIntoResult`. */
export interface CalculatedValue {
  name: string;
  expression?: Condition | null;
  includeIntoResult?: boolean;
}

/**
 * One of the survey's `triggers` (triggers.ts): what it does when its `expression` holds, as survey-core
 * runs it. The old form's `name`, `operator` and `value` are read as the expression they make.
 */
export interface Trigger {
  type: 'complete' | 'setvalue' | 'copyvalue' | 'skip' | 'runexpression';
  expression?: Condition;
  /** The expression calls a function: it runs on every change, not only of the values it reads. */
  always?: true;
  /** The question that `setvalue`, `copyvalue` and `runexpression` set; with `isVariable`, a variable (never sent). */
  setToName?: string;
  setValue?: AnswerValue;
  isVariable?: boolean;
  /** The question whose value `copyvalue` copies. */
  fromName?: string;
  copyDisplayValue?: boolean;
  /** The question `skip` goes to. */
  gotoName?: string;
  /** What `runexpression` computes (and sets to `setToName`, when given). */
  runExpression?: Condition;
}

/**
 * The survey-level settings (settings.ts `surveySettings`): each only when the definition gives it
 * and it differs from survey-core's default.
 */
export interface SurveySettings {
  /** `firstPageIsStartPage` (or `firstPageIsStarted`) with another page after it: `pages[0]` is the start page. */
  firstPageIsStarted?: true;
  /** The editor's texts for the start, previous, next and send buttons, over the element's own. */
  startSurveyText?: LocalizedText;
  pagePrevText?: LocalizedText;
  pageNextText?: LocalizedText;
  completeText?: LocalizedText;
  /** `showQuestionNumbers`: `on` numbers the whole survey, `onPage` each page; none when absent. */
  questionNumbers?: 'on' | 'onPage';
  /** The first number and its form (`1.`, `A)`, `Q1:`), as survey-core reads `questionStartIndex`. */
  questionStartIndex?: string;
  /** `questionsOnPageMode`: every page's questions on one page, or one question a page. */
  questionsOnPageMode?: 'singlePage' | 'questionPerPage';
  /** The definition's language: the text shown when the page's language has none (read-definition.ts `textIn`). */
  locale?: string;
  /** `showCompletePage` (or `showCompletedPage`) `false`: no thanks text after sending, only that it was sent. */
  showCompletedPage?: false;
  /** Shown as a link after sending: http(s) or relative only; never followed by itself. */
  navigateToUrl?: string;
  /** An image above the title, its `alt` the title, as survey-core gives it; http(s) or relative only. */
  logo?: LocalizedText;
  /**
   * The time limits (time-limit.ts), in seconds, only when survey-core runs them (`showTimer`): the whole
   * survey's (`maxTimeToFinish` or `timeLimit`), and each page's unless it has its own
   * (`maxTimeToFinishPage` or `timeLimitPerPage`).
   */
  timeLimit?: number;
  timeLimitPerPage?: number;
}

export interface SurveyModel extends SurveySettings {
  title?: LocalizedText;
  clearInvisibleValues?: ClearMode;
  description?: LocalizedText;
  showProgressBar: boolean;
  /** When errors show: on Next (`onNextPage`, the default), once an answer changes (`onValueChanged`), or only on completing (`onComplete`). */
  checkErrorsMode?: 'onValueChanged' | 'onComplete';
  /** The survey id for "already answered" when the element has no `survey-id`. */
  cookieName?: string;
  /** `completedHtmlOnCondition`: the first whose condition holds for the answers sent replaces `completedText`. */
  completedOnCondition?: CompletedOnCondition[];
  calculatedValues?: CalculatedValue[];
  /** `triggers` (triggers.ts), when the definition has any. */
  triggers?: Trigger[];
  /** `completedHtml` as plain text: tags are dropped and the common entities decoded. */
  completedText?: LocalizedText;
  /** `completedHtml` as written: shown sanitised once the markup chunk is here (questions/html.ts). */
  completedHtml?: LocalizedText;
  pages: SurveyPage[];
}

/** `question` is the question's name; a question without one is named by its place in `property`. */
export interface DefinitionError {
  question?: string;
  property: string;
  message: string;
}

export type DefinitionResult =
  | { ok: true; survey: SurveyModel; ignored: string[]; notes?: string[] }
  | { ok: false; errors: DefinitionError[] };

/** Names a problem; a `tolerated` one, which survey-core runs anyway, is a note for the console instead. */
type Fail = (property: string, problem: string, tolerated?: boolean) => undefined;
type Json = Record<string, unknown>;
/** What `read` found; each property only when present and valid. */
interface Props {
  [property: string]: unknown;
  name?: string;
  type?: string;
  inputType?: string;
  title?: LocalizedText;
  description?: LocalizedText;
  requiredErrorText?: LocalizedText;
  minRateDescription?: LocalizedText;
  maxRateDescription?: LocalizedText;
  labelTrue?: LocalizedText;
  labelFalse?: LocalizedText;
  completedHtml?: LocalizedText;
  isRequired?: boolean;
  autoGenerate?: boolean;
  showProgressBar?: boolean;
  rateMin?: number;
  rateMax?: number;
  rateStep?: number;
  rateCount?: number;
  maxSelectedChoices?: number;
  maxLength?: number;
  choices?: Choice[];
  rateValues?: Choice[];
  rows?: Choice[];
  columns?: Choice[];
  pages?: unknown[];
  elements?: unknown[];
  visibleIf?: Condition;
}

/**
 * Reads a SurveyJS-format definition. `json` is the parsed JSON; `parseExpression` reads `visibleIf`.
 * On success, `ignored` names the presentation-only properties that were left out.
 */
export function parseDefinition(json: unknown, { parseExpression }: DefinitionOptions): DefinitionResult {
  const errors: DefinitionError[] = [];
  const ignored = new Set<string>();
  /** What survey-core tolerates and so do we, for the editor's console. */
  const notes: string[] = [];
  const names = new Set<string>();
  const typesByName = new Map<string, unknown>();
  const references: [string[], Fail, string][] = [];

  const failer =
    (question?: string, at = ''): Fail =>
    (property, problem, tolerated) => {
      property = at + property;
      const message = `${question === undefined ? 'Survey' : `Question "${question}"`}: ${property} ${problem}.`;
      if (tolerated) notes.push(message);
      else errors.push({ question, property, message });
      return undefined;
    };

  const items = (list: unknown, key: string, mayBeEmpty: boolean, fail: Fail, conditional = false): Choice[] | undefined => {
    if (!Array.isArray(list) || (!list.length && !mayBeEmpty)) {
      return fail(key, 'needs a list of at least one item');
    }
    const values = new Set<string>();
    // Data on the choices (`score`, …), for one note a list.
    const kept = new Set<string>();
    const choices = list.map((item: unknown, index) => {
      const at = `${key}[${index}]`;
      let value: unknown = item;
      let text: unknown;
      let data: Json = {};
      if (typeof item == 'string' && item.includes('|')) {
        value = item.slice(0, item.indexOf('|'));
        text = item.slice(item.indexOf('|') + 1) || undefined;
      } else if (isObject(item)) {
        for (const property in item) {
          if (CHOICE_BEHAVIOUR.includes(property) || (!conditional && /^(visible|enable)If$/.test(property))) fail(`${at}.${property}`, 'is not supported');
        }
        ({ value, text, ...data } = item);
        // A choice's conditions, read as any other (a blank one is none).
        for (const property of conditional ? ['visibleIf', 'enableIf'] : []) {
          if (property in data) data[property] = convert('c', data[property], `${at}.${property}`, fail) ?? undefined;
        }
        for (const property in data) if (!/^(imageLink|visibleIf|enableIf)$/.test(property) && !CHOICE_BEHAVIOUR.includes(property)) kept.add(property);
        if (text !== undefined && !isText(text)) fail(`${at}.text`, 'needs a text, or texts by language');
        if (data.imageLink !== undefined && !isText(data.imageLink)) fail(`${at}.imageLink`, 'needs a text, or texts by language');
      }
      if ((typeof value != 'string' && typeof value != 'number') || value === '') {
        fail(at, 'needs a value: a text or a number');
      } else if (values.has(String(value))) {
        fail(at, `repeats the value "${value}"; both are shown, as survey-core shows them`, true);
      }
      values.add(String(value));
      return { ...data, value, text: text ?? String(value) } as Choice;
    });
    if (kept.size) fail(key, `carry ${[...kept].join(', ')} as data: kept with the choices, never shown or sent`, true);
    return choices;
  };

  /** Reads the properties `allowed` (from `kinds`) has; ignores presentation-only ones and fails on the rest. */
  /** Reads the properties `allowed` has; of a question, one only another type has is ignored, as survey-core ignores it. */
  const read = (json: Json, allowed: Map<string, string | undefined>, fail: Fail, question = false): Props => {
    const props: Props = {};
    for (const [key, value] of Object.entries(json)) {
      const alias = ALIASES[key];
      const property = typeof alias == 'string' ? alias : key;
      if (!allowed.has(property)) {
        if (PRESENTATION_ONLY.has(key)) ignored.add(key);
        else if (question && Object.values(TYPES).some((own) => kinds(own).has(property)) && !(allowed.has('choices') && EVERY_CHOICE_QUESTION.includes(property))) {
          fail(key, 'is not a property of this type; it is ignored, as survey-core ignores it', true);
        } else fail(key, REFUSED[key] ?? 'is not supported');
      } else if (property in props) {
        fail(key, `cannot be given with ${property === key ? alias : property}; use one of them`);
      } else {
        props[property] = convert(allowed.get(property), value, key, fail);
        // Even a failed property counts as given, so its alias is not reported as well.
        if (props[property] === undefined) props[property] = null;
      }
    }
    return props;
  };

  const convert = (kind: string | undefined, value: unknown, key: string, fail: Fail): unknown => {
    switch (kind) {
      case 't':
        return isText(value) ? value : fail(key, 'needs a text, or texts by language');
      case 'n':
        return (typeof value == 'number' || (typeof value == 'string' && value.trim())) && isFinite(Number(value))
          ? Number(value)
          : fail(key, 'needs a number');
      case 'b':
        return typeof value == 'boolean' ? value : fail(key, 'needs true or false');
      case 'i':
      case 'q':
      case 'o':
      case 'v':
        return items(value, key, kind == 'v', fail, kind == 'q' || kind == 'o');
      case 'm': {
        if (!Array.isArray(value) || !value.length) return fail(key, 'needs a list of at least one item');
        const seen = new Set<string>();
        return value.map((item: unknown, index) => {
          const at = `${key}[${index}]`;
          if (!isObject(item)) return fail(at, 'needs an item object with a name');
          const props = read(item, kinds(TEXT_ITEM), (property, problem) => fail(`${at}.${property}`, problem));
          const name = props.name;
          if (!name) fail(`${at}.name`, 'is missing');
          else if (seen.has(name)) fail(`${at}.name`, `repeats the name "${name}"`);
          seen.add(name ?? '');
          return textItem(props, (property) => fail(`${at}.${property}`, 'needs to be text, email, number, tel or url'));
        });
      }
      case 'T': {
        // paneldynamic's templateElements: questions and panels of them, each question answered in every panel.
        if (!Array.isArray(value)) return fail(key, 'needs a list of questions');
        const templateElement = (item: unknown, at: string): SurveyElement[] => {
          if (isObject(item) && /^paneldynamic$/i.test(String(item.type))) return fail(at, 'is a paneldynamic; a paneldynamic template holds questions and panels here') ?? [];
          if (isObject(item) && String(item.type).toLowerCase() == 'panel') {
            surveyCoreType(item, at);
            // A panel's problems are the paneldynamic's, named by their place in its template.
            const props = read(item, kinds(PANEL), (property, problem, tolerated) => fail(`${at}.${property}`, problem, tolerated));
            if (props.state != null && !PANEL_STATES.includes(props.state as string)) fail(`${at}.state`, `needs to be one of ${PANEL_STATES.join(', ')}`);
            return [panelModel(props, (props.elements ?? []).flatMap((child, index) => templateElement(child, `${at}.elements[${index}]`)))];
          }
          for (const property of NOT_IN_TEMPLATE) if (isObject(item) && property in item) fail(`${at}.${property}`, 'is not supported in a paneldynamic template');
          const asked = question(item, at);
          return asked ? [asked] : [];
        };
        return value.flatMap((item: unknown, index) => templateElement(item, `${key}[${index}]`));
      }
      case 'a':
        return Array.isArray(value) ? value : fail(key, 'needs a list');
      case 'j':
        return value ?? undefined;
      case 'e':
        // calculatedValues: each a name that `{name}` reads, as a question's.
        if (!Array.isArray(value)) return fail(key, 'needs a list');
        return value.map((item: unknown, index) => {
          const at = `${key}[${index}]`;
          if (!isObject(item)) return fail(at, 'needs an object with name and expression');
          const props = read(item, kinds(CALCULATED), (property, problem) => fail(`${at}.${property}`, problem));
          if (props.name) names.add(props.name);
          else fail(`${at}.name`, 'is missing');
          return props;
        });
      case 'r':
        return typeof value == 'number' || (typeof value == 'string' && value.trim()) ? value : fail(key, 'needs a number or a text');
      case 'V':
        return readValidators(
          value,
          (json, properties, at) => read(json as Json, kinds(properties), (property, problem, tolerated) => fail(`${key}${at}${property}`, problem, tolerated)),
          (at, problem) => fail(key + at, problem),
        );
      case 'c':
        return condition(value, key, fail);
      case 's':
        return typeof value == 'boolean' || (typeof value == 'string' && value.trim()) ? value : fail(key, 'needs true, false or a text');
      case 'p':
        // survey-core's rule: false and "off" hide the bar, a location ("top", "bottom", ...) shows it.
        return typeof value == 'boolean' || typeof value == 'string'
          ? value !== 'off' && !!value
          : fail(key, 'needs true or false');
      case 'h':
        // completedHtmlOnCondition: survey-core never picks an item without an expression; one without html shows nothing.
        if (!Array.isArray(value)) return fail(key, 'needs a list');
        return value.flatMap((item: unknown, index) => {
          const at = `${key}[${index}]`;
          if (!isObject(item)) return fail(at, 'needs an object with expression and html') ?? [];
          const { expression, html, ...rest } = item;
          for (const property in rest) fail(`${at}.${property}`, 'is not supported');
          if (html !== undefined && !isText(html)) fail(`${at}.html`, 'needs a text, or texts by language');
          const parsed = expression === undefined ? undefined : condition(expression, `${at}.expression`, fail);
          return parsed ? [{ condition: parsed, text: plainText(html as LocalizedText) ?? '', html: html ?? '' }] : [];
        });
      default: {
        // A kind a question family reads itself (questions/view.ts `KindReader`, which reads only objects), its problems named at `key`.
        const reader = kind && KINDS[kind];
        if (reader) {
          return reader(value, {
            read: (json, properties, at) =>
              read(json as Json, kinds(properties), (property, problem, tolerated) => fail(`${key}${at}.${property}`, problem, tolerated)),
            fail: (at, problem) => fail(key + at, problem),
          });
        }
        return typeof value == 'string' && value.trim() ? value : fail(key, 'needs a text');
      }
    }
  };

  const condition = (source: unknown, key: string, fail: Fail): Condition | undefined => {
    if (typeof source != 'string') return fail(key, 'needs an expression text');
    if (!source.trim()) return undefined;
    try {
      const parsed = parseExpression(source);
      references.push([parsed.questions, fail, key]);
      return parsed;
    } catch (error) {
      return fail(key, `does not parse: ${(error as Error).message}`);
    }
  };

  const question = (json: unknown, at: string): Question | undefined => {
    if (!isObject(json)) return failer()(at, 'needs to be a question object');
    const { name } = json;
    const type = surveyCoreType(json, at);
    // survey-core leaves out an element of a type it does not know, and so do we.
    if (!type) return undefined;
    let named = typeof name == 'string' && name.trim() ? name : undefined;
    const taken = (candidate: string) => [...names].some((other) => other.toLowerCase() == candidate.toLowerCase());
    if (name === undefined) {
      // survey-core names a question without a name question1, question2, …: the first not taken yet.
      let number = 1;
      while (taken(`question${number}`)) number++;
      named = `question${number}`;
      notes.push(`${at} has no name; its answer is sent as "${named}", the name survey-core gives it.`);
    }
    const fail = named ? failer(named) : failer(undefined, at + '.');
    // Names differing only in case count as the same: expression.ts reads answers in any case. The very
    // same name on a question of the same type is one answer shown twice, as survey-core shares it.
    if (named && taken(named)) {
      if (typesByName.get(named) === type) {
        fail('name', 'is also the name of another question; the two share one answer, as in survey-core', true);
      } else fail('name', 'is already the name of another question');
    } else if (named && named.length > 100) fail('name', 'is longer than 100 characters');
    if (named) {
      names.add(named);
      typesByName.set(named, type);
    }
    const own = TYPES[type as string];
    if (typeof own != 'string') {
      return fail('type', `"${type}" is not a supported question type${REFUSED[type as string] ?? ''}`);
    }
    const allowed = kinds(`${QUESTION} ${own}`);
    const props = read(json, allowed, fail, true);
    for (const [key, kind] of allowed) if ((kind == 'i' || kind == 'q') && props[key] === undefined) fail(key, 'is missing');
    return questionModel(type as string, named ?? '', props, (property, detail) =>
      fail(
        property,
        (detail as Worded | undefined)?.says ??
        (property == 'rateStep'
          ? 'needs to be above 0'
          : property == 'rateMin'
            ? `needs to be at most rateMax (${detail})`
            : property == 'rateMax'
              ? `makes ${detail} values; at most 20 are possible`
              : property == 'inputType'
                ? `needs to be one of ${INPUT_TYPES.join(', ')}`
                : property == 'choicesOrder'
                  ? 'needs to be none, asc, desc or random'
                : property == 'showCommentArea'
                  ? 'cannot be given with showOtherItem: survey-core would keep both texts as one <name>-Comment'
                : property == 'choicesMax'
                  ? 'needs choicesMin, choicesMax and a choicesStep above 0 that are whole numbers'
                  : typeof detail == 'object'
                    ? 'needs a number with inputType number or range, else a date or time as the input writes it (an expression, starting with =, is not supported)'
                    : `is read only with inputType ${property == 'step' ? 'number or range' : BOUNDED.join(', ')}, not ${detail}`),
      ),
    );
  };

  /**
   * The question type survey-core reads `type` as, in any letter case (with a note when not in its own);
   * `undefined`, with a note, for one it does not know: survey-core leaves such an element out.
   */
  const surveyCoreType = (json: Json, at: string): string | undefined => {
    const { type, name } = json;
    const known = typeof type == 'string' ? SURVEY_CORE_TYPES.find((candidate) => candidate == type.toLowerCase()) : undefined;
    const what = typeof name == 'string' ? `Element "${name}" (${at})` : at;
    if (!known) {
      notes.push(`${what}: ${type === undefined ? 'has no type' : `type "${type}" is not a SurveyJS type`}; it is left out, as survey-core leaves it out.`);
    } else if (known != type) notes.push(`${what}: type "${type}" is read as "${known}", as survey-core reads it.`);
    return known;
  };

  /** A question, or a panel with what it holds; `undefined` when it has an error. */
  const element = (json: unknown, at: string): SurveyElement | undefined => {
    if (!isObject(json) || String(json.type).toLowerCase() != 'panel') return question(json, at);
    surveyCoreType(json, at);
    const fail = failer(undefined, `${at}.`);
    const props = read(json, kinds(PANEL), fail);
    if (props.state != null && !PANEL_STATES.includes(props.state as string)) fail('state', `needs to be one of ${PANEL_STATES.join(', ')}`);
    const elements = (props.elements ?? []).map((item, position) => element(item, `${at}.elements[${position}]`));
    return panelModel(props, elements.filter((item) => item) as SurveyElement[]);
  };

  if (!isObject(json)) {
    failer()('definition', 'needs to be a JSON object');
    return { ok: false, errors };
  }
  const fail = failer();
  const survey = read(json, kinds(`${SURVEY} ${SURVEY_SETTINGS} ${SURVEY_TIME_LIMIT}`), fail);
  if (survey.pages && survey.elements) fail('elements', 'cannot be given with pages; use one of them');
  if (survey.checkErrorsMode && !CHECK_ERRORS_MODES.includes(survey.checkErrorsMode as string)) {
    fail('checkErrorsMode', `needs to be one of ${CHECK_ERRORS_MODES.join(', ')}${survey.checkErrorsMode == 'onValueChanging' ? ' (onValueChanging would leave an answer that fails out of what is sent)' : ''}`);
  }
  const pages: SurveyPage[] = [];
  const definitionPages = survey.elements ? [{ elements: survey.elements }] : (survey.pages ?? []);
  const settings = surveySettings(survey, definitionPages.length, (property, detail) =>
    property == 'showQuestionNumbers' && detail == 'recursive'
      ? fail(property, 'is "recursive": questions are numbered as with "on" (no panel numbers)', true)
      : property == 'showQuestionNumbers'
        ? fail(property, 'needs true, false, "on", "onPage" or "off"')
        : property == 'questionsOnPageMode' && detail == 'inputPerPage'
          ? fail(property, 'is "inputPerPage": read as "questionPerPage", one question a page', true)
          : property == 'questionsOnPageMode'
            ? fail(property, 'needs "standard", "singlePage" or "questionPerPage"')
            : fail(property, `is not shown: "${detail}" is not an http(s) or relative URL`, true),
  );
  definitionPages.forEach((page, index) => {
    const at = survey.elements ? '' : `pages[${index}]`;
    if (!isObject(page)) return fail(at, 'needs to be a page object');
    const props = read(page, kinds(`${PAGE} ${PAGE_TIME_LIMIT}`), failer(undefined, at && at + '.'));
    const elements = (props.elements ?? []).map((item, position) => element(item, `${at && at + '.'}elements[${position}]`));
    // A start page shows even without questions (its title, description and the start button).
    const model = pageModel(props, elements.filter((item) => item) as SurveyElement[], !!settings.firstPageIsStarted && index == 0);
    if (model) pages.push(model);
  });
  for (const link of LINKS) {
    for (const { question, property, says } of link(pages.flatMap((page) => page.questions.filter(Boolean)))) failer(question.name)(property, says);
  }
  // The questions triggers name; the variables they set, which expressions may read. Their chunk (triggers.ts,
  // which reads them as kind g) is here for a definition that has them, as the element fetches it first.
  const triggers = survey.triggers as Trigger[] | null | undefined;
  if (triggers && TRIGGERS.problems) {
    const questionNames = pages.flatMap((page) => page.questions.filter(Boolean).map(({ name }) => name));
    const calculated = ((survey.calculatedValues ?? []) as CalculatedValue[]).map(({ name }) => name);
    // By their places in the definition, where those with other problems are left out of the model.
    const written = (Array.isArray(json.triggers) ? json.triggers : []).map((item: unknown) =>
      Object.fromEntries(Object.entries(isObject(item) ? item : {}).filter(([key, value]) => /Name$/.test(key) ? typeof value == 'string' && value.trim() : key == 'isVariable')),
    ) as unknown as Trigger[];
    for (const { at, says } of TRIGGERS.problems(written, questionNames, calculated)) fail(`triggers${at}`, says);
    for (const name of TRIGGERS.variables!(triggers)) names.add(name);
  }
  if (!pages.some((page) => page.questions.length) && !errors.length) fail('pages', 'has no questions');
  for (const [questions, failed, key] of references) {
    for (const name of questions) {
      // `{matrix.row}` and `{checkbox[0]}` read a part of a question's answer. In a survey, survey-core
      // finds a question only by its name in its own letter case (`{rating}` never reads `Rating`).
      const [base] = referenced(name) as [string];
      if (!names.has(name) && !referenced(name).some((each) => names.has(each))) {
        // A name no question has reads as empty in both; one in another letter case would read a question here.
        const inOtherCase = [...names].some((other) => other.toLowerCase() == base.toLowerCase());
        failed(key, `refers to {${name}}, which is not a question${inOtherCase ? '' : '; it reads as empty, as in survey-core'}`, !inOtherCase);
      }
    }
  }
  if (survey.clearInvisibleValues != null && !CLEAR_MODES.includes(survey.clearInvisibleValues as string)) {
    fail('clearInvisibleValues', `needs to be one of ${CLEAR_MODES.join(', ')}`);
  }
  const limits = readTimeLimits(survey, pages, settings.questionsOnPageMode, (property, { says, tolerated }) => fail(property, says, tolerated));
  if (errors.length) return { ok: false, errors };
  const { completedHtml } = survey;
  return {
    ok: true,
    ignored: [...ignored],
    ...(notes.length && { notes }),
    survey: {
      title: survey.title,
      description: survey.description,
      cookieName: survey.cookieName as string | undefined,
      ...(survey.clearInvisibleValues ? { clearInvisibleValues: survey.clearInvisibleValues as ClearMode } : {}),
      showProgressBar: !!survey.showProgressBar,
      ...checkErrorsMode(survey.checkErrorsMode),
      completedText: plainText(completedHtml),
      ...(survey.completedHtmlOnCondition ? { completedOnCondition: survey.completedHtmlOnCondition as CompletedOnCondition[] } : {}),
      calculatedValues: survey.calculatedValues as CalculatedValue[] | undefined,
      triggers: triggers ?? undefined,
      completedHtml,
      ...settings,
      ...limits,
      pages,
    },
  };
}

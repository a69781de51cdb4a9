import type { Choice, Condition, Question, RankingQuestion, SurveyElement, SurveyModel, TextQuestion, ValidationError } from './definition.js';
import { OTHER, commentOf } from './read-definition.js';
import { CHECKS, NESTED, PROBLEMS, SENT, SETTLE, VALIDATION } from './questions/registry.js';
import type { AnswerValue, Answers } from './expression.js';
import type { Problem } from './questions/view.js';

/**
 * What a survey shows, asks and sends for a set of answers, without the DOM: which questions and pages
 * are visible, which required questions are unanswered, and the result. The element renders from
 * these, and the differential tests hold them to survey-core's `SurveyModel` (test/survey/differential.test.ts).
 *
 * As in survey-core with its default `clearInvisibleValues: "onComplete"`, an answer to a question that
 * has since been hidden stays in the answers (and so still counts in other questions' `visibleIf`) until
 * the survey is completed; only the result leaves it out.
 */

/** No answer: nothing chosen or typed. `0` and `false` are answers. */
export const isEmptyAnswer = (value: AnswerValue): boolean =>
  value === undefined ||
  value === '' ||
  (Array.isArray(value) ? !value.length : typeof value == 'object' && !Object.keys(value).length);

/** `answers` with `name` set to `value`, or without it when `value` is empty, as survey-core stores them. */
export function withAnswer(answers: Answers, name: string, value: AnswerValue): Answers {
  const next = { ...answers };
  if (isEmptyAnswer(value)) delete next[name];
  else next[name] = value;
  return next;
}

/**
 * `answers` once the person answers `question`: a question taking its choices from it (a ranking's
 * `choicesFromQuestion`, unless it takes them all) loses its answer, as survey-core clears it when its
 * choices change.
 */
export function answered(questions: Question[], answers: Answers, question: Question, value: AnswerValue): Answers {
  let next = withAnswer(answers, question.name, value);
  for (const other of questions) {
    const { choicesFromQuestion, choicesFromQuestionMode } = other as RankingQuestion;
    if (choicesFromQuestion === question.name && choicesFromQuestionMode != 'all') {
      next = withAnswer(next, other.name, undefined);
    }
  }
  // A choice the change hides takes its value with it, as survey-core clears it then.
  return withoutHiddenChoices(questions, next);
}

/**
 * `answers` without the values of choices that their `visibleIf` hides (a default one too, as survey-core),
 * and each answer a type settles otherwise (a ranking: questions/ranking.ts) as survey-core keeps it.
 */
export function withoutHiddenChoices(questions: Question[], answers: Answers): Answers {
  let next = answers;
  for (const question of questions) {
    const settle = SETTLE[question.type];
    if (settle) next = withAnswer(next, question.name, settle(question as never, next));
    else if ((question as { choices?: Choice[] }).choices?.some((choice) => choice.visibleIf)) next = withAnswer(next, question.name, chosen(question, next));
  }
  return next;
}

/** A question's answer without the values whose choices their visibleIf hides, as survey-core drops them. */
function chosen(question: Question, answers: Answers, survey?: SurveyModel): AnswerValue {
  const value = answers[question.name];
  const hidden = (question as { choices?: Choice[] }).choices?.filter((choice) => !isVisible(choice, answers, survey)).map((choice) => choice.value as AnswerValue);
  if (!hidden?.length) return value;
  return Array.isArray(value) ? (value as AnswerValue[]).filter((each) => !hidden.includes(each)) as AnswerValue : hidden.includes(value) ? undefined : value;
}

/**
 * Brings the values a survey computes up to date after a change (computed.ts `run`): filled in by the
 * `expression` question family, fetched only for a definition that computes something.
 */
export const COMPUTE: { run?: typeof import('./computed.js').run } = {};

/**
 * A question, panel or page shows unless `visible: false` or its `visibleIf` says otherwise; `survey` is
 * what functions such as `displayValue` read.
 */
export const isVisible = (element: { visible?: boolean; visibleIf?: Condition | null }, answers: Answers, survey?: SurveyModel): boolean =>
  element.visible !== false && (!element.visibleIf || element.visibleIf.evaluate(answers, survey));

/** A question can be answered unless it is `readOnly` or its `enableIf` does not hold. */
export const isEnabled = (question: Question, answers: Answers, survey?: SurveyModel): boolean =>
  !question.readOnly && (!question.enableIf || question.enableIf.evaluate(answers, survey));

/** The questions shown among `elements`: those visible, in panels that are visible, in order. */
export const visibleQuestions = (elements: SurveyElement[], answers: Answers, survey?: SurveyModel): Question[] =>
  elements.flatMap((element) =>
    !isVisible(element, answers, survey) ? [] : element.type == 'panel' ? visibleQuestions(element.elements, answers, survey) : [element],
  );

/**
 * Each visible page's visible questions, in order; a page hidden by its `visibleIf`, or whose questions
 * are all hidden, is left out, as survey-core's `visiblePages`.
 *
 * Incremental: what was found for a survey's last answers is kept, and the next answers evaluate again
 * only the `visibleIf` rules that read a name whose answer changed, or call a function (which may read
 * anything).
 */
export function visiblePages(survey: SurveyModel, answers: Answers): Question[][] {
  const before = shownBefore.get(survey);
  const changed = [...changes(before?.answers ?? {}, answers)].map((name) => name.toLowerCase());
  const visible = new Map(before?.visible);
  for (const [element] of visible) {
    const rule = element.visibleIf;
    if (rule && (rule.calls || rule.questions.some((reference) => changed.some((name) => reads(reference, name))))) visible.delete(element);
  }
  const shows = (element: SurveyElement | Page): boolean => {
    if (!visible.has(element)) visible.set(element, isVisible(element, answers, survey));
    return visible.get(element)!;
  };
  const questionsIn = (elements: SurveyElement[]): Question[] =>
    elements.flatMap((element) => (!shows(element) ? [] : element.type == 'panel' ? questionsIn(element.elements) : [element]));
  const pages = survey.pages
    .filter(shows)
    .map((page) => questionsIn(page.elements))
    .filter((questions) => questions.length);
  shownBefore.set(survey, { answers: { ...answers }, visible });
  return pages;
}

type Page = SurveyModel['pages'][number];

/** What `visiblePages` last found for each survey: the answers then (a copy), and each element's visibility. */
const shownBefore = new WeakMap<SurveyModel, { answers: Answers; visible: Map<SurveyElement | Page, boolean> }>();

/** Whether a `{reference}` reads the answer `name` (in lower case): a reference finds its answer in any case, and `a.b` and `a[0]` read `a`. */
const reads = (reference: string, name: string) => {
  const read = reference.replace(/^\$/, '').toLowerCase();
  return read == name || read.startsWith(name + '.') || read.startsWith(name + '[');
};

/** The names whose answers differ between `before` and `after`. */
export function changes(before: Answers, after: Answers): Set<string> {
  const names = new Set<string>();
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[name]) !== JSON.stringify(after[name])) names.add(name);
  }
  return names;
}

/**
 * A required question still unanswered. survey-core trims text for this check, so spaces alone do not
 * answer a required question (they are still sent when the question is optional).
 */
export function isMissing(question: Question, answers: Answers): boolean {
  const value = answers[question.name];
  // survey-core keeps isRequired on markup but never asks it for an answer.
  return isRequired(question, answers) && question.type != 'html' && isEmptyAnswer(typeof value == 'string' ? value.trim() : value);
}

/** `requiredIf`, while there is one, decides alone, as survey-core sets `isRequired` from it. */
export const isRequired = (question: Question, answers: Answers): boolean =>
  question.requiredIf ? question.requiredIf.evaluate(answers) : question.isRequired;

/** The "other" choice is chosen: the answer is `other`, or a list holding it. */
export const isOtherChosen = (question: Question, answers: Answers): boolean => {
  const value = answers[question.name];
  return 'showOtherItem' in question && !!question.showOtherItem && (value === OTHER || (Array.isArray(value) && value.includes(OTHER)));
};

/** What keeps an answer from being sent (`problemOf`); `minSelectedChoices`: fewer ranked than a ranking's `minSelectedChoices`. */
export type AnswerProblem = Problem;

/**
 * What keeps an answer from being sent, as survey-core finds it on completing: `required` (see
 * `isMissing`), `other` (the "other" choice chosen and nothing typed for it), a number below a text
 * question's `min` (`min`) or above its `max` (`max`), a `matrix` row unanswered with `isAllRowRequired`
 * (`rows`), or what a family's own check finds (`cells`: a required cell of a matrix left empty;
 * `cellRange`: a number in a cell outside its column's `min` and `max`).
 */
export function problemOf(question: Question, answers: Answers): AnswerProblem | undefined {
  // survey-core checks nothing on a question that cannot be changed.
  if (!isEnabled(question, answers)) return undefined;
  // A paneldynamic's, from its questions in each panel too.
  if (NESTED[question.type]) return NESTED[question.type]!.problem(question, answers);
  // A family's own rules (matrices: required cells; rankings), once it is here.
  const own = CHECKS[question.type];
  if (own) return own(question as never, answers);
  const rule = PROBLEMS[question.type]?.(question as never, answers);
  if (rule !== undefined) return rule ?? undefined;
  if (isMissing(question, answers)) return 'required';
  // survey-core's `isAllRowRequired`: a row left unanswered, even in a question not itself required.
  const rows = answers[question.name] as Answers | undefined;
  if (question.type == 'matrix' && question.isAllRowRequired && question.rows.some((row) => rows?.[row.value] === undefined)) return 'rows';
  if (isOtherChosen(question, answers) && !String(answers[commentOf(question.name)] ?? '').trim()) return 'other';
  const value = answers[question.name];
  if (question.type != 'text' || isEmptyAnswer(value)) return undefined;
  const { min, max } = boundsOf(question);
  const at = (bound: unknown) => (DATES.includes(question.inputType) ? dateOf(bound) : bound) as number;
  return min != null && at(value) < at(min) ? 'min' : max != null && at(value) > at(max) ? 'max' : undefined;
}

/** The inputs whose `min` and `max` survey-core compares as dates (it reads `2026-12-06` as local midnight). */
const DATES = ['date', 'datetime-local'];
export const dateOf = (value: unknown) =>
  new Date(typeof value == 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00` : (value as string));

/** A text question's bounds as survey-core applies them: a date's `max` is 2999-12-31 unless given. */
export const boundsOf = ({ inputType, min, max }: TextQuestion) => ({
  min,
  max: max ?? (DATES.includes(inputType) ? '2999-12-31' : undefined),
});

// survey-core's test of an e-mail address: dot-separated runs (or a quoted text), `@`, then a domain
// of dot-separated labels ending in one of two or more characters.
const ATOM = '[^<>()[\\].,;:\\s@"]+';
const LABEL = '[^<>()=[\\].,;:\\s@"]';
const EMAIL = new RegExp(`^(${ATOM}(\\.${ATOM})*|".+")@(${LABEL}+\\.)+${LABEL}{2,}$`, 'i');
export const isEmail = (value: unknown) => EMAIL.test(String(value));

/**
 * The errors a question's answer has besides `problemOf`'s: an `email` input's own check of the address
 * (even beside a required error, for spaces; here, so that a survey with an email field needs no
 * chunk), else the messages of the question's validators (validators.ts, a chunk fetched only for a
 * definition that has them). An `email` validator checks the address instead of the input.
 */
export function validationErrors(question: Question, answers: Answers): ValidationError[] {
  const value = answers[question.name];
  const emailInput = question.type == 'text' && question.inputType == 'email' && !question.validators?.some(({ type }) => type == 'email');
  if (emailInput && value && !isEmail(value)) return [{ key: 'invalidEmail' }];
  return VALIDATION.validate?.(question, answers) ?? [];
}

/**
 * The answers sent: those to the questions visible now, keyed by name. survey-core's `survey.data` after
 * completing, when it drops the answers of hidden questions. A number outside its question's `min` and
 * `max` is left out too, as survey-core never stores one (the element does not send with it anyway).
 * Calculated values go with `includeIntoResult`; with `variables`, all of them, as survey-core's
 * `completedHtmlOnCondition` reads them.
 */
export function surveyResult(survey: SurveyModel, answers: Answers, variables?: boolean): Answers {
  const result: Answers = {};
  // With clearInvisibleValues "none", hidden questions' answers are sent too.
  const questions = survey.clearInvisibleValues == 'none' ? survey.pages.flatMap((page) => page.questions) : visiblePages(survey, answers).flat();
  for (const question of questions) {
    const problem = problemOf(question, answers);
    const value = NESTED[question.type]?.result(question, answers, survey.clearInvisibleValues == 'none') ?? chosen(question, answers, survey);
    if (!isEmptyAnswer(value) && problem != 'min' && problem != 'max') result[question.name] = value;
    // What was typed for "other", or in the comment box, as survey-core keeps it beside the answer.
    const comment = commentOf(question.name);
    if ((isOtherChosen(question, answers) || question.showCommentArea) && String(answers[comment] ?? '').trim()) result[comment] = answers[comment];
  }
  // What a family sends beside an answer (a matrix's totals), for every question, as survey-core sends a hidden matrix's.
  for (const question of survey.pages.flatMap((page) => page.questions)) Object.assign(result, SENT[question.type]?.(question as never, answers));
  for (const { name, includeIntoResult } of survey.calculatedValues ?? []) if ((variables || includeIntoResult) && name in answers) result[name] = answers[name];
  return result;
}

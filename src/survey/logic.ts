import type { Condition, Question, RankingQuestion, SurveyModel } from './definition.js';
import { OTHER, commentOf } from './read-definition.js';
import { PROBLEMS } from './questions/registry.js';
import type { AnswerValue, Answers } from './expression.js';

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
  return next;
}

/** A question or page shows unless its `visibleIf` says otherwise. */
export const isVisible = (element: { visibleIf?: Condition | null }, answers: Answers): boolean =>
  !element.visibleIf || element.visibleIf.evaluate(answers);

/**
 * Each visible page's visible questions, in order; a page hidden by its `visibleIf`, or whose questions
 * are all hidden, is left out, as survey-core's `visiblePages`.
 */
export const visiblePages = (survey: SurveyModel, answers: Answers): Question[][] =>
  survey.pages
    .filter((page) => isVisible(page, answers))
    .map((page) => page.questions.filter((question) => isVisible(question, answers)))
    .filter((questions) => questions.length);

/**
 * A required question still unanswered. survey-core trims text for this check, so spaces alone do not
 * answer a required question (they are still sent when the question is optional).
 */
export function isMissing(question: Question, answers: Answers): boolean {
  const value = answers[question.name];
  // survey-core keeps isRequired on markup but never asks it for an answer.
  return question.isRequired && question.type != 'html' && isEmptyAnswer(typeof value == 'string' ? value.trim() : value);
}

/** The "other" choice is chosen: the answer is `other`, or a list holding it. */
export const isOtherChosen = (question: Question, answers: Answers): boolean => {
  const value = answers[question.name];
  return 'showOtherItem' in question && !!question.showOtherItem && (value === OTHER || (Array.isArray(value) && value.includes(OTHER)));
};

/** What keeps an answer from being sent (`problemOf`); `minSelectedChoices`: fewer ranked than a ranking's `minSelectedChoices`. */
export type AnswerProblem = 'required' | 'other' | 'min' | 'max' | 'minSelectedChoices';

/**
 * What keeps an answer from being sent, as survey-core finds it on completing: `required` (see
 * `isMissing`), `other` (the "other" choice chosen and nothing typed for it), or a number below a text
 * question's `min` (`min`) or above its `max` (`max`).
 */
export function problemOf(question: Question, answers: Answers): AnswerProblem | undefined {
  // A family's own rule (questions/ranking.ts), once its module is here.
  const own = PROBLEMS[question.type]?.(question as never, answers);
  if (own !== undefined) return own ?? undefined;
  if (isMissing(question, answers)) return 'required';
  if (isOtherChosen(question, answers) && !String(answers[commentOf(question.name)] ?? '').trim()) return 'other';
  const value = answers[question.name];
  if (question.type != 'text' || typeof value != 'number') return undefined;
  return value < (question.min ?? -Infinity) ? 'min' : value > (question.max ?? Infinity) ? 'max' : undefined;
}

/**
 * The answers sent: those to the questions visible now, keyed by name. survey-core's `survey.data` after
 * completing, when it drops the answers of hidden questions. A number outside its question's `min` and
 * `max` is left out too, as survey-core never stores one (the element does not send with it anyway).
 */
export function surveyResult(survey: SurveyModel, answers: Answers): Answers {
  const result: Answers = {};
  for (const question of visiblePages(survey, answers).flat()) {
    const problem = problemOf(question, answers);
    if (!isEmptyAnswer(answers[question.name]) && problem != 'min' && problem != 'max') result[question.name] = answers[question.name];
    // What was typed for "other", as survey-core keeps it beside the answer.
    const comment = commentOf(question.name);
    if (isOtherChosen(question, answers) && String(answers[comment] ?? '').trim()) result[comment] = answers[comment];
  }
  return result;
}

import type { Condition, Question, SurveyElement, SurveyModel } from './definition.js';
import { OTHER, commentOf } from './read-definition.js';
import { NESTED } from './questions/registry.js';
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

/** A question, panel or page shows unless `visible: false` or its `visibleIf` says otherwise. */
export const isVisible = (element: { visible?: boolean; visibleIf?: Condition | null }, answers: Answers): boolean =>
  element.visible !== false && (!element.visibleIf || element.visibleIf.evaluate(answers));

/** A question can be answered unless it is `readOnly` or its `enableIf` does not hold. */
export const isEnabled = (question: Question, answers: Answers): boolean =>
  !question.readOnly && (!question.enableIf || question.enableIf.evaluate(answers));


/** The questions shown among `elements`: those visible, in panels that are visible, in order. */
export const visibleQuestions = (elements: SurveyElement[], answers: Answers): Question[] =>
  elements.flatMap((element) =>
    !isVisible(element, answers) ? [] : element.type == 'panel' ? visibleQuestions(element.elements, answers) : [element],
  );

/**
 * Each visible page's visible questions, in order; a page hidden by its `visibleIf`, or whose questions
 * are all hidden, is left out, as survey-core's `visiblePages`.
 */
export const visiblePages = (survey: SurveyModel, answers: Answers): Question[][] =>
  survey.pages
    .filter((page) => isVisible(page, answers))
    .map((page) => visibleQuestions(page.elements, answers))
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

/**
 * What keeps an answer from being sent, as survey-core finds it on completing: `required` (see
 * `isMissing`), `other` (the "other" choice chosen and nothing typed for it), or a number below a text
 * question's `min` (`min`) or above its `max` (`max`).
 */
export function problemOf(question: Question, answers: Answers): 'required' | 'other' | 'min' | 'max' | 'panels' | undefined {
  // survey-core checks nothing on a question that cannot be changed.
  if (!isEnabled(question, answers)) return undefined;
  // A paneldynamic's, from its questions in each panel too.
  if (NESTED[question.type]) return NESTED[question.type]!.problem(question, answers);
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
  // With clearInvisibleValues "none", hidden questions' answers are sent too.
  const questions = survey.clearInvisibleValues == 'none' ? survey.pages.flatMap((page) => page.questions) : visiblePages(survey, answers).flat();
  for (const question of questions) {
    const problem = problemOf(question, answers);
    const value = NESTED[question.type]?.result(question, answers, survey.clearInvisibleValues == 'none') ?? answers[question.name];
    if (!isEmptyAnswer(value) && problem != 'min' && problem != 'max') result[question.name] = value;
    // What was typed for "other", or in the comment box, as survey-core keeps it beside the answer.
    const comment = commentOf(question.name);
    if ((isOtherChosen(question, answers) || question.showCommentArea) && String(answers[comment] ?? '').trim()) result[comment] = answers[comment];
  }
  return result;
}

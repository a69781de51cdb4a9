import type { Question, SurveyModel } from './definition.js';
import type { Answers } from './expression.js';
import { isVisible, visiblePages } from './logic.js';

/**
 * How the survey's questions fall into the pages a person steps through, and their numbers, as
 * survey-core 2.5 has them for `firstPageIsStartPage`, `questionsOnPageMode` and `showQuestionNumbers`.
 * No DOM: the element renders from these, and test/survey/differential.test.ts holds them to survey-core.
 */

/** How questions fall into pages: the definition's `questionsOnPageMode`, or the element's `layout`. */
export type PageMode = 'standard' | 'singlePage' | 'questionPerPage';

/** The start page's questions shown now, or `undefined` when the survey has no start page. */
export const startQuestions = (survey: SurveyModel, answers: Answers): Question[] | undefined =>
  survey.firstPageIsStarted ? survey.pages[0]!.questions.filter((question) => isVisible(question, answers)) : undefined;

/**
 * The pages after the start page (if any) as shown now: all on one page for `singlePage`, each question
 * a page of its own for `questionPerPage` (survey-core 2 keeps its pages and steps through one question
 * at a time, `currentSingleQuestion`: the same steps).
 */
export function shownPages(survey: SurveyModel, answers: Answers, mode: PageMode = survey.questionsOnPageMode ?? 'standard'): Question[][] {
  const pages = visiblePages(survey.firstPageIsStarted ? { ...survey, pages: survey.pages.slice(1) } : survey, answers);
  if (mode == 'singlePage') return [pages.flat()];
  return mode == 'questionPerPage' ? pages.flat().map((question) => [question]) : pages;
}

/** A question survey-core numbers: not markup, not hidden from numbering. */
const isNumbered = (question: Question) => question.type != 'html' && !question.hideNumber && question.showNumber !== false;

/**
 * Each numbered question shown now, with its number as text (`1.`, `B)`, …). `on` counts through the
 * whole survey, the start page too; `onPage` starts again on each page and leaves the start page
 * unnumbered, and with `singlePage` all pages are one page, as survey-core counts them.
 */
export function questionNumbers(survey: SurveyModel, answers: Answers, mode: PageMode = survey.questionsOnPageMode ?? 'standard'): Map<Question, string> {
  const numbers = new Map<Question, string>();
  if (!survey.questionNumbers) return numbers;
  const groups =
    survey.questionNumbers == 'on'
      ? [visiblePages(survey, answers).flat()]
      : mode == 'singlePage'
        ? [shownPages(survey, answers, mode).flat()]
        : shownPages(survey, answers, 'standard');
  for (const group of groups) {
    group.filter(isNumbered).forEach((question, index) => numbers.set(question, numberLabel(index, survey.questionStartIndex)));
  }
  return numbers;
}

/**
 * The number of the question at `index` (from 0) for survey-core's `questionStartIndex`: its last run of
 * digits (else its last letter) is the first number, what is before and after it stays (`Q1:` gives Q1:,
 * Q2:, …; `a)` gives a), b), …; `01` keeps two digits). Without one, `1.`, `2.`, ….
 */
export function numberLabel(index: number, startIndex = ''): string {
  if (!startIndex) return `${index + 1}.`;
  const digits = /^(.*?)(\d+)(\D*)$/s.exec(startIndex);
  if (digits) {
    const [, before, first, after] = digits as unknown as [string, string, string, string];
    // survey-core counts a lone 0 as a character (0, 1, 2, …) and "00" from 1.
    const start = Number(first) || (first.length == 1 ? 0 : 1);
    return before + String(start + index).padStart(first.length, '0') + after;
  }
  const letter = /^(.*)(\p{L})([^\p{L}]*)$/su.exec(startIndex);
  if (letter) {
    const [, before, first, after] = letter as unknown as [string, string, string, string];
    return before + String.fromCharCode(first.charCodeAt(0) + index) + after;
  }
  return `${index + 1}${startIndex}`;
}

import { html, nothing } from 'lit';
import type { Question, SurveyModel } from '../definition.js';
import type { Answers } from '../expression.js';
import { isVisible, visiblePages, withAnswer, withoutHiddenChoices } from '../logic.js';
import { commentOf } from '../read-definition.js';
import type { QuestionModule, QuestionView } from './view.js';

/**
 * Question extras only some definitions use, in a chunk of their own fetched for a definition that
 * names one of their properties (questions/registry.ts `LAZY_PROPERTIES`): answers to start from
 * (`defaultValue`), answers forgotten as their questions hide (`clearInvisibleValues`), and a comment
 * box under a question (`showCommentArea`, `hasComment`).
 */
export const properties = {};
export const render = {};

/** The answers a survey starts with: each question's `defaultValue`, as survey-core sets them. */
export function initialAnswers(survey: SurveyModel): Answers {
  let answers: Answers = {};
  const questions = survey.pages.flatMap((page) => page.questions);
  for (const question of questions) {
    if (question.defaultValue != null && answers[question.name] === undefined) answers = withAnswer(answers, question.name, question.defaultValue);
    // A paneldynamic starts with panelCount empty panels (at least minPanelCount), sent as `{}` each, as survey-core does.
    else if (question.type == 'paneldynamic' && answers[question.name] === undefined) {
      const count = Math.max(question.panelCount ?? 0, question.minPanelCount ?? 0);
      answers = withAnswer(answers, question.name, Array.from({ length: count }, () => ({})) as unknown as string[]);
    }
  }
  return withoutHiddenChoices(questions, answers);
}

/**
 * With `clearInvisibleValues` `onHidden` (or `onHiddenContainer`), an answer goes when its question hides
 * (or the panel or page it is in): `answers`, changed from `previous`, without the answers of questions
 * shown before and hidden now. Clearing one may hide another, so this repeats until nothing more hides.
 * An answer given to a question already hidden stays, as in survey-core.
 */
export function clearHidden(survey: SurveyModel, previous: Answers, answers: Answers): Answers {
  const mode = survey.clearInvisibleValues;
  if (mode != 'onHidden' && mode != 'onHiddenContainer') return answers;
  const all = survey.pages.flatMap((page) => page.questions);
  const shownWith = (given: Answers) =>
    new Set((mode == 'onHidden' ? all.filter((question) => isVisible(question, given)) : visiblePages(survey, given).flat()).map(({ name }) => name));
  let before = shownWith(previous);
  for (;;) {
    const now = shownWith(answers);
    const hidden = all.filter(({ name }) => before.has(name) && !now.has(name));
    if (!hidden.length) return answers;
    for (const { name } of hidden) answers = withAnswer(withAnswer(answers, name, undefined), commentOf(name), undefined);
    before = now;
  }
}

/** The comment box under a question: what is typed is sent as `<name>-Comment`. */
const commentBox = (question: Question, view: QuestionView) =>
  html`<div class="field comment-area">
    <label for="${view.id}-comment">${view.text(question.commentText) || view.t.t('survey.comment')}</label>
    <textarea id="${view.id}-comment" rows="3" placeholder=${view.text(question.commentPlaceholder) || nothing} .value=${view.comment}
      @input=${(event: Event) => view.setComment((event.target as HTMLTextAreaElement).value)}></textarea>
  </div>`;

export const extras: QuestionModule['extras'] = { initialAnswers, clearHidden, commentBox };

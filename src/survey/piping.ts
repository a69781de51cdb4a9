import type { Choice, LocalizedText, Question } from './definition.js';
import type { AnswerValue, Answers } from './expression.js';
import { OTHER, commentOf } from './read-definition.js';
import type { PipeContext, QuestionModule } from './questions/view.js';

/**
 * `{name}` in a title, description, choice, HTML or `completedHtml`, replaced as survey-core replaces it
 * (with its default `useDisplayValuesInDynamicTexts`): a question's answer as the person saw it (a
 * choice's text, "Yes" for a boolean, ticked choices joined with commas), empty while unanswered;
 * `{matrix.row}` and `{checkbox[0]}` a part of it; a calculated value as it is. Any other name stays as
 * written. A chunk of
 * its own, fetched only for a definition that has such a text (questions/registry.ts).
 */
export const properties = {};
export const render = {};

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const pipe: QuestionModule['pipe'] = (text, context, markup) => {
  const { questions, answers, text: textOf, yes, no } = context;
  return text.replace(/\{([^{}]+)\}/g, (whole, reference: string) => {
    // The longest name the reference starts with, so that names with dots or spaces work too.
    const written = reference.trim();
    const question = questions
      .filter(({ name }) => written.toLowerCase() == name.toLowerCase() || /^[.[]/.test(written.slice(name.length)) && written.toLowerCase().startsWith(name.toLowerCase()))
      .sort((a, b) => b.name.length - a.name.length)[0];
    const quiz = QUIZ[written.toLowerCase()];
    if (!question && quiz) return String(quiz(context));
    if (!question) {
      // A calculated value, as survey-core reads its variables; else the text stays as written.
      const variable = Object.keys(answers).find((name) => name.toLowerCase() == written.toLowerCase());
      const value = variable === undefined ? undefined : answers[variable];
      return value == null || typeof value == 'object' ? whole : markup ? String(value).replace(/[&<>"']/g, (character) => escapes[character]!) : String(value);
    }
    const path = written.slice(question.name.length).split(/[.[\]]+/).filter(Boolean);
    let value: AnswerValue | unknown = answers[question.name];
    for (const step of path) value = value == null ? undefined : (value as Record<string, unknown>)[step];
    const shown = display(question, value, path.length > 0, answers, textOf, yes, no);
    return markup ? shown.replace(/[&<>"']/g, (character) => escapes[character]!) : shown;
  });
};

/** Two answers alike as survey-core compares a quiz's: text trimmed and in any case, lists in any order. */
const same = (answer: unknown, right: unknown): boolean =>
  Array.isArray(answer) && Array.isArray(right)
    ? answer.length == right.length && right.every((item) => answer.some((given) => same(given, item)))
    : typeof answer == 'string' && typeof right == 'string'
      ? answer.trim().toLowerCase() == right.trim().toLowerCase()
      : answer == right || JSON.stringify(answer) == JSON.stringify(right);

/** A quiz's counts, as survey-core gives them: over the questions shown that have a `correctAnswer`. */
const quizQuestions = ({ shown = [] }: PipeContext) => shown.filter((question) => question.correctAnswer != null && question.correctAnswer !== '');
const correct = (context: PipeContext) => quizQuestions(context).filter((question) => same(context.answers[question.name], question.correctAnswer)).length;
const incorrect = (context: PipeContext) => quizQuestions(context).length - correct(context);
/** The counts by name, in any case; `correctedAnswers` and `inCorrectedAnswers` are survey-core's older names. */
const QUIZ: Record<string, (context: PipeContext) => number> = {
  questioncount: (context) => quizQuestions(context).length,
  correctanswers: correct,
  correctedanswers: correct,
  incorrectanswers: incorrect,
  incorrectedanswers: incorrect,
};

/** An answer, or a part of one, as the person saw it. */
function display(
  question: Question,
  value: unknown,
  part: boolean,
  answers: Answers,
  textOf: (text: LocalizedText | undefined) => string,
  yes: string,
  no: string,
): string {
  if (value == null) return '';
  if (question.type == 'boolean' && !part) return value === true ? textOf(question.labelTrue) || yes : value === false ? textOf(question.labelFalse) || no : '';
  // A matrix row's answer is a column; the other questions' answers (or a ticked one) are among their choices.
  const choices: Choice[] | undefined =
    question.type == 'matrix' ? (part ? question.columns : undefined) : 'choices' in question ? (question.choices as Choice[]) : question.type == 'rating' ? question.values : undefined;
  const one = (item: unknown): string => {
    if (item === OTHER && 'showOtherItem' in question && question.showOtherItem) return String(answers[commentOf(question.name)] ?? '') || textOf(question.otherText);
    const choice = choices?.find((candidate) => String(candidate.value) == String(item));
    return choice ? textOf(choice.text) : typeof item == 'object' ? '' : String(item);
  };
  return Array.isArray(value) ? value.map(one).join(', ') : one(value);
}

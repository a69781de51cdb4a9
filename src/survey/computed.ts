/**
 * Values the survey computes, as survey-core 2.5 computes them: `calculatedValues`, the `expression`
 * question's value, `defaultValueExpression`, `setValueExpression` with `setValueIf`, and `resetValueIf`.
 * Loaded with the `expression` question family, only for a definition that computes something
 * (questions/registry.ts); it fills in logic.ts `COMPUTE`, which the element and the tests call through
 * logic.ts `computed` after each answer.
 *
 * Computed values live in the answers, under their names, so `{name}` reads them like any answer; the
 * result (logic.ts `surveyResult`) sends an `expression` question's value as an answer and a calculated
 * value only with `includeIntoResult`, as survey-core's `survey.data` has them.
 */
import type { Condition, Question, SurveyModel } from './definition.js';
import { EXTENSION, isEmpty, type AnswerValue, type Answers } from './expression.js';
import { changes, withAnswer } from './logic.js';
import { DERIVED } from './questions/registry.js';

/** The question a `{reference}` reads: the whole name or its part before the first `.` or `[`. */
const base = (reference: string) => reference.split(/[.[]/)[0]!;

/** Whether `condition` reads one of `names`. */
const reads = (condition: Condition | null | undefined, names: Set<string>) =>
  !!condition?.questions.some((reference) => names.has(reference) || names.has(base(reference)));


/** `answers` with `name` set to what `condition` gives (an empty value, null or NaN removes it). */
function assign(answers: Answers, name: string, condition: Condition | null | undefined, context: SurveyModel, precision = -1): Answers {
  let value: unknown;
  try {
    value = condition?.value(answers, context);
  } catch {
    // survey-core throws on a few mixes of text and decimals (`0 + 'x' + 0.5`); here the value is left empty.
  }
  // An expression question's `precision` rounds a number it gives; it never keeps Infinity.
  if (value === Infinity) value = undefined;
  if (precision > -1 && typeof value == 'number') value = parseFloat(value.toFixed(precision));
  return withAnswer(answers, name, (isEmpty(value) ? undefined : value) as AnswerValue);
}

/**
 * The answers after a change from `before` (the same answers when the survey starts), with every
 * computed value brought up to date. `typed`: the answers the person gave themselves, which
 * `defaultValueExpression` no longer sets; `locale`: the language of texts that functions give.
 */
export function run(survey: SurveyModel, answers: Answers, before: Answers = answers, typed = new Set<string>(), locale = ''): Answers {
  const questions = survey.pages.flatMap((page) => page.questions);
  // The survey is what functions such as displayValue read, in this language.
  const context = survey;
  EXTENSION.locale = locale;

  /** Calculated values, expression questions and defaults, until none changes (one may read another). */
  const derive = (values: Answers): Answers => {
    for (let pass = 0; pass <= questions.length + (survey.calculatedValues?.length ?? 0); pass++) {
      let next = values;
      for (const { name, expression } of survey.calculatedValues ?? []) next = assign(next, name, expression, context);
      for (const question of questions) {
        if (question.type == 'expression') next = assign(next, question.name, question.expression, context, question.precision);
        else if (question.defaultValueExpression && !typed.has(question.name)) {
          next = assign(next, question.name, question.defaultValueExpression, context);
        }
      }
      // What families compute in their answers: a matrix's expression cells and totals.
      for (const derive of DERIVED) next = derive(survey, next);
      if (!changes(values, next).size) break;
      values = next;
    }
    return values;
  };

  answers = derive(answers);
  // What changed, the person's answer and what it changed in turn, runs setValueIf, setValueExpression and resetValueIf.
  const changed = changes(before, answers);
  if (!changed.size) return answers;
  for (const question of questions as Question[]) {
    const { resetValueIf, setValueIf, setValueExpression } = question;
    if (reads(resetValueIf, changed) && resetValueIf!.evaluate(answers, context)) {
      answers = withAnswer(answers, question.name, undefined);
    }
    if (
      (setValueIf || setValueExpression) &&
      (reads(setValueIf, changed) || reads(setValueExpression, changed)) &&
      (!setValueIf || setValueIf.evaluate(answers, context))
    ) {
      // setValueIf without setValueExpression clears the answer, as in survey-core.
      answers = assign(answers, question.name, setValueExpression, context);
    }
  }
  return derive(answers);
}

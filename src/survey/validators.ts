import type { Answers, Condition, LocalizedText, Question, ValidationError, Validator } from './definition.js';
import type { Answers as AnswerSet } from './expression.js';
import { isEmail, problemOf } from './logic.js';
import { isObject } from './read-definition.js';
import type { QuestionModule } from './questions/view.js';

/**
 * A question's `validators`, as survey-core 2.5 runs them, and an `email` input's own check: a chunk of
 * its own, fetched (by questions/registry.ts `loadTypes`) only for a definition that has either, in
 * parallel with the question families it uses; the checker (definition.ts) imports it, as it names
 * their problems. Each
 * validator checks the answer only once the question has no other error (required, "other", min, max,
 * email input), as in survey-core, and all of a question's validators are asked: each failing one adds
 * its message. An answer that fails one is still kept and sent, as survey-core keeps it in `survey.data`.
 */

/** Each validator type's own properties, besides `type` and `text` (the editor's message), as read-definition.ts reads them. */
export const VALIDATORS: Record<string, string> = {
  numeric: 'minValue:n maxValue:n',
  text: 'minLength:n maxLength:n allowDigits:b',
  answercount: 'minCount:n maxCount:n',
  regex: 'regex caseInsensitive:b',
  email: '',
  expression: 'expression:c',
};

type Json = Record<string, unknown>;

/**
 * Reads a `validators` list with the caller's own property reader (`read`: the fast pass's, or the
 * checker's, which names each problem under `at`); `fail` is told what `read` cannot see.
 */
export function readValidators(
  list: unknown,
  read: (json: unknown, properties: string, at: string) => Json,
  fail: (at: string, problem: string) => unknown,
): Validator[] {
  if (!Array.isArray(list)) return fail('', 'needs a list'), [];
  return list.flatMap((json: unknown, index) => {
    const at = `[${index}].`;
    const type = isObject(json) ? json.type : undefined;
    const own = VALIDATORS[type as string];
    if (typeof own != 'string' || !isObject(json)) {
      fail(`${at}type`, type === undefined ? 'is missing' : `"${String(type)}" is not a supported validator type`);
      return [];
    }
    const props = read(json, `type text:t ${own}`, at);
    if (typeof props.regex == 'string') {
      try {
        new RegExp(props.regex);
      } catch (error) {
        fail(`${at}regex`, `is not a regular expression: ${(error as Error).message}`);
        return [];
      }
    }
    // The expression as written, for survey-core's message that quotes it.
    return [{ ...props, check: CHECKS[type as string]!(props, json.expression as string) } as Validator];
  });
}

/** Base.isValueEmpty: '' and spaces, [], undefined and objects whose values are all empty; not 0 or false. */
const isEmpty = (value: unknown): boolean =>
  typeof value == 'string'
    ? !value.trim()
    : Array.isArray(value)
    ? !value.length
    : value instanceof Object && value.constructor === Object
      ? Object.values(value).every(isEmpty)
      : !value && value !== 0 && value !== false;

/** Helpers.getNumber: text trimmed, one comma a decimal point, `0x` hex, long digit runs (phone numbers) no number. */
function toNumber(value: unknown): number {
  if (typeof value == 'string') {
    value = value.trim();
    const text = value as string;
    if (!text || (text.length > 15 && /^\d+$/.test(text))) return NaN;
    if (text.startsWith('0x')) return text.length > 32 ? NaN : parseInt(text);
    if (text.split(',').length == 2) value = text.replace(',', '.');
  }
  const number = parseFloat(value as string);
  return isFinite(value as number) ? number : NaN;
}

/** The editor's message when there is one, else survey-core's, by its key in the `survey` texts. */
const error = (text: LocalizedText | undefined, key: string, params?: Record<string, string>): ValidationError => ({
  key,
  ...(params && { params }),
  ...(text !== undefined && { text }),
});

type Props = Json & { text?: LocalizedText };
type Check = (value: unknown, answers: Answers) => ValidationError | undefined;

const CHECKS: Record<string, (props: Props, source: string) => Check> = {
  numeric: ({ minValue, maxValue, text }) => {
    const [min, max] = [minValue, maxValue] as Array<number | null | undefined>;
    const params = { ...(min != null && { min: String(min) }), ...(max != null && { max: String(max) }) };
    const key = min != null && max != null ? 'numericMinMax' : min != null ? 'numericMin' : 'numericMax';
    return (value) => {
      if (isEmpty(value)) return undefined;
      const number = toNumber(value);
      if (isNaN(number)) return error(text, 'numericError');
      return number < (min ?? -Infinity) || number > (max ?? Infinity) ? error(text, key, params) : undefined;
    };
  },
  text: ({ minLength, maxLength, allowDigits, text }) => {
    const [min = 0, max = 0] = [minLength, maxLength] as Array<number | undefined>;
    const key = min > 0 && max > 0 ? 'textMinMaxLength' : min > 0 ? 'textMinLength' : 'textMaxLength';
    return (value) => {
      if (isEmpty(value)) return undefined;
      // survey-core's test: digits at the end of the answer.
      if (allowDigits === false && /\d+$/.test(String(value))) return error(text, 'textNoDigits');
      const { length } = value as { length?: number };
      return (min > 0 && length! < min) || (max > 0 && length! > max)
        ? error(text, key, { min: String(min), max: String(max) })
        : undefined;
    };
  },
  answercount: ({ minCount, maxCount, text }) => (value) => {
    const count = Array.isArray(value) ? value.length : 0;
    const [min, max] = [minCount, maxCount] as Array<number | undefined>;
    if (!count) return undefined;
    if (min && count < min) return error(text, 'minSelect', { min: String(min) });
    return max && count > max ? error(text, 'maxSelect', { max: String(max) }) : undefined;
  },
  regex: ({ regex, caseInsensitive, text }) => {
    const pattern = new RegExp(regex as string, caseInsensitive ? 'i' : '');
    // survey-core has no message of its own for this one (it shows an empty error): ours says what is wrong.
    const failed = error(text, 'invalidFormat');
    return (value) => {
      if (isEmpty(value)) return undefined;
      // A list's items one by one, then the list as one text, as survey-core tests it.
      if (Array.isArray(value) && value.some((item) => !pattern.test(String(item)))) return failed;
      return pattern.test(String(value)) ? undefined : failed;
    };
  },
  email: ({ text }) => (value) => (!value || isEmail(value) ? undefined : error(text, 'invalidEmail')),
  expression: ({ expression, text }, source) => (_value, answers) =>
    !expression || (expression as Condition).evaluate(answers) ? undefined : error(text, 'invalidExpression', { expression: source }),
};

/**
 * When the question has no error yet (logic.ts `problemOf`), each failing validator's, as survey-core
 * asks its validators only then (an `email` input's own check comes first, in logic.ts `validationErrors`).
 */
export function validate(question: Question, answers: AnswerSet): ValidationError[] {
  return problemOf(question, answers) ? [] : (question.validators ?? []).flatMap((validator) => validator.check(answers[question.name], answers) ?? []);
}

// Fetched as a question family is (questions/registry.ts), with no types of its own.
export const properties = {};
export const render = {};
// The fast pass reads `validators` (kind V) with this chunk; the checker calls `readValidators` itself.
export const kinds: QuestionModule['kinds'] = { V: (value, { read, fail }) => readValidators(value, read, fail) };
export { validatorText as words } from '../i18n/survey-validators.js';

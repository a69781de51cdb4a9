/**
 * Arithmetic and survey-core's built-in functions for expressions (docs/survey-expressions.md), as
 * survey-core 2.5 runs them, quirks included. Loaded with the `expression` question family, only for a
 * definition that computes something (questions/registry.ts): `install` fills in expression.ts
 * `EXTENSION`, and expressions parsed from then on may use them.
 *
 * The functions that read the survey rather than answers (`displayValue`, `propertyValue`,
 * `isContainerReady`) read the `context` given to `Expression.value` or `evaluate`: the survey model, with
 * texts in `EXTENSION.locale`. Without one they give what survey-core's `ExpressionRunner` gives without a
 * survey.
 */
import type { LocalizedText, Question, SurveyModel } from './definition.js';
import { isVisible, problemOf } from './logic.js';
import { textIn } from './read-definition.js';
import {
  EXTENSION,
  ExpressionError,
  OPERATIONS,
  equal,
  isEmpty,
  parseExpression,
  toNumber,
  type Answers,
  type Node,
} from './expression.js';

type Value = unknown;
type Fn = (params: Value[], args: Node[], answers: Answers) => Value;
const isArray = Array.isArray;
/** The survey of the evaluation under way, if any. */
const survey = () => EXTENSION.context as SurveyModel | undefined;
const text = (value: LocalizedText | undefined) => textIn(value, EXTENSION.locale ?? '');
const DAY = 864e5;

/** Helpers.getNumber: text as expression.ts reads it, else what parses and is finite (a one-item list too). */
const number = (value: Value): number =>
  typeof value == 'string' ? toNumber(value) : isFinite(value as number) ? parseFloat(value as string) : NaN;
const isNumber = (value: Value) => !isNaN(number(value));

const decimals = (value: Value) =>
  isNumber(value) && Math.floor(value as number) !== value ? String(value).split('.')[1]?.length ?? 0 : 0;

/** survey-core rounds a sum or product to its operands' decimals, so 0.1 + 0.2 is 0.3. */
const rounded = (res: Value, digits: number) => (digits > 0 ? parseFloat((res as number).toFixed(digits)) : res);
const plusMinus = (a: Value, b: Value, res: Value) => rounded(res, Math.max(decimals(a), decimals(b)));

/** Helpers.sumAnyValues: numbers add, text joins, a list and a number add the list's numbers. */
function plus(a: Value, b: Value): Value {
  if (!isNumber(a) || !isNumber(b)) {
    if (isArray(a) && isArray(b)) return [...a, ...b];
    if (isArray(a) || isArray(b)) {
      const list = (isArray(a) ? a : b) as Value[];
      const other = list === a ? b : a;
      if (typeof other == 'string') return list === a ? list.join(', ') + other : other + list.join(', ');
      if (typeof other == 'number') {
        const total = list.reduce<number>((sum, item) => (typeof item == 'number' ? (plusMinus(sum, item, sum + item) as number) : sum), 0);
        return plusMinus(total, other, total + other);
      }
    }
    return (a as number) + (b as number);
  }
  if (typeof a == 'string' || typeof b == 'string') return (a as string) + (b as string);
  return plusMinus(a, b, (a as number) + (b as number));
}

const ARITHMETIC: Record<string, (a: never, b: never) => Value> = {
  '+': plus,
  '-': (a: number, b: number) => plusMinus(a, b, a - b),
  '*': (a: number, b: number) => rounded(a * b, decimals(a) + decimals(b)),
  '/': (a: number, b: number) => (b ? a / b : null),
  '%': (a: number, b: number) => (b ? a % b : null),
};

/** An empty side of `+ - * / % ^` becomes 0, '' or [] after the other side, as in survey-core. */
const forArithmetic = (value: Value, other: Value): Value =>
  !isEmpty(value)
    ? value
    : typeof other == 'number'
    ? 0
    : typeof value == 'string' || typeof other == 'string'
    ? ''
    : isArray(other)
    ? []
    : 0;

/** createDate: a date alone (`2024-05-31`) is midnight where the person is; nothing is now. */
function date(value?: Value): Date {
  if (!value) return new Date();
  if (typeof value == 'string' && value.indexOf('T') < 1 && /\d{4}-\d{2}-\d{2}/.test(value) && !isNaN(Date.parse(value))) {
    value += 'T00:00:00';
  }
  return new Date(value as string);
}

function today(params?: Value[]): Date {
  const result = new Date();
  result.setHours(0, 0, 0, 0);
  if (params?.length == 1) result.setDate(result.getDate() + (params[0] as number));
  return result;
}

/** The first parameter as a date, else today. */
const dateOf = (params: Value[]) => (params[0] ? date(params[0]) : today());

/** A comparison with a Date on one side reads text on the other as a date, to the precision it is written in. */
function forDates(value: Value, other: Value): Value {
  if (other instanceof Date && typeof value == 'string') {
    const result = date(value);
    other.setMilliseconds(0);
    if (!other.getHours() && !other.getMinutes() && !other.getSeconds()) result.setHours(0, 0, 0);
    return result;
  }
  if (typeof other == 'string' && value instanceof Date) {
    if (other.length < 17) value.setSeconds(0, 0);
    if (other.length < 14) value.setMinutes(0, 0);
    if (other.length < 11) value.setHours(0, 0);
  }
  return value;
}

/** The parameters flattened, empty ones dropped and text holding a number read as one. */
function flat(params: Value[]): Value[] {
  const found: Value[] = [];
  const add = (value: Value): void => {
    if (isArray(value)) value.forEach(add);
    else if (value != null) found.push(isNumber(value) ? number(value) : value);
  };
  add(params);
  return found;
}

function sum(params: Value[]): Value {
  return flat(params).reduce((total, item) => plusMinus(total, item, (total as number) + (item as number)), 0);
}

function extreme(params: Value[], isMin: boolean): Value {
  let best: Value;
  for (const item of flat(params)) {
    best ??= item;
    if (isMin ? (best as number) > (item as number) : (best as number) < (item as number)) best = item;
  }
  return best;
}

/** Whole months from `first` to `second` (now if none): `years` or `months`; `days` counts days. */
function dateDiff(first: Value, second: Value, unit: Value): number {
  if (unit == 'days') return diffDays([first, second]) as number;
  const from = date(first);
  const to = date(second);
  let months = (to.getFullYear() - from.getFullYear()) * 12 + to.getMonth() - from.getMonth();
  if (to.getDate() < from.getDate()) months--;
  return unit == 'months' ? months : ~~(months / 12);
}

function diffDays(params: Value[]): Value {
  if (params.length != 2 || !params[0] || !params[1]) return 0;
  const [from, to] = params.map((each) => {
    const day = date(each);
    return Date.UTC(day.getFullYear(), day.getMonth(), day.getDate());
  });
  return Math.ceil(Math.abs(to! - from!) / DAY);
}

const UNITS: Record<string, string> = {
  days: 'Date',
  months: 'Month',
  years: 'FullYear',
  hours: 'Hours',
  minutes: 'Minutes',
  seconds: 'Seconds',
};

/** Text holding a number as that number; other text as nothing; anything else as it is. */
const asNumber = (value: Value) => (typeof value != 'string' ? value : isNumber(value) ? number(value) : undefined);

/**
 * The rows an `…InArray` function reads (a dynamic matrix's or panel's answer: a list of objects, or
 * an object of them), the column it reads, the column it gives back (min/maxInArray) and the condition a
 * row must meet: text to parse, or the expression written there, run on the row.
 */
function rows(params: Value[], args: Node[]) {
  const [data, name] = params;
  if (params.length < 2 || params.length > 4 || !data || typeof name != 'string') return undefined;
  let returned = name;
  let at = 2;
  // A third text that reads as no condition is the column to give back.
  if (typeof params[2] == 'string' && !/[{}><=!]/.test(params[2])) {
    returned = params[2];
    at = 3;
  }
  const filter = params[at];
  const condition = typeof filter == 'string' && filter ? written(filter) : args[at] && ((row: Answers) => args[at]!(row) == true);
  const items = (isArray(data) ? data : Object.values(data as object)) as Array<Record<string, Value> | null>;
  return {
    name,
    returned,
    items: items.filter((item) => item && !isEmpty(item[name]) && (!condition || condition(item as Answers))) as Array<
      Record<string, Value>
    >,
  };
}

/** A row condition written as text; one that does not parse holds for no row. */
function written(source: string): (row: Answers) => boolean {
  try {
    return parseExpression(source).evaluate;
  } catch {
    return () => false;
  }
}

function inArray(params: Value[], args: Node[], count?: boolean): Value {
  const found = rows(params, args);
  let total: Value;
  for (const item of found?.items ?? []) {
    const value = count ? 1 : asNumber(item[found!.name]);
    total ??= 0;
    if (value != null) total = count ? (total as number) + 1 : plusMinus(total, value, (total as number) + (value as number));
  }
  return total ?? 0;
}

function extremeInArray(params: Value[], args: Node[], isMin: boolean): Value {
  const found = rows(params, args);
  let best: number | undefined;
  let bestItem: Record<string, Value> | undefined;
  for (const item of found?.items ?? []) {
    const value = asNumber(item[found!.name]) as number | undefined;
    if (value != null && (best == null || (isMin ? value < best : value > best))) [best, bestItem] = [value, item];
  }
  return bestItem && (found!.returned != found!.name ? bestItem[found!.returned] : best);
}

/** The question `name` of the survey in `context`, if there is one. */
const question = (name: Value) =>
  survey()
    ?.pages.flatMap((page) => page.questions)
    .find((each) => each.name === name);

/** The text a choice question shows for `value` (a list for each of its items), else the value. */
function display(asked: Question, value: Value): Value {
  const choices = 'choices' in asked ? asked.choices : 'values' in asked ? asked.values : undefined;
  const one = (item: Value) => {
    const choice = choices?.find((each) => equal(each.value, item));
    return choice ? text(choice.text) : item;
  };
  if (asked.type == 'boolean' && typeof value == 'boolean') return text(value ? asked.labelTrue : asked.labelFalse) || String(value);
  return isArray(value) ? value.map(one).join(', ') : one(value);
}

export const FUNCTIONS: Record<string, Fn> = {
  iif: (params) => (params.length < 2 ? null : params[0] ? params[1] : params[2]),
  isContainerReady: ([name], _, answers) => {
    const page = name ? survey()?.pages.find((each) => each.name === name) : undefined;
    // A page's questions that show have nothing that keeps the survey from being sent.
    return !!page && page.questions.every((each) => !isVisible(each, answers, survey()) || !problemOf(each, answers));
  },
  isDisplayMode: () => (survey() ? false : undefined),
  age: ([birth, unit]) => (birth ? dateDiff(birth, undefined, unit || 'years') : null),
  dateDiff: ([from, to, unit]) => {
    if (!from || !to) return null;
    unit ||= 'days';
    const milliseconds = Math.abs(+date(to) - +date(from));
    const size = { hours: 36e5, minutes: 6e4, seconds: 1e3 }[unit as string];
    return size ? Math.ceil(milliseconds / size) : dateDiff(from, to, unit);
  },
  diffDays,
  dateAdd: ([start, add, unit]) => {
    if (!start || !add) return null;
    const result = date(start) as unknown as Record<string, (value?: unknown) => number>;
    const name = UNITS[(unit || 'days') as string];
    // survey-core adds as `+` does: a number added, text joined before the date reads it.
    if (name) result[`set${name}`]!((result[`get${name}`]!() as unknown as string) + (add as string));
    return result;
  },
  today,
  currentDate: () => new Date(),
  currentYear: () => new Date().getFullYear(),
  getYear: (params) => (params.length != 1 || !params[0] ? undefined : date(params[0]).getFullYear()),
  year: (params) => dateOf(params).getFullYear(),
  month: (params) => dateOf(params).getMonth() + 1,
  day: (params) => dateOf(params).getDate(),
  weekday: (params) => dateOf(params).getDay(),
  getDate: ([value]) => (value ? date(value) : null),
  sum,
  max: (params) => extreme(params, false),
  min: (params) => extreme(params, true),
  count: (params) => flat(params).length,
  avg: (params) => {
    const count = flat(params).length;
    return count ? (sum(params) as number) / count : 0;
  },
  sumInArray: (params, args) => inArray(params, args),
  countInArray: (params, args) => inArray(params, args, true),
  avgInArray: (params, args) => {
    const count = inArray(params, args, true) as number;
    return count && (inArray(params, args) as number) / count;
  },
  maxInArray: (params, args) => extremeInArray(params, args, false),
  minInArray: (params, args) => extremeInArray(params, args, true),
  displayValue: ([name, value], _, answers) => {
    const asked = question(name);
    return asked && display(asked, isEmpty(value) ? answers[asked.name] : value);
  },
  propertyValue: (params, _, answers) => {
    const [name, property] = params;
    const asked = params.length == 2 && property ? question(name) : undefined;
    if (!asked) return undefined;
    if (property == 'visible' || property == 'isVisible') return isVisible(asked, answers, survey());
    if (property == 'value') return answers[asked.name];
    const value = (asked as unknown as Record<string, unknown>)[property as string];
    return property == 'title' || property == 'description' ? text(value as LocalizedText) : value;
  },
  substring: ([text, start, end]) =>
    !text || typeof text != 'string' || !isNumber(start)
      ? ''
      : text.substring(start as number, isNumber(end) ? (end as number) : undefined),
  round: (params) => {
    const [value, precision] = flat(params);
    if (!isNumber(value) || !isNumber(precision || 0)) return NaN;
    const scale = Math.pow(10, (precision as number) || 0);
    return Math.round((value as number) * scale * (1 + Number.EPSILON)) / scale;
  },
  trunc: (params) => {
    const [value, precision] = flat(params);
    if (!isNumber(value) || !isNumber(precision || -1)) return NaN;
    // survey-core's pattern, where a missing precision makes `{0,-1}`: plain characters, so no decimals.
    return Number(new RegExp(`^-?\\d+(?:.\\d{0,${(precision as number) || -1}})?`).exec(String(value))![0]);
  },
};

/** Lets expressions parsed from now on compute: arithmetic, functions, and dates in comparisons. Once is enough. */
export function install(): void {
  if (EXTENSION.call) return;
  EXTENSION.arithmetic = (operator) => {
    // `^`, or `power` in any case.
    const run = ARITHMETIC[operator] ?? Math.pow;
    return (left, right) => {
      left = forArithmetic(left, right);
      return run(left as never, forArithmetic(right, left) as never);
    };
  };

  EXTENSION.call = (name, args, at) => {
    const run = FUNCTIONS[name];
    if (!run) throw new ExpressionError(`Unknown function "${name}" (at character ${at + 1})`, at);
    return (answers) =>
      run(
        args.map((arg) => arg(answers)),
        args,
        answers
      );
  };

  // Comparisons (the third to the eighth operation) read text beside a Date as a date; two Dates compare by their moment.
  for (let at = 2; at < 8; at++) {
    const compare = OPERATIONS[at]!;
    OPERATIONS[at] = (left, right) => {
      left = forDates(left, right);
      right = forDates(right, left);
      return left instanceof Date && right instanceof Date ? compare(+left, +right) : compare(left, right);
    };
  }
}

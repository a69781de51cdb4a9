/**
 * Expressions (`visibleIf`, `expression`, …): parsed the way survey-core 2.5's grammar parses them and
 * evaluated with its rules, so a definition written for SurveyJS shows, hides and computes the same
 * here. survey-core is the reference in the tests and never ships. Every quirk below is survey-core's,
 * kept on purpose; the grammar for editors is in docs/survey-expressions.md.
 *
 * This file parses the whole grammar but runs only comparisons and logic: arithmetic and function calls
 * run once `EXTENSION` is filled in by functions.ts, in a chunk fetched only for a definition that uses them
 * (questions/registry.ts `loadTypes`); until then they are rejected when parsing. A recursive-descent
 * parser building closures: no `eval`/`new Function` (CSP), no dependencies.
 */

export type AnswerValue = string | number | boolean | string[] | Record<string, string | number> | undefined;
export type Answers = Record<string, AnswerValue>;

export interface Expression {
  /** True when the question shows: survey-core's condition result (`value == true`). */
  evaluate(answers: Answers, context?: unknown): boolean;
  /**
   * The expression's value, as survey-core's `ExpressionRunner` gives it: a number, text, boolean,
   * list, Date, or null. `context` is the survey model, which functions such as `displayValue` read.
   */
  value(answers: Answers, context?: unknown): unknown;
  /**
   * Each `{reference}` as written, once, in order, without a leading `#`: `q1`, `matrix.row`,
   * `checkbox[0]`, `checkbox.length`. The question is the whole reference or its part before the first
   * `.` or `[`.
   */
  readonly questions: string[];
  /** Whether it calls a function, which may read more than `questions` (`displayValue('q1')`, `today()`). */
  readonly calls: boolean;
}

export class ExpressionError extends Error {
  constructor(
    message: string,
    /** Where in the source it went wrong (0-based), for pointing the editor at it. */
    readonly position: number,
  ) {
    super(message);
    this.name = 'ExpressionError';
  }
}

type Value = unknown;
export type Node = (answers: Answers) => Value;

/**
 * The lazily loaded part (functions.ts `install`): `call` builds a function call (throwing an
 * ExpressionError for a function it does not know), `arithmetic` gives an arithmetic operator's work;
 * `context` is the `context` of the evaluation under way (the survey model), `locale` the language of
 * the texts functions give (computed.ts sets it).
 */
export const EXTENSION: {
  call?: (name: string, args: Node[], at: number) => Node;
  arithmetic?: (operator: string) => (left: Value, right: Value) => Value;
  context?: unknown;
  locale?: string;
} = {};

const FAIL = 0;
/** The `null`/`undefined` literal: survey-core keeps no operand for it, which matters (see `operand`). */
const NULL: Node = () => null;
const isArray = Array.isArray;

/** Helpers.isValueEmpty: '', [], undefined/null and objects whose values are all empty; not 0 or false. */
export const isEmpty = (value: Value): boolean =>
  isArray(value)
    ? !value.length
    : value instanceof Object && value.constructor === Object
      ? Object.values(value).every(isEmpty)
      : !value && value !== 0 && value !== false;

/** Helpers.getNumber for text: '1,5' is 1.5, '0x1f' hex, long digit runs (phone numbers) are no number. */
export function toNumber(text: string): number {
  text = text.trim();
  if (/^\d{16,}$|^0x[^]{31}/.test(text)) return NaN;
  if (text.startsWith('0x')) return parseInt(text);
  if (text.split(',').length == 2) text = text.replace(',', '.');
  return isFinite(+text) ? parseFloat(text) : NaN;
}

/** Const.getCorrectValue: text answers and literals turn into booleans and numbers ('5' is 5, '05' stays). */
function correct(value: Value): Value {
  if (typeof value != 'string') return value;
  if (/^(true|false)$/i.test(value)) return value.toLowerCase() == 'true';
  if (/^['"][^]*['"]$/.test(value)) return value.slice(1, -1);
  const number = toNumber(value);
  return isNaN(number) || /^0[^x.,]/.test(value) ? value : number;
}

const numeric = (value: Value) => value != null && !isArray(value) && !isNaN(value as number);

/** `[]` equals undefined (the text 'undefined', see `equal`); '' equals null and undefined. */
const blank = (x: Value, y: Value) => (isArray(x) && !x.length && y === undefined) || (x == null && y === '');

/** Helpers.checkIfValuesEqual as conditions call it: strings trimmed and case-insensitive, '5' = 5, arrays in any order. */
function equalCore(x: Value, y: Value): boolean {
  if (x === y || blank(x, y) || blank(y, x)) return true;
  if (typeof x == 'string' && typeof y == 'string') return x.trim().toLowerCase() == y.trim().toLowerCase();
  if (numeric(x) && numeric(y) && parseInt(x as string) === parseInt(y as string)) {
    if (parseFloat(x as string) === parseFloat(y as string)) return true;
  }
  if (isEmpty(x) != isEmpty(y)) return false;
  if ((typeof x == 'boolean' && typeof y == 'string') || (typeof y == 'boolean' && typeof x == 'string')) {
    return String(x).toLowerCase() == String(y).toLowerCase();
  }
  if (!(x instanceof Object) && !(y instanceof Object)) return x == y;
  if (!(x instanceof Object) || !(y instanceof Object)) return false;
  // Arrays: survey-core sorts copies with the default (string) order, then compares item by item.
  if (isArray(x) && isArray(y)) [x, y] = [[...x].sort(), [...y].sort()];
  const keys = Object.keys(x as object);
  return (
    keys.length == Object.keys(y as object).length &&
    keys.every((key) => Object.hasOwn(y as object, key) && equalCore((x as Answers)[key], (y as Answers)[key]))
  );
}

/** OperandMaker.isTwoValueEquals: the text 'undefined' counts as undefined. */
export const equal = (x: Value, y: Value) => equalCore(x === 'undefined' ? undefined : x, y === 'undefined' ? undefined : y);

const greater = (x: Value, y: Value) => x != null && y != null && (x as number) > (y as number);
const less = (x: Value, y: Value) => greater(y, x);

/** containsCore: a substring test (case-insensitive) on text and numbers, every item on arrays. */
function containsCore(left: Value, right: Value, contains: boolean): boolean {
  if (isArray(left) && !left.length) return !contains;
  if (!left && left !== 0 && left !== false) return false;
  let list = left as Value[] | string;
  if (!list.length) list = String(left);
  if (typeof list == 'string') {
    if (!right) return false;
    return list.toLowerCase().includes(String(right).toLowerCase()) == contains;
  }
  return [right].flat().every((item) => (list as Value[]).some((own) => equal(own, item))) == contains;
}

const contains = (left: Value, right: Value) => containsCore(left, right, true);

function anyOf(left: Value, right: Value): boolean {
  if (isEmpty(left)) return isEmpty(right);
  if (isEmpty(right)) return true;
  if (!isArray(left)) return contains(right, left);
  return [right].flat().some((item) => contains(left, item));
}

/** `and`/`or` go through survey-core's arithmetic conversion: an empty side becomes 0, '' or []. */
const forLogic = (value: Value, other: Value): Value =>
  !isEmpty(value)
    ? value
    : typeof other == 'number'
      ? 0
      : typeof value == 'string' || typeof other == 'string'
        ? ''
        : isArray(other)
          ? []
          : 0;

/**
 * Operator spellings as survey-core tries them (first match wins, keywords in any case), a group each:
 * `or`, `and`, six comparisons, five binary functions, then arithmetic (`+ -`, `* / %`, `^`). No two
 * groups match at one place but `*=` and `*`, so one pattern serves every level of the grammar.
 */
const OPERATOR =
  /(\|\||or)|(&&|and)|(<=|lessorequal)|(>=|greaterorequal)|(==?|equal)|(!=|notequal)|(<|less)|(>|greater)|(\*=|contains?)|(notcontains?)|(anyof)|(allof)|(noneof)|([-+])|([*/%])|(\^|power)/iy;
/** What each group of OPERATOR does, in its order. */
export const OPERATIONS: Array<(left: Value, right: Value) => Value> = [
  (a, b) => (a = forLogic(a, b)) || forLogic(b, a),
  (a, b) => (a = forLogic(a, b)) && forLogic(b, a),
  (a, b) => equal(a, b) || less(a, b),
  (a, b) => equal(a, b) || greater(a, b),
  equal,
  (a, b) => !equal(a, b),
  less,
  greater,
  contains,
  (a, b) => (!a && !isEmpty(b)) || containsCore(a, b, false),
  anyOf,
  (a, b) => (!!a || isEmpty(b)) && [b].flat().every((item) => contains(a, item)),
  (a, b) => !anyOf(a, b),
];
/**
 * Values as survey-core's grammar tries them, a group each: `null`/`undefined`, a number, `{#?reference}`,
 * quoted text (a backslash escapes either quote; the other quote cannot appear unescaped). Case-sensitive;
 * then WORD: `true`/`false` (also at the start of a longer word, as in survey-core) or a bare word.
 */
const LITERAL = /(null|undefined)|(0x\d+|-?(?:\d+\.\d+|[1-9]\d*|0))|\{(#?)([^{}]+)\}|(['"])((?:[^'"\\]|\\['"]|\\(?!['"]))*)\5/y;
const WORD = /(true|false)|[a-z_]\w*/iy;
const CALL = /[a-z_]\w*\(/iy;
const NEGATE = /!|negate/iy;
const EMPTY = /[ \t\n\r]*(not)?empty/iy;
const COMMA = /[ \t\n\r]*,/y;
const SPACE = /[ \t\n\r]*/y;

/**
 * Parses an expression. Throws an ExpressionError where survey-core's parser fails, for an empty one
 * too (survey-core skips an empty `visibleIf` before parsing it), and for function calls and arithmetic
 * while `EXTENSION` is not loaded.
 */
export function parseExpression(source: string): Expression {
  // survey-core rewrites these spellings in the raw text before parsing, inside quotes too.
  const text = source
    .replace(/=>/g, '>=')
    .replace(/=</g, '<=')
    .replace(/<>/g, '!=')
    .replace(/equals/g, 'equal ');
  const questions: string[] = [];
  let calls = false;
  let pos = 0;

  const fail = (message: string, at = pos): never => {
    throw new ExpressionError(`${message} (at character ${at + 1})`, at);
  };
  const match = (pattern: RegExp) => {
    pattern.lastIndex = pos;
    const found = pattern.exec(text);
    if (found) pos = pattern.lastIndex;
    return found;
  };
  const space = () => match(SPACE);
  /** A null literal cannot stand where survey-core needs an operand (`!null`, `[1, null]`): it throws there. */
  const operand = (node: Node, at: number): Node => (node != NULL ? node : fail('Expected a value, not null', at));

  /**
   * `head (operator next)*` at each level of survey-core's grammar: 1 `or`, 2 `and`, 3 comparisons,
   * 4 `+ -`, 5 `* / %`, 6 `^` (all left to right), 7 binary functions (whose right side may be left
   * out), 8 a factor; a failed tail is given back, as PEG does.
   */
  function chain(level: number): Node | typeof FAIL {
    if (level > 7) return factor();
    let left = chain(level + 1);
    if (!left) return FAIL;
    for (;;) {
      const start = pos;
      space();
      const found = match(OPERATOR);
      // The group that matched: 1-2 `or`, `and`; 3-8 comparisons; 9-13 binary functions; 14-16 arithmetic.
      const group = found ? found.indexOf(found[0], 1) : 0;
      if ((group < 3 ? group : group < 9 ? 3 : group < 14 ? 7 : group - 10) != level) return (pos = start), left;
      space();
      const right = chain(level + 1);
      if (!right && level < 7) return (pos = start), left;
      const run = group > 13 ? (EXTENSION.arithmetic ?? fail('Arithmetic is not supported', start))(found![0]) : OPERATIONS[group - 1]!;
      const l: Node = left;
      const r: Node = right || NULL;
      left = (answers) => run(l(answers), r(answers));
    }
  }

  function factor(): Node | typeof FAIL {
    const start = pos;
    if (text[pos] == '(') {
      pos++;
      const inner = expression();
      if (!inner) return (pos = start), FAIL;
      if (text[pos] == ')') pos++; // survey-core lets a closing parenthesis be left out
      return inner;
    }
    const call = match(CALL);
    if (call) {
      const args = sequence();
      if (text[pos] != ')') return (pos = start), FAIL;
      pos++;
      calls = true;
      return (EXTENSION.call ?? fail('Functions are not supported', start))(call[0].slice(0, -1), args, start);
    }
    if (match(NEGATE)) {
      space();
      const at = pos;
      const negated = factor();
      if (negated) {
        const value = operand(negated, at);
        return (answers) => !value(answers);
      }
      pos = start;
    }
    const value = atom();
    if (value) {
      const found = match(EMPTY);
      if (!found) return value;
      const tested = operand(value, start);
      return (answers) => isEmpty(tested(answers)) != !!found[1];
    }
    if (text[pos] != '[') return FAIL;
    pos++;
    const items = sequence();
    if (text[pos] != ']') return (pos = start), FAIL;
    pos++;
    return (answers) => items.map((each) => each(answers));
  }

  function atom(): Node | typeof FAIL {
    let found = match(LITERAL);
    let value: Value;
    if (found) {
      const [, empty, number, raw, reference, , quoted] = found;
      if (empty) return NULL;
      if (reference) {
        if (!questions.includes(reference)) questions.push(reference);
        return variable(reference, !!raw);
      }
      value = number ? +number : quoted.replace(/\\(['"])/g, '$1');
    } else if ((found = match(WORD))) {
      value = found[1] ? found[1].toLowerCase() == 'true' : found[0];
    } else return FAIL;
    return () => value;
  }

  /** `[a, b]`: survey-core drops the whole list when the first item is missing or null. */
  function sequence(): Node[] {
    const first = expression();
    const items = first && first != NULL ? [first] : [];
    for (;;) {
      const start = pos;
      if (!match(COMMA)) return items;
      space();
      const at = pos;
      const next = expression();
      if (!next) return (pos = start), items;
      if (items[0]) items.push(operand(next, at));
    }
  }

  function expression(): Node | typeof FAIL {
    const start = pos;
    space();
    const result = chain(1);
    if (!result) return (pos = start), FAIL;
    space();
    return result;
  }

  const root = expression();
  if (pos < text.length || !root) fail(pos < text.length ? `Unexpected "${text[pos]}"` : 'Expected an expression');
  const run = operand(root as Node, 0);
  const value = (answers: Answers, context?: unknown) => ((EXTENSION.context = context), run(answers));
  // ConditionRunner: `result == true`, so 1 and '1' show a question and 2 does not.
  return { evaluate: (answers, context) => value(answers, context) == true, value, questions, calls };
}

/**
 * A `{reference}`, looked up as survey-core does on a plain answers object: case-insensitive names, `a.b`,
 * `a[0]`. In a survey, survey-core finds a question only by its exact name; definition.ts makes that the
 * same here by accepting only exact names in `visibleIf` and no two names differing only in case.
 */
function variable(name: string, raw: boolean): Node {
  // Each part as [name, index?]; `$`, the element-property prefix, is dropped on plain values.
  const path = name
    .replace(/^\$/, '')
    .split('.')
    .map((part): [string, number?] => {
      const open = part.lastIndexOf('[');
      const index = part.endsWith(']') && open > -1 ? toNumber(part.slice(open + 1, -1)) : NaN;
      return isNaN(index) ? [part] : [part.slice(0, open), index];
    });
  return (answers) => {
    let value: Value = answers;
    for (let start = 0, end = 0; value !== undefined && start < path.length; start = end + 1) {
      // The longest name first, up to the first index: a key "a.b" wins over a.b.
      for (end = start; end < path.length - 1 && path[end].length < 2; ) end++;
      let found;
      while (end >= start && (found = item(value, path.slice(start, end + 1).map((part) => part[0]).join('.'))) === undefined) end--;
      const index = path[end]?.[1]; // found is undefined when no name matched (end < start)
      value = index === undefined ? found : isArray(found) ? found[index < 0 ? index + found.length : index] : undefined;
    }
    // `{#q}` is `raw`: survey-core's marker for "compare the value as it is", without turning '5' into 5.
    if (value !== undefined) return raw ? value : correct(value);
    if (name.endsWith('.length')) return 0;
    try {
      return name.includes(':') ? (JSON.parse(`{${name}}`) as Value) : null;
    } catch {
      return null;
    }
  };
}

/** One step of the lookup: a key in any case, or the length of a list or text. */
function item(value: Value, name: string): Value {
  if (!value || !name) return undefined;
  if (name == 'length' && (isArray(value) || typeof value == 'string')) return value.length;
  if (typeof value == 'object') return Object.entries(value).find(([key]) => key.toLowerCase() == name.toLowerCase())?.[1];
}

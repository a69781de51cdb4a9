/**
 * `visibleIf` expressions: parsed the way survey-core 2.5's grammar parses them and evaluated with its
 * rules, so a definition written for SurveyJS shows and hides the same questions here. survey-core is
 * the reference in the tests and never ships. Every quirk below is survey-core's, kept on purpose; the
 * grammar for editors is in docs/survey-expressions.md.
 *
 * Not supported, rejected when parsing: function calls (`age({birthdate})`) and arithmetic
 * (`+ - * / % ^`), which survey-core accepts. A recursive-descent parser building closures: no
 * `eval`/`new Function` (CSP), no dependencies.
 */

export type AnswerValue = string | number | boolean | string[] | Record<string, string | number> | undefined;
export type Answers = Record<string, AnswerValue>;

export interface Expression {
  /** True when the question shows: survey-core's condition result (`value == true`). */
  evaluate(answers: Answers): boolean;
  /**
   * Each `{reference}` as written, once, in order, without a leading `#`: `q1`, `matrix.row`,
   * `checkbox[0]`, `checkbox.length`. The question is the whole reference or its part before the first
   * `.` or `[`.
   */
  readonly questions: string[];
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
type Node = (answers: Answers) => Value;
/** The `null`/`undefined` literal: survey-core keeps no operand for it, which matters (see `operand`). */
type Parsed = Node | null;

const FAIL = 0;
const isArray = Array.isArray;

/** Helpers.isValueEmpty: '', [], undefined/null and objects whose values are all empty; not 0 or false. */
const isEmpty = (value: Value): boolean =>
  isArray(value)
    ? !value.length
    : value instanceof Object && value.constructor === Object
      ? Object.values(value).every(isEmpty)
      : !value && value !== 0 && value !== false;

/** Helpers.getNumber for text: '1,5' is 1.5, '0x1f' hex, long digit runs (phone numbers) are no number. */
function toNumber(text: string): number {
  text = text.trim();
  if (!text || (text.length > 15 && /^\d+$/.test(text))) return NaN;
  if (!text.indexOf('0x')) return text.length > 32 ? NaN : parseInt(text);
  const comma = text.indexOf(',');
  if (comma > -1 && text.indexOf(',', comma + 1) < 0) text = text.replace(',', '.');
  const number = parseFloat(text);
  return isFinite(+text) ? number : NaN;
}

/** Const.getCorrectValue: text answers and literals turn into booleans and numbers ('5' is 5, '05' stays). */
function correct(value: Value): Value {
  if (!value || typeof value != 'string') return value;
  if (/^(true|false)$/i.test(value)) return value.toLowerCase() == 'true';
  if (value.length > 1 && `'"`.includes(value[0]) && `'"`.includes(value[value.length - 1])) {
    return value.slice(1, -1);
  }
  const number = toNumber(value);
  if (isNaN(number) || (value[0] == '0' && value.indexOf('0x') && value.length > 1 && !'.,'.includes(value[1]))) {
    return value;
  }
  return number;
}

const isNumeric = (value: Value) => value != null && !isArray(value) && !isNaN(value as number);
const has = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/** Helpers.checkIfValuesEqual as conditions call it: strings trimmed and case-insensitive, '5' = 5, arrays in any order. */
function equalCore(x: Value, y: Value): boolean {
  if (x === y) return true;
  if ((isArray(x) && !x.length && y === undefined) || (isArray(y) && !y.length && x === undefined)) return true;
  if ((x == null && y === '') || (y == null && x === '')) return true;
  if (typeof x == 'string' && typeof y == 'string') return x.trim().toLowerCase() == y.trim().toLowerCase();
  if (isNumeric(x) && isNumeric(y) && parseInt(x as string) === parseInt(y as string)) {
    if (parseFloat(x as string) === parseFloat(y as string)) return true;
  }
  if (isEmpty(x) != isEmpty(y)) return false;
  if (typeof x == 'boolean' && typeof y == 'string') return String(x) == y.toLowerCase();
  if (typeof y == 'boolean' && typeof x == 'string') return String(y) == x.toLowerCase();
  if (!(x instanceof Object) && !(y instanceof Object)) return x == y;
  if (!(x instanceof Object) || !(y instanceof Object)) return false;
  if (isArray(x) && isArray(y)) {
    // survey-core sorts copies with the default (string) order, then compares item by item.
    const ys = [...y].sort();
    return x.length == y.length && [...x].sort().every((item, i) => equalCore(item, ys[i]));
  }
  for (const key in x) if (has(x, key) && (!has(y, key) || !equalCore((x as Answers)[key], (y as Answers)[key]))) return false;
  for (const key in y) if (has(y, key) && !has(x, key)) return false;
  return true;
}

/** OperandMaker.isTwoValueEquals: the text 'undefined' counts as undefined. */
const equal = (x: Value, y: Value) => equalCore(x === 'undefined' ? undefined : x, y === 'undefined' ? undefined : y);

const greater = (x: Value, y: Value) => x != null && y != null && (x as number) > (y as number);
const less = (x: Value, y: Value) => x != null && y != null && (x as number) < (y as number);

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
  for (const item of isArray(right) ? right : [right]) if (!list.some((own) => equal(own, item))) return !contains;
  return contains;
}

const contains = (left: Value, right: Value) => containsCore(left, right, true);

function anyOf(left: Value, right: Value): boolean {
  if (isEmpty(left)) return isEmpty(right);
  if (isEmpty(right)) return true;
  if (!isArray(left)) return contains(right, left);
  return isArray(right) ? right.some((item) => contains(left, item)) : contains(left, right);
}

/** `and`/`or` go through survey-core's arithmetic conversion: an empty side becomes 0, '' or []. */
const forLogic = (value: Value, other: Value): Value =>
  !isEmpty(value)
    ? value
    : typeof other == 'number'
      ? 0
      : typeof value == 'string'
        ? value
        : typeof other == 'string'
          ? ''
          : isArray(other)
            ? []
            : 0;

const binary: Record<string, (left: Value, right: Value) => Value> = {
  or: (a, b) => (a = forLogic(a, b)) || forLogic(b, a),
  and: (a, b) => (a = forLogic(a, b)) && forLogic(b, a),
  equal,
  notequal: (a, b) => !equal(a, b),
  greater,
  less,
  greaterorequal: (a, b) => equal(a, b) || greater(a, b),
  lessorequal: (a, b) => equal(a, b) || less(a, b),
  contains,
  notcontains: (a, b) => (!a && !isEmpty(b)) || containsCore(a, b, false),
  anyof: anyOf,
  noneof: (a, b) => !anyOf(a, b),
  allof: (a, b) =>
    (!!a || isEmpty(b)) && (isArray(b) ? b.every((item) => contains(a, item)) : contains(a, b)),
};

/** Spellings survey-core accepts, as it tries them (first match wins, keywords in any case). */
const OR = /\|\||or/iy;
const AND = /&&|and/iy;
const COMPARISON = /<=|lessorequal|>=|greaterorequal|==|equal|=|!=|notequal|<|less|>|greater/iy;
const OPERATOR_NAMES: Record<string, string> = {
  '<=': 'lessorequal',
  '>=': 'greaterorequal',
  '==': 'equal',
  '=': 'equal',
  '!=': 'notequal',
  '<': 'less',
  '>': 'greater',
  '&&': 'and',
  '||': 'or',
  '*=': 'contains',
  contain: 'contains',
  notcontain: 'notcontains',
};
const BINARY_FUNCTION = /\*=|contains|contain|notcontains|notcontain|anyof|allof|noneof/iy;
const ARITHMETIC = /[-+*/%^]|power/iy;
const BOOLEAN = /true|false/iy;
const NEGATE = /!|negate/iy;
const EMPTY = /empty|notempty/iy;
const WORD = /[a-z_]+(?:\d+[a-z_]*)*/iy;
const NUMBER = /0x\d+|-?(?:\d+\.\d+|[1-9]\d*|0)/y;

/**
 * Variable lookup as survey-core does on a plain answers object: case-insensitive names, `a.b`, `a[0]`. In a
 * survey, survey-core finds a question only by its exact name; definition.ts makes that the same here by
 * accepting only exact names in `visibleIf` and no two names differing only in case.
 */
function lookup(answers: Answers, name: string): Value {
  const path = name.split('.').map((part): [string, number?] => {
    const open = part.lastIndexOf('[');
    const index = part.endsWith(']') && open > -1 ? toNumber(part.slice(open + 1, -1)) : NaN;
    return isNaN(index) ? [part] : [part.slice(0, open), index];
  });
  if (path[0][0][0] == '$') path[0][0] = path[0][0].slice(1); // element-property prefix, dropped on plain values
  let value: Value = answers;
  for (let start = 0; start < path.length; ) {
    let end = start;
    while (end < path.length - 1 && path[end][1] === undefined) end++;
    // The longest name first: a key "a.b" wins over a.b.
    for (; end >= start; end--) {
      const found = item(value, path.slice(start, end + 1).map((part) => part[0]).join('.'));
      if (found !== undefined) {
        value = found;
        break;
      }
    }
    if (end < start) return undefined;
    let index = path[end][1];
    start = end + 1;
    if (index !== undefined) {
      if (!isArray(value)) return undefined;
      if (index < 0) index += value.length;
      if (index < 0 || index >= value.length) return undefined;
      value = value[index];
    }
  }
  return value;
}

function item(value: Value, name: string): Value {
  if (!value || !name) return undefined;
  if (name == 'length' && (isArray(value) || typeof value == 'string')) return value.length;
  if (typeof value != 'object') return undefined;
  for (const key in value) if (key.toLowerCase() == name.toLowerCase()) return (value as Answers)[key];
  return undefined;
}

function variable(reference: string): Node {
  // `{#q}`: survey-core's marker for "compare the value as it is", without turning '5' into 5.
  const raw = reference.length > 1 && reference[0] == '#';
  const name = raw ? reference.slice(1) : reference;
  return (answers) => {
    const value = lookup(answers, name);
    if (value === undefined) {
      if (name.endsWith('.length')) return 0;
      if (name.indexOf(':') < 1) return null;
      try {
        return JSON.parse(`{${name}}`) as Value;
      } catch {
        return null;
      }
    }
    return raw ? value : correct(value);
  };
}

/**
 * Parses a `visibleIf` expression. Throws an ExpressionError where survey-core's parser fails, for an
 * empty one too (survey-core skips an empty `visibleIf` before parsing it), and for function calls and
 * arithmetic, which this subset leaves out.
 */
export function parseExpression(source: string): Expression {
  // survey-core rewrites these spellings in the raw text before parsing, inside quotes too.
  const text = source
    .replace(/=>/g, '>=')
    .replace(/=</g, '<=')
    .replace(/<>/g, '!=')
    .replace(/equals/g, 'equal ');
  const questions: string[] = [];
  let pos = 0;

  const fail = (message: string, at = pos): never => {
    throw new ExpressionError(`${message} (at character ${at + 1})`, at);
  };
  const match = (pattern: RegExp): string | undefined => {
    pattern.lastIndex = pos;
    const found = pattern.exec(text)?.[0];
    if (found) pos += found.length;
    return found?.toLowerCase();
  };
  const space = () => {
    while (' \t\n\r'.includes(text[pos])) pos++;
  };
  /** A null literal cannot stand where survey-core needs an operand (`!null`, `[1, null]`): it throws there. */
  const operand = (node: Parsed, at: number): Node => node || fail('Expected a value, not null', at);
  const node = (name: string, left: Parsed, right: Parsed): Node => {
    const run = binary[name];
    return (answers) => run(left ? left(answers) : null, right ? right(answers) : null);
  };
  const arithmetic = () => {
    const start = pos;
    space();
    if (match(ARITHMETIC)) fail('Arithmetic is not supported', start);
    pos = start;
  };

  /** `head (op next)*`, each level of survey-core's grammar; a failed tail is given back, as PEG does. */
  const level =
    (next: () => Parsed | typeof FAIL, operator: RegExp, optionalRight?: boolean) =>
    (): Parsed | typeof FAIL => {
      let left = next();
      if (left === FAIL) return FAIL;
      for (;;) {
        const start = pos;
        space();
        const name = match(operator);
        if (!name) return (pos = start), left;
        space();
        const right = next();
        if (right === FAIL && !optionalRight) return (pos = start), left;
        left = node(OPERATOR_NAMES[name] || name, left, right || null);
      }
    };

  function factor(): Parsed | typeof FAIL {
    const start = pos;
    if (text[pos] == '(') {
      pos++;
      space();
      const inner = expression();
      if (inner === FAIL) return (pos = start), FAIL;
      space();
      if (text[pos] == ')') pos++; // survey-core lets a closing parenthesis be left out
      return inner;
    }
    if (match(WORD) && text[pos] == '(') fail('Functions are not supported', start);
    pos = start;
    if (match(NEGATE)) {
      space();
      const at = pos;
      const negated = factor();
      if (negated !== FAIL) {
        const value = operand(negated, at);
        return (answers) => !value(answers);
      }
      pos = start;
    }
    const value = atom();
    if (value !== FAIL) {
      const end = pos;
      space();
      const name = match(EMPTY);
      if (!name) return (pos = end), value;
      const tested = operand(value, start);
      return (answers) => isEmpty(tested(answers)) == (name == 'empty');
    }
    if (text[pos] != '[') return FAIL;
    pos++;
    const items = sequence();
    if (text[pos] != ']') return (pos = start), FAIL;
    pos++;
    return (answers) => items.map((each) => each(answers));
  }

  function atom(): Parsed | typeof FAIL {
    const start = pos;
    space();
    if (text.startsWith('undefined', pos) || text.startsWith('null', pos)) {
      pos += text[pos] == 'n' ? 4 : 9;
      return null;
    }
    let value: Value;
    const word = match(BOOLEAN) || match(NUMBER) || match(WORD);
    if (word) {
      const written = text.slice(pos - word.length, pos);
      value = word == 'true' || word == 'false' ? word == 'true' : /^[a-z_]/.test(word) ? written : +written;
    } else if (text[pos] == '{') {
      const end = text.indexOf('}', pos);
      const reference = text.slice(pos + 1, end);
      if (end < 0 || !reference || reference.includes('{')) return (pos = start), FAIL;
      pos = end + 1;
      const name = reference.length > 1 && reference[0] == '#' ? reference.slice(1) : reference;
      if (!questions.includes(name)) questions.push(name);
      return variable(reference);
    } else {
      const quote = text[pos];
      if (quote != "'" && quote != '"') return (pos = start), FAIL;
      let at = pos + 1;
      value = '';
      // A backslash escapes either quote; the other quote cannot appear unescaped.
      for (let char; (char = text[at]) && !`'"`.includes(char); at++) {
        if (char == '\\' && `'"`.includes(text[at + 1])) char = text[++at];
        value += char;
      }
      if (text[at] != quote) return (pos = start), FAIL;
      pos = at + 1;
    }
    return () => value;
  }

  /** `[a, b]`: survey-core drops the whole list when the first item is missing or null. */
  function sequence(): Node[] {
    const first = expression();
    const items = first ? [first] : [];
    for (;;) {
      const start = pos;
      space();
      if (text[pos] != ',') return (pos = start), items;
      pos++;
      space();
      const itemAt = pos;
      const next = expression();
      if (next === FAIL) return (pos = start), items;
      if (first) items.push(operand(next, itemAt));
    }
  }

  const binaryFunctions = level(factor, BINARY_FUNCTION, true);
  const comparisons = level(() => {
    const left = binaryFunctions();
    if (left !== FAIL) arithmetic();
    return left;
  }, COMPARISON);
  const conjunctions = level(comparisons, AND);
  const disjunctions = level(conjunctions, OR);

  function expression(): Parsed | typeof FAIL {
    const start = pos;
    space();
    const result = disjunctions();
    if (result === FAIL) return (pos = start), FAIL;
    space();
    return result;
  }

  const root = expression();
  if (pos < text.length || root === FAIL) fail(pos < text.length ? `Unexpected "${text[pos]}"` : 'Expected an expression');
  const run = operand(root as Parsed, 0);
  // ConditionRunner: `result == true`, so 1 and '1' show a question and 2 does not.
  return { evaluate: (answers) => Number(run(answers)) === 1, questions };
}

import { expect } from '@open-wc/testing';
import { ConditionsParser, ExpressionRunner } from 'survey-core';
import { ExpressionError, parseExpression } from '../../src/survey/expression.js';
import type { Answers } from '../../src/survey/expression.js';

/** survey-core's verdict, the reference: undefined when it cannot parse (or cannot even build) the expression. */
function reference(text: string): ExpressionRunner | undefined {
  if (!new ConditionsParser().parseExpression(text)) return undefined;
  try {
    return new ExpressionRunner(text);
  } catch {
    // `!null`, `[1, null]`: the parser accepts them, building the runner throws.
    return undefined;
  }
}

/** Answers of the shapes our survey produces, unanswered questions left out. */
const answerSets: Answers[] = [
  {},
  {
    rating: 4,
    nps: 9,
    choice: 'yes',
    feeling: 'Good ',
    comment: 'Thanks, it was GREAT',
    again: true,
    topics: ['sleep', 'Work'],
    grid: { r1: 'agree', r2: 3 },
  },
  { rating: 1, nps: 0, choice: 'no', feeling: '', comment: '', again: false, topics: [], grid: {} },
  { rating: 5, choice: '5', feeling: 'true', comment: '  ', topics: ['work', 'family', 'sleep'], grid: { r1: 'Disagree' } },
  { rating: 3, nps: 10, choice: 'Yes', feeling: '1,5', comment: "it's 5", topics: ['Sleep'], grid: { R1: '' }, age: 34 },
  { rating: 2, choice: '05', feeling: 'x', comment: '0', again: true, topics: ['b', 'a'], age: 0, grid2: { r1: 'x' } },
  { choice: "'quoted'", feeling: '0x1A', comment: '12345678901234567', grid: { r1: 'x', r2: 1 }, grid2: { r1: 'X', r2: '1' } },
];

/** Expressions both parsers accept or both reject, evaluated against every answer set. */
const expressions = [
  // comparisons, every spelling
  '{rating} = 4',
  '{rating} == 4',
  '{rating} equal 4',
  '{rating} equals 4',
  '{rating} != 4',
  '{rating} <> 4',
  '{rating} notequal 4',
  '{rating} > 3',
  '{rating} greater 3',
  '{rating} >= 3',
  '{rating} => 3',
  '{rating} greaterorequal 3',
  '{rating} < 3',
  '{rating} less 3',
  '{rating} <= 3',
  '{rating} =< 3',
  '{rating} lessorequal 3',
  '{rating}>=3',
  '{rating} GREATER 3',
  // coercion: '5' = 5, strings trimmed and case-insensitive, booleans, numbers in text
  "{rating} = '4'",
  "{choice} = 5",
  "{choice} = '5'",
  "{choice} = 'YES'",
  '{choice} = "yes"',
  '{choice} = yes',
  "{feeling} = 'good'",
  '{feeling} = true',
  '{feeling} = 1.5',
  "{comment} = ''",
  '{comment} = 0',
  '{again} = true',
  '{again} = false',
  "{again} = 'true'",
  '{again} = True',
  '{nps} > -1',
  '{nps} >= 0x9',
  '{nps} < 9.5',
  "{choice} > 'a'",
  '{age} = 34',
  '{feeling} = 26',
  "{choice} = 'quoted'",
  "{comment} = '12345678901234567'",
  '{grid} = {grid2}',
  "{topics} = 'undefined'",
  // unanswered
  '{unknown} = 1',
  '{unknown} != 1',
  '{unknown} < 1',
  "{unknown} = ''",
  '{unknown} = null',
  '{rating} = undefined',
  "{rating} = 'undefined'",
  // empty, notempty
  '{comment} empty',
  '{comment} notempty',
  '{topics} empty',
  '{topics} notempty',
  '{grid} empty',
  '{grid} notempty',
  '{again} empty',
  '{nps} notempty',
  '{rating}empty',
  '{rating} Empty',
  // contains, notcontains on arrays and text
  "{topics} contains 'work'",
  "{topics} contain 'Work'",
  "{topics} *= 'work'",
  "{topics} notcontains 'work'",
  "{topics} notcontain 'work'",
  "{topics} contains ['work', 'sleep']",
  "{topics} notcontains ['work', 'sleep']",
  "{comment} contains 'great'",
  "{comment} notcontains 'great'",
  "{comment} contains ''",
  '{nps} contains 9',
  "{choice} contains 'e'",
  '{topics} contains',
  // anyof, allof, noneof, with a scalar or an array on either side
  "{topics} anyof ['work', 'family']",
  "{topics} allof ['work', 'sleep']",
  "{topics} noneof ['work', 'family']",
  "{choice} anyof ['yes', 'maybe']",
  "{choice} noneof ['yes', 'maybe']",
  "{choice} allof ['yes']",
  '{rating} anyof [1, 2, 3]',
  "{rating} anyof ['3', '4']",
  "{topics} anyof 'work'",
  '{topics} anyof []',
  '{topics} allof []',
  "{unknown} anyof ['a']",
  "{topics} AnyOf ['SLEEP']",
  // arrays compared whole: in any order
  "{topics} = ['work', 'family', 'sleep']",
  "{topics} = ['Sleep']",
  '{topics} = []',
  // and, or, !, precedence, parentheses
  "{rating} > 3 and {choice} = 'yes'",
  "{rating} > 3 && {choice} = 'yes'",
  "{rating} > 3 or {choice} = 'no'",
  "{rating} > 3 || {choice} = 'no'",
  "{rating} > 3 AND {choice} = 'yes' Or {nps} = 0",
  "{rating} = 1 or {rating} = 5 and {choice} = '5'",
  "({rating} = 1 or {rating} = 5) and {choice} = '5'",
  "{rating} = 1 or ({rating} = 5 and {choice} = 'no')",
  "!({rating} = 4)",
  "! ({rating} = 4)",
  "negate ({rating} = 4)",
  "!{rating} = 4",
  "!{again}",
  "!!{again}",
  "!{comment} empty",
  "!({topics} contains 'work') and {again} = true",
  "(({rating} > 1) and (({nps} >= 9) or ({choice} = 'no')))",
  "({rating} = 4",
  // bare values and chains: survey-core's `result == true`
  '{again}',
  '{rating}',
  '{nps} and {again}',
  '{topics} or {grid}',
  '{unknown} or {again}',
  '{comment} or {unknown}',
  '{unknown} or {choice}',
  '{unknown} and {topics}',
  '{rating} > 3 = true',
  'true',
  "'a' = 'A'",
  '1 or 0',
  // matrix rows and other paths
  "{grid.r1} = 'agree'",
  "{grid.R1} = 'AGREE'",
  '{grid.r2} > 2',
  '{grid.r3} empty',
  "{GRID.r1} notempty",
  "{topics[0]} = 'work'",
  "{topics[-1]} = 'sleep'",
  '{topics.length} > 1',
  '{unknown.length} = 0',
  "{Choice} = 'yes'",
  "{$choice} = 'yes'",
  "{choice[0]} = 'y'",
  '{grid.} empty',
  '{rating.x} empty',
  '{"a":1} notempty',
  '{a:b} empty',
  '{choice} = negate',
  "{#choice} = '5'",
  '{#choice} = 5',
  // quoting
  '{comment} = "it\\\'s 5"',
  "{comment} = 'it\\'s 5'",
  "{comment} contains \"it's\"",
  "{choice} = ''",
  '{choice} = ""',
  // keywords run together, paths, lists and optional right sides
  '{rating} = 4or {nps} = 0',
  '{rating} = trueor {again}',
  "{choice}notempty and({rating}>3)",
  "{topics} contains ['work'] = true",
  "{topics[1]} = 'work'",
  '{topics[5]} empty',
  '{grid.r1.x} empty',
  '{GRID.R2} >= 3',
  '{topics} allof',
  '[1, {rating}] contains 4',
  "{topics} anyof [, 'work']",
  '{comment} = "it\\"s 5"',
  // rejected by both
  '',
  '   ',
  'not {rating} = 1',
  'not ({rating} = 1)',
  '{choice} = kyllä',
  '{choice} = 007',
  '{rating} = 5.',
  '{rating} =',
  '() = 1',
  '= 1',
  "{choice} = 'yes",
  '{choice} = "yes\'',
  '{} = 1',
  '{rating = 1',
  '({rating} = 1))',
  '{rating} = = 1',
  '{rating} Equals 1',
  "{topics} anyof ['a'",
  '{topics} anyof [ ]',
  "{topics} anyof ['a', ]",
  '{rating} = 1 and',
  'null',
  '(undefined)',
  '!null',
  '{topics} anyof [1, null]',
  'null empty',
  '{rating} = trueish',
  '{rating} = nullable',
  '{rating} ! = 1',
];

/** survey-core accepts these; this subset does not. */
const unsupported: [string, string][] = [
  ['age({birthdate}) > 18', 'Functions are not supported'],
  ['iif({rating} > 3, true, false)', 'Functions are not supported'],
  ['not({rating} = 1)', 'Functions are not supported'],
  ['negate({rating} = 1)', 'Functions are not supported'],
  ['{rating} + 1 > 4', 'Arithmetic is not supported'],
  ['{rating} - 1 > 4', 'Arithmetic is not supported'],
  ['{rating} * 2 > 4', 'Arithmetic is not supported'],
  ['{rating} / 2 > 4', 'Arithmetic is not supported'],
  ['{rating} % 2 = 0', 'Arithmetic is not supported'],
  ['{rating} ^ 2 > 4', 'Arithmetic is not supported'],
  ['{rating} power 2 > 4', 'Arithmetic is not supported'],
];

describe('visibleIf expressions against survey-core', () => {
  for (const text of expressions) {
    it(`agrees on ${JSON.stringify(text)}`, () => {
      const runner = reference(text);
      if (!runner) {
        expect(() => parseExpression(text)).to.throw(ExpressionError);
        return;
      }
      const expression = parseExpression(text);
      expect(expression.questions).to.deep.equal([...new Set(runner.getVariables())]);
      for (const answers of answerSets) {
        // survey-core's ConditionRunner shows a question when the result `== true`.
        const expected = runner.runValues(answers) == true;
        expect(expression.evaluate(answers), JSON.stringify(answers)).to.equal(expected);
      }
    });
  }

  for (const [text, message] of unsupported) {
    it(`rejects ${JSON.stringify(text)}, which survey-core accepts`, () => {
      expect(reference(text), 'survey-core parses it').to.be.instanceOf(ExpressionRunner);
      expect(() => parseExpression(text)).to.throw(ExpressionError, message);
    });
  }
});

describe('visibleIf expressions', () => {
  const is = (text: string, answers: Answers) => parseExpression(text).evaluate(answers);

  it("compares text and numbers loosely: '5' = 5, case and spaces ignored", () => {
    expect(is('{q} = 5', { q: '5' })).to.equal(true);
    expect(is("{q} = 'yes'", { q: ' YES ' })).to.equal(true);
    expect(is("{q} != 'yes'", { q: 'Yes' })).to.equal(false);
    expect(is('{q} = true', { q: 'true' })).to.equal(true);
  });

  it('treats unanswered as empty and never greater or less', () => {
    expect(is('{q} empty', {})).to.equal(true);
    expect(is('{q} empty', { q: '' })).to.equal(true);
    expect(is('{q} empty', { q: [] })).to.equal(true);
    expect(is('{q} empty', { q: 0 })).to.equal(false);
    expect(is('{q} > 1', {})).to.equal(false);
    expect(is('{q} < 1', {})).to.equal(false);
  });

  it('tests membership on checkbox answers and substrings on text', () => {
    expect(is("{q} contains 'work'", { q: ['Work', 'sleep'] })).to.equal(true);
    expect(is("{q} contains 'ork'", { q: ['Work'] })).to.equal(false);
    expect(is("{q} contains 'ork'", { q: 'Work' })).to.equal(true);
    expect(is("{q} anyof ['a', 'b']", { q: 'b' })).to.equal(true);
    expect(is("{q} allof ['a', 'b']", { q: ['b', 'a', 'c'] })).to.equal(true);
    expect(is("{q} noneof ['a', 'b']", { q: ['c'] })).to.equal(true);
  });

  it('binds ! tightest, then comparisons, then and, then or', () => {
    expect(is('{a} = 1 or {b} = 1 and {c} = 1', { a: 1 })).to.equal(true);
    expect(is('({a} = 1 or {b} = 1) and {c} = 1', { a: 1 })).to.equal(false);
    expect(is('!{a} = 1', { a: 1 })).to.equal(false);
    expect(is('!({a} = 2)', { a: 1 })).to.equal(true);
  });

  it('reads matrix rows and is case-insensitive about names', () => {
    expect(is("{grid.row1} = 'agree'", { grid: { row1: 'agree' } })).to.equal(true);
    expect(is('{Q1} = 2', { q1: 2 })).to.equal(true);
  });

  it('lists the questions it reads, once each', () => {
    expect(parseExpression("{a} = 1 or {b.r1} = 'x' and {a} notempty or {#c} = '5'").questions).to.deep.equal([
      'a',
      'b.r1',
      'c',
    ]);
  });

  it('says where it fails', () => {
    const error = (() => {
      try {
        parseExpression('{a} = 1 and not {b}');
      } catch (caught) {
        return caught as ExpressionError;
      }
      throw new Error('no error');
    })();
    expect(error).to.be.instanceOf(ExpressionError);
    expect(error.position).to.equal(16);
    expect(error.message).to.contain('Unexpected "{"');
    expect(() => parseExpression('')).to.throw(ExpressionError, 'Expected an expression');
    expect(() => parseExpression('!null')).to.throw(ExpressionError, 'not null');
  });
});

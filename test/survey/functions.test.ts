import { expect } from '@open-wc/testing';
import { ConditionsParser, ExpressionRunner } from 'survey-core';
import { EXTENSION, ExpressionError, parseExpression } from '../../src/survey/expression.js';
import { install } from '../../src/survey/functions.js';
import { cases, unknown, valueSets } from './functions-cases.js';

/** survey-core's runner for `text`, or undefined when it cannot parse or build it. */
function reference(text: string): ExpressionRunner | undefined {
  if (!new ConditionsParser().parseExpression(text)) return undefined;
  try {
    return new ExpressionRunner(text);
  } catch {
    return undefined;
  }
}

/** A value as both sides can be compared: a Date by its moment, NaN as such, a throw as one. */
const comparable = (run: () => unknown): unknown => {
  try {
    const value = run();
    return value instanceof Date ? `Date ${value.getTime()}` : typeof value == 'number' && isNaN(value) ? 'NaN' : value;
  } catch {
    return 'throws';
  }
};

describe('arithmetic and functions before their chunk is here', () => {
  it('refuses them, naming what is missing, and parses comparisons as before', () => {
    const saved = { ...EXTENSION };
    delete EXTENSION.call;
    delete EXTENSION.arithmetic;
    try {
      expect(() => parseExpression('{a} + 1 > 2')).to.throw(ExpressionError, 'Arithmetic is not supported');
      expect(() => parseExpression('sum({a}) > 2')).to.throw(ExpressionError, 'Functions are not supported');
      expect(parseExpression('{a} > -1').evaluate({ a: 0 })).to.equal(true);
    } finally {
      Object.assign(EXTENSION, saved);
    }
  });
});

describe('arithmetic and functions against survey-core (differential)', () => {
  before(install);

  for (const text of cases) {
    it(`agrees on ${JSON.stringify(text)}`, () => {
      const runner = reference(text);
      if (!runner) {
        expect(() => parseExpression(text)).to.throw(ExpressionError);
        return;
      }
      const expression = parseExpression(text);
      expect(expression.questions).to.deep.equal([...new Set(runner.getVariables())]);
      for (const values of valueSets) {
        const label = `${JSON.stringify(values)}`;
        // The dates of today() are made on both sides within this test, on the same day.
        expect(comparable(() => expression.value(values)), label).to.deep.equal(comparable(() => runner.runValues(values)));
        expect(comparable(() => expression.evaluate(values)), label).to.equal(comparable(() => runner.runValues(values) == true));
      }
    });
  }

  for (const text of unknown) {
    it(`refuses ${JSON.stringify(text)}: survey-core does not know the function either, and gives null`, () => {
      expect(reference(text), 'survey-core parses it').to.be.instanceOf(ExpressionRunner);
      expect(reference(text)!.runValues({ a: 1 })).to.equal(null);
      expect(() => parseExpression(text)).to.throw(ExpressionError, 'Unknown function');
    });
  }

  it('names the function it does not know and where it is', () => {
    try {
      parseExpression('{a} > 1 and foo({a})');
      expect.fail('parsed');
    } catch (error) {
      expect((error as ExpressionError).message).to.equal('Unknown function "foo" (at character 13)');
      expect((error as ExpressionError).position).to.equal(12);
    }
  });

  it('computes values for calculated values and expression questions', () => {
    expect(parseExpression('{a} + {b}').value({ a: 2, b: '3' })).to.equal(5);
    expect(parseExpression("{first} + ' ' + {last}").value({ first: 'Anna', last: 'Virtanen' })).to.equal('Anna Virtanen');
    expect(parseExpression("iif({score} >= 10, 'high', 'low')").value({ score: 12 })).to.equal('high');
    // A minus belongs to a number only: survey-core does not parse `-{a}` either.
    expect(() => parseExpression('-{a}')).to.throw(ExpressionError);
    expect(parseExpression('{a} - -1').value({ a: 1 })).to.equal(2);
  });
});

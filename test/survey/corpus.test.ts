import { expect } from '@open-wc/testing';
import { parseDefinition, type DefinitionError } from '../../src/survey/definition.js';
import { parseExpression } from '../../src/survey/expression.js';
import { loadTypes } from '../../src/survey/questions/registry.js';
import { readDefinition } from '../../src/survey/read-definition.js';

/**
 * The corpus of real SurveyJS definitions (test/fixtures/surveys/corpus/, sources in SOURCES.md): how
 * many `<vt-survey>` shows unchanged, and what the others need, named after the editor's messages. The
 * count may only grow: raise RUNS_AT_LEAST when a feature lands.
 */
const RUNS_AT_LEAST = 36;

interface Source {
  file: string;
  repo: string;
  kind: 'original' | 're-creation';
}

/** What one refusal asks for: a question type, or a property (a choice's or a page's named as such). */
function feature(error: DefinitionError): string {
  const type = /type "([^"]+)" is not a supported question type/.exec(error.message);
  if (type) return `type ${type[1]}`;
  const property = error.property.replace(/\[\d+\]/g, '');
  const last = property.split('.').pop()!;
  const where = /^(choices|rateValues|rows|columns)\./.test(property) || /\.(choices|rows|columns)\./.test(property)
    ? 'choice '
    : /^pages\.[^.]+$/.test(property)
      ? 'page '
      : error.question === undefined && !property.includes('.') && !property.startsWith('elements')
        ? 'survey '
        : '';
  return /is not supported/.test(error.message) ? `${where}${last}` : `${where}${last} (${error.message.replace(/^[^:]*: \S+ /, '').replace(/\.$/, '')})`;
}

describe('the corpus of real SurveyJS definitions', () => {
  it(`shows at least ${RUNS_AT_LEAST} unchanged, and names what the others need`, async () => {
    const base = new URL('../fixtures/surveys/corpus/', import.meta.url);
    const sources = (await (await fetch(new URL('sources.json', base))).json()) as Source[];
    expect(sources.length, 'definitions in the corpus').to.be.at.least(40);
    const runs: string[] = [];
    const needs = new Map<string, string[]>();
    for (const source of sources) {
      const json: unknown = await (await fetch(new URL(source.file, base))).json();
      await loadTypes(json);
      const fast = readDefinition(json, parseExpression);
      const checked = parseDefinition(json, { parseExpression });
      if (fast) expect(checked.ok, `${source.file}: the checker accepts what the fast pass accepts`).to.equal(true);
      if (checked.ok) {
        runs.push(source.file);
        continue;
      }
      for (const name of new Set(checked.errors.map(feature))) needs.set(name, [...(needs.get(name) ?? []), source.file]);
    }
    const table = [...needs].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
    console.log(
      `Corpus: ${runs.length} of ${sources.length} run unchanged (${runs.join(', ')}).\n` +
        `What the others need (feature: surveys):\n${table.map(([name, files]) => `  ${name}: ${files.length}`).join('\n')}`,
    );
    expect(runs.length, 'definitions that run unchanged').to.be.at.least(RUNS_AT_LEAST);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SLICE, breathe } from './breathe.js';

/**
 * A summary of a survey's answers, question by question: counts per value (ratings, choices, yes/no,
 * checkboxes), per row for a matrix, and the texts of open questions. The collector does not need the
 * survey's definition; when one is found (`SURVEY_DEFINITIONS_DIR/<surveyId>.json`, the same SurveyJS
 * JSON the page uses) it gives the questions' titles and order, the choices' texts, and the values
 * nobody chose yet.
 */

/** @typedef {{ value: string | number, label: string, count: number }} Bar */
/**
 * @typedef {object} QuestionSummary
 * @property {string} name
 * @property {string} title
 * @property {'counts' | 'matrix' | 'texts'} kind
 * @property {number} answered  how many answered this question
 * @property {Bar[]} [bars]
 * @property {number} [mean]  for numeric scales
 * @property {Array<{ name: string, label: string, answered: number, bars: Bar[], mean?: number }>} [rows]
 * @property {string[]} [texts]  open answers, newest first
 */

/** @param {unknown} text @param {string} lang */
function localized(text, lang) {
  if (typeof text === 'string') return text;
  if (text && typeof text === 'object') {
    const map = /** @type {Record<string, unknown>} */ (text);
    for (const key of [lang, 'default', 'fi', 'en']) if (typeof map[key] === 'string') return /** @type {string} */ (map[key]);
    const first = Object.values(map).find((value) => typeof value === 'string');
    if (typeof first === 'string') return first;
  }
  return undefined;
}

/**
 * Choices as SurveyJS writes them: "value", "value|text", a number, or { value, text }.
 * @param {unknown} list @param {string} lang
 * @returns {Array<{ value: string | number, label: string }>}
 */
function choicesOf(list, lang) {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => {
    if (typeof item === 'number') return [{ value: item, label: String(item) }];
    if (typeof item === 'string') {
      const [value = item, label] = item.split('|');
      return [{ value, label: label ?? value }];
    }
    if (item && typeof item === 'object' && 'value' in item) {
      const value = /** @type {string | number} */ (item.value);
      return [{ value, label: localized(item.text, lang) ?? String(value) }];
    }
    return [];
  });
}

/** @param {any} question */
function ratingValues(question) {
  if (Array.isArray(question.rateValues) && question.rateValues.length) return choicesOf(question.rateValues, 'fi');
  const min = Number.isFinite(question.rateMin) ? question.rateMin : 1;
  const max = Number.isFinite(question.rateMax) ? question.rateMax : 5;
  const step = Number.isFinite(question.rateStep) && question.rateStep > 0 ? question.rateStep : 1;
  const values = [];
  for (let value = min; value <= max && values.length < 20; value += step) values.push({ value, label: String(value) });
  return values;
}

/**
 * The questions of a definition, in order.
 * @param {any} definition @param {string} lang
 */
export function questionsOf(definition, lang = 'fi') {
  const pages = Array.isArray(definition?.pages) ? definition.pages : [{ elements: definition?.elements ?? definition?.questions }];
  /** @type {Array<{ name: string, type: string, title: string, choices: Array<{ value: string | number, label: string }>, rows: Array<{ value: string | number, label: string }> }>} */
  const questions = [];
  for (const page of pages) {
    for (const question of Array.isArray(page?.elements ?? page?.questions) ? (page.elements ?? page.questions) : []) {
      if (typeof question?.name !== 'string') continue;
      const type = String(question.type);
      questions.push({
        name: question.name,
        type,
        title: localized(question.title, lang) ?? question.name,
        choices:
          type === 'rating'
            ? ratingValues(question)
            : type === 'boolean'
              ? [
                  { value: 'true', label: localized(question.labelTrue, lang) ?? 'Kyllä' },
                  { value: 'false', label: localized(question.labelFalse, lang) ?? 'Ei' },
                ]
              : choicesOf(question.type === 'matrix' ? question.columns : question.choices, lang),
        rows: choicesOf(question.rows, lang),
      });
    }
  }
  return questions;
}

/**
 * The definition for a survey id, when the directory has one. Only plain ids are looked up, so an id
 * sent by a page can never name a file elsewhere.
 * @param {string | undefined} dir @param {string} surveyId
 */
export function loadDefinition(dir, surveyId) {
  if (!dir || !/^[\w.-]{1,100}$/.test(surveyId) || surveyId.startsWith('.')) return undefined;
  try {
    return JSON.parse(readFileSync(join(dir, `${surveyId}.json`), 'utf8'));
  } catch {
    return undefined;
  }
}

/** @param {unknown} value */
const key = (value) => (typeof value === 'boolean' ? String(value) : /** @type {string | number} */ (value));

/**
 * How much one summary shows, so that a flood of made-up question names or long texts cannot make the
 * page huge or slow (docs/collector.md, "Limits"). The CSV export has everything.
 */
export const SUMMARY_LIMITS = {
  /** questions without a definition, the most answered first; a definition's questions always show */
  extraQuestions: 50,
  /** bars per question (or matrix row): the most given values, the rest as one bar */
  barsPerQuestion: 30,
  /** rows of a matrix without a definition, the most answered first */
  matrixRows: 50,
  /** open answers per question, newest first */
  textsPerQuestion: 200,
  /** characters of open answers on the whole page */
  textCharacters: 1_000_000,
};

/**
 * @param {Array<string | number>} values  every value given
 * @param {Array<{ value: string | number, label: string }>} known  from the definition (may be empty)
 * @returns {{ bars: Bar[], mean?: number }}
 */
function count(values, known) {
  /** @type {Map<string, Bar>} */
  const bars = new Map(known.map((choice) => [String(choice.value), { ...choice, count: 0 }]));
  for (const value of values) {
    const bar = bars.get(String(value)) ?? { value, label: String(value), count: 0 };
    bar.count += 1;
    bars.set(String(value), bar);
  }
  let list = [...bars.values()];
  const numeric = values.length > 0 && values.every((value) => typeof value === 'number');
  const byValue = (/** @type {Bar} */ a, /** @type {Bar} */ b) => Number(a.value) - Number(b.value);
  // Without a definition anything may come as a value: the most given ones, and the rest as one bar.
  /** @type {Bar[]} */
  let rest = [];
  if (list.length > SUMMARY_LIMITS.barsPerQuestion && list.length > known.length) {
    const sorted = list.sort((a, b) => b.count - a.count);
    list = sorted.slice(0, SUMMARY_LIMITS.barsPerQuestion - 1);
    rest = [{ value: '', label: 'Muut arvot', count: sorted.slice(list.length).reduce((sum, bar) => sum + bar.count, 0) }];
  }
  if (!known.length && numeric) list = list.sort(byValue);
  list = [...list, ...rest];
  const mean = numeric ? values.reduce((sum, value) => sum + Number(value), 0) / values.length : undefined;
  return mean === undefined ? { bars: list } : { bars: list, mean };
}

/** A string answer that reads like a choice's value (`faceToFace`, `too-small`), not like a sentence. */
const looksLikeChoice = (/** @type {string} */ value) => value.length <= 60 && !/\s/.test(value.trim());

/**
 * A survey answer's own entries. Answers are plain objects parsed from JSON: a question named
 * `constructor` or `toString` must not find Object.prototype's function where nobody answered it.
 * @param {unknown} answers
 * @returns {Array<[string, unknown]>}
 */
export function ownEntries(answers) {
  return answers && typeof answers === 'object' && !Array.isArray(answers) ? Object.entries(answers) : [];
}

/**
 * A submission's answers as an object (empty when they are not one).
 * @param {{ data: Record<string, any> }} submission
 * @returns {Record<string, unknown>}
 */
const answersOf = (submission) => {
  const answers = submission.data.answers;
  return answers && typeof answers === 'object' && !Array.isArray(answers) ? answers : {};
};

/** @param {unknown} answer */
const isEmpty = (answer) => answer === undefined || answer === null || answer === '';

/**
 * The `limit` names answered most often (most first; ties in the order first met). One pass that keeps
 * only the best `limit`: tens of thousands of made-up names are not sorted.
 * @param {Map<string, number>} counts  insertion order = order first met
 * @param {number} limit
 * @returns {string[]}
 */
export function mostAnswered(counts, limit) {
  /** @type {Array<[string, number]>} best first */
  const best = [];
  for (const [name, count] of counts) {
    if (best.length === limit && count <= /** @type {[string, number]} */ (best.at(-1))[1]) continue;
    let at = best.length;
    while (at > 0 && /** @type {[string, number]} */ (best[at - 1])[1] < count) at -= 1;
    best.splice(at, 0, [name, count]);
    if (best.length > limit) best.pop();
  }
  return best.map(([name]) => name);
}

/**
 * @param {Array<{ data: Record<string, any> }>} submissions  oldest first
 * @param {any} [definition]
 * @returns {Promise<{ questions: QuestionSummary[], omitted: { questions: number, answers: number } }>}
 *   omitted: questions without a definition beyond the limit, and how many answers they had
 */
export async function summarise(submissions, definition) {
  const defined = new Map(questionsOf(definition ?? {}).map((question) => [question.name, question]));
  // First pass: how many answered each question the definition does not have (linear, no lists).
  /** @type {Map<string, number>} */
  const extraCounts = new Map();
  for (const [index, submission] of submissions.entries()) {
    if (index % SLICE === SLICE - 1) await breathe();
    const answers = answersOf(submission);
    // Object.keys: own names only, and no [name, answer] pair made for each of thousands of answers.
    for (const name of Object.keys(answers)) {
      if (!isEmpty(answers[name]) && !defined.has(name)) extraCounts.set(name, (extraCounts.get(name) ?? 0) + 1);
    }
  }
  const shownExtra = mostAnswered(extraCounts, SUMMARY_LIMITS.extraQuestions);
  const shown = new Set([...defined.keys(), ...shownExtra]);
  // Second pass: the answers of the questions shown, looked up by name (a bounded number of them).
  /** @type {Map<string, unknown[]>} */
  const byName = new Map([...shown].map((name) => [name, []]));
  for (const [index, submission] of submissions.entries()) {
    if (index % SLICE === SLICE - 1) await breathe();
    const answers = answersOf(submission);
    for (const [name, list] of byName) {
      if (Object.hasOwn(answers, name) && !isEmpty(answers[name])) list.push(answers[name]);
    }
  }
  let omittedAnswers = 0;
  for (const [name, count] of extraCounts) if (!shown.has(name)) omittedAnswers += count;
  let textBudget = SUMMARY_LIMITS.textCharacters;

  /** @returns {QuestionSummary} */
  const summary = (/** @type {string} */ name) => {
    const question = defined.get(name);
    const answers = byName.get(name) ?? [];
    const title = question?.title ?? name;
    const isMatrix = question ? question.type === 'matrix' : answers.some((a) => typeof a === 'object' && !Array.isArray(a));
    if (isMatrix) {
      /** @type {Map<string, Array<string | number>>} values per row, in one pass */
      const byRow = new Map();
      for (const answer of answers) {
        for (const [row, value] of ownEntries(answer)) {
          if (isEmpty(value)) continue;
          const list = byRow.get(row);
          if (list) list.push(/** @type {string | number} */ (value));
          else byRow.set(row, [/** @type {string | number} */ (value)]);
        }
      }
      const rows = question?.rows.length
        ? question.rows
        : mostAnswered(new Map([...byRow].map(([row, values]) => [row, values.length])), SUMMARY_LIMITS.matrixRows).map((row) => ({ value: row, label: row }));
      return {
        name,
        title,
        kind: 'matrix',
        answered: answers.length,
        rows: rows.map((row) => {
          const values = byRow.get(String(row.value)) ?? [];
          return { name: String(row.value), label: row.label, answered: values.length, ...count(values, question?.choices ?? []) };
        }),
      };
    }
    const isText = question
      ? ['comment', 'text'].includes(question.type)
      : answers.some((answer) => typeof answer === 'string' && !looksLikeChoice(answer));
    if (isText) {
      /** @type {string[]} */
      const texts = [];
      for (let index = answers.length - 1; index >= 0 && texts.length < SUMMARY_LIMITS.textsPerQuestion; index -= 1) {
        const text = String(answers[index]);
        if (text.length > textBudget) break;
        textBudget -= text.length;
        texts.push(text);
      }
      return { name, title, kind: 'texts', answered: answers.length, texts };
    }
    const values = answers.flatMap((answer) => (Array.isArray(answer) ? answer : [key(answer)]));
    return { name, title, kind: 'counts', answered: answers.length, ...count(values, question?.choices ?? []) };
  };

  return {
    questions: [...shown].map(summary),
    omitted: { questions: extraCounts.size - shownExtra.length, answers: omittedAnswers },
  };
}

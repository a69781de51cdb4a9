import { readFileSync } from 'node:fs';
import { join } from 'node:path';

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
  if (!known.length && numeric) list = list.sort((a, b) => Number(a.value) - Number(b.value));
  const mean = numeric ? values.reduce((sum, value) => sum + Number(value), 0) / values.length : undefined;
  return mean === undefined ? { bars: list } : { bars: list, mean };
}

/** A string answer that reads like a choice's value (`faceToFace`, `too-small`), not like a sentence. */
const looksLikeChoice = (/** @type {string} */ value) => value.length <= 60 && !/\s/.test(value.trim());

/**
 * @param {Array<{ data: Record<string, any> }>} submissions  oldest first
 * @param {any} [definition]
 * @returns {QuestionSummary[]}
 */
export function summarise(submissions, definition) {
  const defined = definition ? questionsOf(definition) : [];
  const names = [...defined.map((question) => question.name)];
  for (const submission of submissions) {
    for (const name of Object.keys(submission.data.answers ?? {})) if (!names.includes(name)) names.push(name);
  }
  return names.map((name) => {
    const question = defined.find((q) => q.name === name);
    const answers = submissions
      .map((submission) => submission.data.answers?.[name])
      .filter((answer) => answer !== undefined && answer !== null && answer !== '');
    const title = question?.title ?? name;
    const isMatrix = question ? question.type === 'matrix' : answers.some((a) => typeof a === 'object' && !Array.isArray(a));
    if (isMatrix) {
      const rowNames = question?.rows.length
        ? question.rows
        : [...new Set(answers.flatMap((answer) => Object.keys(answer)))].map((row) => ({ value: row, label: row }));
      return {
        name,
        title,
        kind: 'matrix',
        answered: answers.length,
        rows: rowNames.map((row) => {
          const values = answers.map((answer) => answer?.[row.value]).filter((value) => value !== undefined);
          return { name: String(row.value), label: row.label, answered: values.length, ...count(values, question?.choices ?? []) };
        }),
      };
    }
    const isText = question
      ? ['comment', 'text'].includes(question.type)
      : answers.some((answer) => typeof answer === 'string' && !looksLikeChoice(answer));
    if (isText) {
      return { name, title, kind: 'texts', answered: answers.length, texts: answers.map(String).reverse() };
    }
    const values = answers.flatMap((answer) => (Array.isArray(answer) ? answer : [key(answer)]));
    return { name, title, kind: 'counts', answered: answers.length, ...count(values, question?.choices ?? []) };
  });
}

/**
 * Stored submissions as columns and rows, the same for the admin page's tables and the CSV export.
 * Column keys are the payload's own field names (stable for analysis); labels are for people.
 */

import { SLICE, breathe } from './breathe.js';
import { mostAnswered, ownEntries, questionsOf } from './summary.js';

/** @typedef {import('../storage/index.js').Submission} Submission */
/** @typedef {{ key: string, label: string }} Column */

const META = [
  { key: 'receivedAt', label: 'Vastaanotettu' },
  { key: 'id', label: 'Tunniste' },
];
const META_TAIL = [
  { key: 'submittedAt', label: 'Lähetetty' },
  { key: 'programme', label: 'Ohjelma' },
  { key: 'locale', label: 'Kieli' },
  { key: 'page', label: 'Sivu' },
  { key: 'origin', label: 'Sivusto' },
];

/** The fields of `vt.signup/1`, in the form's order (schemas/signup.schema.json). */
const SIGNUP = [
  { key: 'group', label: 'Ryhmä' },
  { key: 'waitingList', label: 'Jonossa' },
  { key: 'name', label: 'Nimi' },
  { key: 'email', label: 'Sähköposti' },
  { key: 'phone', label: 'Puhelin' },
  { key: 'organisation', label: 'Organisaatio' },
  { key: 'role', label: 'Rooli' },
  { key: 'organisationType', label: 'Organisaation tyyppi' },
  { key: 'fieldOfWork', label: 'Toimiala' },
  { key: 'preferredFormat', label: 'Toteutustapa' },
  { key: 'avoidOrganisations', label: 'Ei samaan ryhmään' },
  { key: 'hopes', label: 'Toiveet' },
  { key: 'consent', label: 'Suostumus' },
  { key: 'contactAboutFutureGroups', label: 'Saa ottaa yhteyttä' },
];

/** @param {Submission} submission @param {string} key */
function meta(submission, key) {
  return /** @type {any} */ (submission)[key];
}

/** @param {unknown} value */
function cellValue(value) {
  if (Array.isArray(value)) return value.join('; ');
  return value;
}

/**
 * A survey answer's cells: one per question, one per row of a matrix (`question.row`). Own entries
 * only: a question named `constructor` must not find Object.prototype's function.
 * @param {Submission} submission
 * @returns {Map<string, unknown>}
 */
function answerCells(submission) {
  /** @type {Map<string, unknown>} */
  const cells = new Map();
  for (const [name, answer] of ownEntries(submission.data.answers)) {
    if (answer && typeof answer === 'object' && !Array.isArray(answer)) {
      for (const [row, value] of Object.entries(answer)) cells.set(`${name}.${row}`, value);
    } else {
      cells.set(name, answer);
    }
  }
  return cells;
}

/**
 * The answer columns: the definition's questions (when there is one), then the columns most often
 * answered, at most `limit` of them. A survey may carry up to 300 names of its own choosing, and
 * hundreds of surveys as many different ones: a column for every name met would make a table of rows
 * times names. What does not get a column is kept, as JSON, in one `otherAnswers` column.
 * @param {Map<string, unknown>[]} cellsOfRows
 * @param {any} definition
 * @param {number} limit
 */
function answerColumnKeys(cellsOfRows, definition, limit) {
  /** @type {string[]} */
  const keys = [];
  for (const question of definition ? questionsOf(definition) : []) {
    if (question.type === 'matrix' && question.rows.length) keys.push(...question.rows.map((row) => `${question.name}.${row.value}`));
    else if (question.type !== 'matrix') keys.push(question.name);
  }
  const defined = new Set(keys);
  /** @type {Map<string, number>} how many rows have each column, in the order first met */
  const frequency = new Map();
  for (const cells of cellsOfRows) {
    for (const key of cells.keys()) if (!defined.has(key)) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  }
  return [...keys, ...mostAnswered(frequency, limit)];
}

/**
 * @param {'signup' | 'survey' | 'reflection'} kind
 * @param {Submission[]} submissions
 * @param {{ definition?: any, answerColumns?: number }} [options]  definition: of the survey listed;
 *   answerColumns: at most this many answer columns beside the definition's (the rest in `otherAnswers`)
 * @returns {Promise<{ columns: Column[], rows: unknown[][] }>}
 */
export async function tableOf(kind, submissions, options = {}) {
  /** @type {Array<Column & { get: (s: Submission, index: number) => unknown }>} */
  let fields;
  if (kind === 'signup') {
    fields = SIGNUP.map((column) => ({ ...column, get: (s) => s.data[column.key] }));
  } else if (kind === 'survey') {
    /** @type {Map<string, unknown>[]} */
    const cellsOfRows = [];
    for (const submission of submissions) {
      if (cellsOfRows.length % SLICE === SLICE - 1) await breathe();
      cellsOfRows.push(answerCells(submission));
    }
    const keys = answerColumnKeys(cellsOfRows, options.definition, options.answerColumns ?? 50);
    const shown = new Set(keys);
    // As JSON text, written pair by pair: quicker than building an object with hundreds of keys.
    const others = cellsOfRows.map((cells) => {
      const rest = [];
      for (const [key, value] of cells) if (!shown.has(key)) rest.push(`${JSON.stringify(key)}:${JSON.stringify(value)}`);
      return rest.length ? `{${rest.join(',')}}` : undefined;
    });
    fields = [
      { key: 'surveyId', label: 'Kysely', get: (s) => s.data.surveyId },
      { key: 'group', label: 'Ryhmä', get: (s) => s.data.group },
      { key: 'session', label: 'Tapaaminen', get: (s) => s.data.session },
      ...keys.map((key) => ({ key: `answers.${key}`, label: key, get: (/** @type {Submission} */ _s, /** @type {number} */ index) => cellsOfRows[index]?.get(key) })),
    ];
    if (others.some((other) => other !== undefined)) {
      fields.push({ key: 'otherAnswers', label: 'Muut vastaukset', get: (_s, index) => others[index] });
    }
  } else {
    const most = submissions.reduce((max, s) => Math.max(max, Array.isArray(s.data.answers) ? s.data.answers.length : 0), 0);
    fields = [
      { key: 'cardId', label: 'Kortti', get: (s) => s.data.cardId },
      { key: 'exercise', label: 'Harjoitus', get: (s) => s.data.exercise },
    ];
    for (let index = 0; index < most; index += 1) {
      fields.push(
        { key: `prompt${index + 1}`, label: `Kysymys ${index + 1}`, get: (s) => s.data.answers?.[index]?.prompt },
        { key: `answer${index + 1}`, label: `Vastaus ${index + 1}`, get: (s) => s.data.answers?.[index]?.answer },
      );
    }
  }
  const all = [
    ...META.map((column) => ({ ...column, get: (/** @type {Submission} */ s) => meta(s, column.key) })),
    ...fields,
    ...META_TAIL.map((column) => ({ ...column, get: (/** @type {Submission} */ s) => meta(s, column.key) })),
  ];
  const rows = [];
  for (const [index, submission] of submissions.entries()) {
    if (index % SLICE === SLICE - 1) await breathe();
    rows.push(all.map((field) => cellValue(field.get(submission, index))));
  }
  return { columns: all.map(({ key, label }) => ({ key, label })), rows };
}

/**
 * Stored submissions as columns and rows, the same for the admin page's tables and the CSV export.
 * Column keys are the payload's own field names (stable for analysis); labels are for people.
 */

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
 * @param {'signup' | 'survey' | 'reflection'} kind
 * @param {Submission[]} submissions
 * @returns {{ columns: Column[], rows: unknown[][] }}
 */
export function tableOf(kind, submissions) {
  /** @type {Array<Column & { get: (s: Submission) => unknown }>} */
  let fields;
  if (kind === 'signup') {
    fields = SIGNUP.map((column) => ({ ...column, get: (s) => s.data[column.key] }));
  } else if (kind === 'survey') {
    // Answer columns: every question met, in the order first met; a matrix gives one column per row.
    /** @type {Map<string, (s: Submission) => unknown>} */
    const answerColumns = new Map();
    for (const submission of submissions) {
      for (const [name, answer] of Object.entries(submission.data.answers ?? {})) {
        if (answer && typeof answer === 'object' && !Array.isArray(answer)) {
          for (const row of Object.keys(answer)) {
            const key = `${name}.${row}`;
            if (!answerColumns.has(key)) answerColumns.set(key, (s) => s.data.answers?.[name]?.[row]);
          }
        } else if (!answerColumns.has(name)) {
          answerColumns.set(name, (s) => s.data.answers?.[name]);
        }
      }
    }
    fields = [
      { key: 'surveyId', label: 'Kysely', get: (s) => s.data.surveyId },
      { key: 'group', label: 'Ryhmä', get: (s) => s.data.group },
      { key: 'session', label: 'Tapaaminen', get: (s) => s.data.session },
      ...[...answerColumns].map(([key, get]) => ({ key: `answers.${key}`, label: key, get })),
    ];
  } else {
    const most = Math.max(0, ...submissions.map((s) => (Array.isArray(s.data.answers) ? s.data.answers.length : 0)));
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
  return {
    columns: all.map(({ key, label }) => ({ key, label })),
    rows: submissions.map((submission) => all.map((field) => cellValue(field.get(submission)))),
  };
}

import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { ROOT } from './config.js';

/**
 * The submission contract's JSON Schemas, straight from `schemas/`, compiled once with Ajv (the
 * validator Fastify itself uses). An envelope is checked in one go: the envelope schema picks the kind's
 * `data` schema by `schema` (`vt.signup/1` → signup.schema.json).
 */
const SCHEMA_DIR = new URL('schemas/', `file://${ROOT}/`);

/** @typedef {{ pointer: string, detail: string }} FieldError */

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
for (const file of readdirSync(SCHEMA_DIR).filter((name) => name.endsWith('.schema.json'))) {
  ajv.addSchema(JSON.parse(readFileSync(new URL(file, SCHEMA_DIR), 'utf8')), file);
}
const validateEnvelope = /** @type {import('ajv').ValidateFunction} */ (ajv.getSchema('envelope.schema.json'));

/** The kinds this collector stores, by the envelope's `schema`. */
export const KINDS = /** @type {const} */ ({
  'vt.signup/1': 'signup',
  'vt.survey/1': 'survey',
  'vt.reflection/1': 'reflection',
});

/**
 * Messages per field error, in the envelope's language (the elements show them beside the field), so
 * that a Finnish form does not get an English sentence. `{x}` is filled from the Ajv error's params.
 */
const MESSAGES = {
  en: {
    required: 'is required',
    empty: 'must not be empty',
    email: 'must be an email address',
    format: 'must be a valid {format}',
    maxLength: 'must be at most {limit} characters',
    accepted: 'must be accepted',
    enum: 'must be one of the allowed values',
    type: 'must be of type {type}',
    notAllowed: 'is not allowed',
    pattern: 'has the wrong form',
    answer: 'is not a valid answer',
    tooMany: 'must have at most {limit} entries',
    pageScheme: 'must be an http or https address',
    number: 'is a number that cannot be stored exactly; send it as text',
    identifier: 'must not contain control characters or broken Unicode',
    other: '{message}',
  },
  fi: {
    required: 'Tämä tieto on pakollinen.',
    empty: 'Tämä tieto on pakollinen.',
    email: 'Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.',
    format: 'Arvo on väärän muotoinen.',
    maxLength: 'Enintään {limit} merkkiä.',
    accepted: 'Tämä kohta on hyväksyttävä.',
    enum: 'Valitse jokin annetuista vaihtoehdoista.',
    type: 'Arvo on väärää tyyppiä.',
    notAllowed: 'Tätä tietoa ei voi lähettää.',
    pattern: 'Arvo on väärän muotoinen.',
    answer: 'Vastaus ei kelpaa.',
    tooMany: 'Enintään {limit} kohtaa.',
    pageScheme: 'Sivun osoitteen on oltava http- tai https-osoite.',
    number: 'Luku on liian suuri tallennettavaksi tarkasti.',
    identifier: 'Tunnisteessa on merkkejä, joita ei voi tallentaa.',
    other: 'Arvo ei kelpaa.',
  },
  sv: {
    required: 'Uppgiften är obligatorisk.',
    empty: 'Uppgiften är obligatorisk.',
    email: 'Skriv e-postadressen i formen namn@exempel.fi.',
    format: 'Värdet har fel form.',
    maxLength: 'Högst {limit} tecken.',
    accepted: 'Detta måste godkännas.',
    enum: 'Välj ett av alternativen.',
    type: 'Värdet har fel typ.',
    notAllowed: 'Uppgiften kan inte skickas.',
    pattern: 'Värdet har fel form.',
    answer: 'Svaret är inte giltigt.',
    tooMany: 'Högst {limit} poster.',
    pageScheme: 'Sidans adress måste vara en http- eller https-adress.',
    number: 'Talet är för stort för att sparas exakt.',
    identifier: 'Identifieraren innehåller tecken som inte kan sparas.',
    other: 'Värdet är inte giltigt.',
  },
};

/** @param {string} segment */
const escapePointer = (segment) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * @param {import('ajv').ErrorObject} error
 * @returns {{ pointer: string, message: keyof typeof MESSAGES.en } | undefined}
 */
function describe(error) {
  const { keyword, params, instancePath } = error;
  switch (keyword) {
    case 'required':
      return { pointer: `${instancePath}/${escapePointer(params.missingProperty)}`, message: 'required' };
    case 'additionalProperties':
      return { pointer: `${instancePath}/${escapePointer(params.additionalProperty)}`, message: 'notAllowed' };
    case 'propertyNames':
      return { pointer: `${instancePath}/${escapePointer(params.propertyName)}`, message: 'notAllowed' };
    case 'format':
      return { pointer: instancePath, message: params.format === 'email' ? 'email' : 'format' };
    case 'maxLength':
      return { pointer: instancePath, message: 'maxLength' };
    case 'minLength':
      return { pointer: instancePath, message: 'empty' };
    case 'const':
      return { pointer: instancePath, message: params.allowedValue === true ? 'accepted' : 'enum' };
    case 'enum':
      return { pointer: instancePath, message: 'enum' };
    case 'type':
      return { pointer: instancePath, message: 'type' };
    case 'pattern':
      return { pointer: instancePath, message: 'pattern' };
    case 'anyOf':
      return { pointer: instancePath, message: 'answer' };
    case 'if':
      // "must match then": the real errors of the kind's schema are listed on their own.
      return undefined;
    default:
      return { pointer: instancePath, message: 'other' };
  }
}

/**
 * The collector's own limits, beyond the contract's schemas (docs/collector.md, "Limits"). They keep
 * the admin pages bounded and what is stored exactly what was sent.
 */
export const LIMITS = {
  /** question names in one survey answer: a real survey has tens; 300 is generous */
  answersPerSurvey: 300,
  /** rows in one matrix answer */
  rowsPerMatrix: 100,
};

/** Control characters (NUL included) or a lone surrogate: refused in identifiers (group, question names…). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for
const badIdentifier = (/** @type {string} */ text) => /[\u0000-\u001f\u007f]/.test(text) || !text.isWellFormed();

/**
 * Checks that a valid envelope also keeps the collector's limits.
 * @param {Record<string, any>} envelope  valid against the schemas
 * @returns {Array<{ pointer: string, message: keyof typeof MESSAGES.en, limit?: number }>}
 */
function collectorChecks(envelope) {
  /** @type {Array<{ pointer: string, message: keyof typeof MESSAGES.en, limit?: number }>} */
  const found = [];
  // The schema's "uri" format takes any scheme; a javascript: or data: address is no partner page.
  if (!/^https?:\/\//i.test(envelope.page)) found.push({ pointer: '/page', message: 'pageScheme' });

  // JSON numbers are read as doubles: an integer beyond 2^53 (or 1e400) would be stored as another
  // number than the one sent. Refused rather than changed.
  (function numbers(/** @type {unknown} */ value, /** @type {string} */ pointer) {
    if (typeof value === 'number') {
      if (!Number.isFinite(value) || (Number.isInteger(value) && !Number.isSafeInteger(value))) found.push({ pointer, message: 'number' });
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) numbers(item, `${pointer}/${escapePointer(key)}`);
    }
  })(envelope, '');

  const data = envelope.data;
  for (const field of ['group', 'surveyId', 'cardId', 'exercise']) {
    if (Object.hasOwn(data, field) && typeof data[field] === 'string' && badIdentifier(data[field])) {
      found.push({ pointer: `/data/${field}`, message: 'identifier' });
    }
  }
  if (typeof envelope.programme === 'string' && badIdentifier(envelope.programme)) found.push({ pointer: '/programme', message: 'identifier' });

  if (envelope.schema === 'vt.survey/1') {
    const names = Object.keys(data.answers);
    if (names.length > LIMITS.answersPerSurvey) found.push({ pointer: '/data/answers', message: 'tooMany', limit: LIMITS.answersPerSurvey });
    for (const name of names) {
      const pointer = `/data/answers/${escapePointer(name)}`;
      if (badIdentifier(name)) found.push({ pointer, message: 'identifier' });
      const answer = data.answers[name];
      if (answer && typeof answer === 'object' && !Array.isArray(answer)) {
        const rows = Object.keys(answer);
        if (rows.length > LIMITS.rowsPerMatrix) found.push({ pointer, message: 'tooMany', limit: LIMITS.rowsPerMatrix });
        if (rows.some(badIdentifier)) found.push({ pointer, message: 'identifier' });
      }
    }
  }
  return found;
}

/**
 * Checks an envelope against the contract's schemas, then against the collector's own limits.
 * @param {unknown} envelope
 * @returns {FieldError[]} one error per field (JSON Pointer into the envelope), empty when valid
 */
export function validate(envelope) {
  const locale = /** @type {any} */ (envelope)?.locale;
  const texts = MESSAGES[/** @type {keyof typeof MESSAGES} */ (Object.hasOwn(MESSAGES, locale) ? locale : 'en')];
  if (validateEnvelope(envelope)) {
    /** @type {Map<string, string>} */
    const byPointer = new Map();
    for (const { pointer, message, limit } of collectorChecks(/** @type {Record<string, any>} */ (envelope))) {
      if (!byPointer.has(pointer)) byPointer.set(pointer, texts[message].replace('{limit}', String(limit ?? '')));
    }
    return [...byPointer].map(([pointer, detail]) => ({ pointer, detail }));
  }
  /** @type {Map<string, string>} */
  const byPointer = new Map();
  for (const error of validateEnvelope.errors ?? []) {
    // The branches of an anyOf (the kinds of a survey answer) are summed up by the anyOf error itself.
    if (error.schemaPath.includes('/anyOf/')) continue;
    const described = describe(error);
    if (!described || byPointer.has(described.pointer)) continue;
    const detail = texts[described.message]
      .replace('{limit}', String(error.params.limit ?? ''))
      .replace('{format}', String(error.params.format ?? ''))
      .replace('{type}', String(error.params.type ?? ''))
      .replace('{message}', error.message ?? 'is invalid');
    byPointer.set(described.pointer, detail);
  }
  return [...byPointer].map(([pointer, detail]) => ({ pointer, detail }));
}

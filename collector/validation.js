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
 * Checks an envelope against the contract's schemas.
 * @param {unknown} envelope
 * @returns {FieldError[]} one error per field (JSON Pointer into the envelope), empty when valid
 */
export function validate(envelope) {
  if (validateEnvelope(envelope)) return [];
  const locale = /** @type {any} */ (envelope)?.locale;
  const texts = MESSAGES[/** @type {keyof typeof MESSAGES} */ (Object.hasOwn(MESSAGES, locale) ? locale : 'en')];
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

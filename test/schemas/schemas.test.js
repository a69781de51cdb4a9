// The JSON Schemas of the submission contract, checked in Node with Ajv (the validator Fastify uses, so
// the collector will read them the same way): they compile, accept what the elements send and refuse
// what the contract forbids.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const dir = new URL('../../schemas/', import.meta.url);
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
for (const file of readdirSync(dir).filter((name) => name.endsWith('.schema.json'))) {
  ajv.addSchema(JSON.parse(readFileSync(new URL(file, dir), 'utf8')), file);
}
const validate = ajv.getSchema('envelope.schema.json');

function envelope(schema, data, change = {}) {
  return {
    schema,
    id: '3f0c0b1e-8c1d-4e7a-9b2f-0a1b2c3d4e5f',
    submittedAt: '2027-02-03T17:45:12.345Z',
    programme: 'kestava-keikkatyo',
    locale: 'fi',
    page: 'https://partner.example/vertaisryhmat',
    data,
    ...change,
  };
}

function errorsOf(value) {
  return validate(value) ? [] : validate.errors.map((error) => `${error.instancePath} ${error.message}`);
}

const signup = {
  group: 'pori-kevat-2027',
  waitingList: false,
  name: 'Aino Virtanen',
  email: 'aino@example.fi',
  role: 'gig-worker',
  organisationType: 'solo-entrepreneur',
  consent: true,
  contactAboutFutureGroups: false,
};

test('a complete signup passes', () => {
  assert.deepEqual(errorsOf(envelope('vt.signup/1', signup)), []);
});

test('a signup without consent, with a bad email or an unknown field is refused, naming the field', () => {
  assert.ok(errorsOf(envelope('vt.signup/1', { ...signup, consent: false })).some((e) => e.startsWith('/data/consent')));
  assert.ok(errorsOf(envelope('vt.signup/1', { ...signup, email: 'not-an-email' })).some((e) => e.startsWith('/data/email')));
  assert.ok(errorsOf(envelope('vt.signup/1', { ...signup, age: 42 })).length > 0);
});

test('survey answers of every question type pass; personal extras do not', () => {
  const data = {
    surveyId: 'peer-group-satisfaction',
    group: 'pori-kevat-2027',
    session: 3,
    answers: { climate_open: 5, format: 'hybrid', outcomes: ['tools', 'not-alone'], recommend: true, grid: { a: 1 } },
  };
  assert.deepEqual(errorsOf(envelope('vt.survey/1', data)), []);
  assert.ok(errorsOf(envelope('vt.survey/1', { ...data, email: 'x@example.fi' })).length > 0);
  assert.ok(errorsOf(envelope('vt.survey/1', { ...data, session: 0 })).some((e) => e.startsWith('/data/session')));
});

test('a shared reflection passes', () => {
  const data = { cardId: '/tyopaja:abc', exercise: 'peer-support', answers: [{ prompt: 'Mieti…', answer: 'Kun…' }] };
  assert.deepEqual(errorsOf(envelope('vt.reflection/1', data)), []);
  assert.ok(errorsOf(envelope('vt.reflection/1', { ...data, answers: [] })).length > 0);
});

test('the envelope refuses a page with a query string, an unknown kind or locale, and a non-UUID id', () => {
  const survey = { surveyId: 's', answers: {} };
  assert.ok(errorsOf(envelope('vt.survey/1', survey, { page: 'https://partner.example/kysely?email=a@b.fi' })).some((e) => e.startsWith('/page')));
  assert.ok(errorsOf(envelope('vt.poll/1', survey)).some((e) => e.startsWith('/schema')));
  assert.ok(errorsOf(envelope('vt.survey/1', survey, { locale: 'de' })).some((e) => e.startsWith('/locale')));
  assert.ok(errorsOf(envelope('vt.survey/1', survey, { id: '1' })).some((e) => e.startsWith('/id')));
  assert.deepEqual(errorsOf(envelope('vt.survey/1', survey, { programme: null })), []);
});

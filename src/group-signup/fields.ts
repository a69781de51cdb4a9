/**
 * The signup form's optional fields and the rules for every field. Plain logic, no DOM: the element
 * renders what `fields` asks for, and `signupData` sends only that.
 */
export const OPTIONAL_FIELDS = [
  'phone',
  'organisation',
  'role',
  'organisation-type',
  'field-of-work',
  'preferred-format',
  'avoid-organisations',
  'hopes',
  'future-contact',
] as const;
export type OptionalField = (typeof OPTIONAL_FIELDS)[number];

/** Without a `fields` attribute: what decides group fit (brief: role and organisation type), and the optional consent. */
export const DEFAULT_FIELDS: OptionalField[] = ['role', 'organisation-type', 'future-contact'];

export const ROLES = [
  'gig-worker',
  'solo-entrepreneur',
  'employee',
  'supervisor',
  'owner-manager',
  'hr',
  'occupational-health',
  'other',
] as const;
export const ORGANISATION_TYPES = [
  'uses-gig-work',
  'intermediates-gig-work',
  'employs-gig-workers',
  'solo-entrepreneur',
  'other',
] as const;
export const PREFERRED_FORMATS = ['face-to-face', 'online', 'hybrid', 'any'] as const;

/** Length limits, the same as in `schemas/signup.schema.json`. */
export const MAX_LENGTH = {
  name: 200,
  email: 254,
  phone: 40,
  organisation: 200,
  fieldOfWork: 200,
  avoidOrganisations: 500,
  hopes: 1000,
} as const;

/** The form's values, keyed by the names sent in `vt.signup/1`. Checkboxes are booleans. */
export interface SignupValues {
  group: string;
  name: string;
  email: string;
  phone: string;
  organisation: string;
  role: string;
  organisationType: string;
  fieldOfWork: string;
  preferredFormat: string;
  avoidOrganisations: string;
  hopes: string;
  consent: boolean;
  contactAboutFutureGroups: boolean;
}

export const EMPTY_VALUES: SignupValues = {
  group: '',
  name: '',
  email: '',
  phone: '',
  organisation: '',
  role: '',
  organisationType: '',
  fieldOfWork: '',
  preferredFormat: '',
  avoidOrganisations: '',
  hopes: '',
  consent: false,
  contactAboutFutureGroups: false,
};

/** Which payload key each optional field fills. */
export const FIELD_KEY: Record<OptionalField, keyof SignupValues> = {
  phone: 'phone',
  organisation: 'organisation',
  role: 'role',
  'organisation-type': 'organisationType',
  'field-of-work': 'fieldOfWork',
  'preferred-format': 'preferredFormat',
  'avoid-organisations': 'avoidOrganisations',
  hopes: 'hopes',
  'future-contact': 'contactAboutFutureGroups',
};

/** Reads `fields="phone hopes"` (spaces or commas); unknown names are reported, not guessed at. */
export function parseFields(attribute: string | null | undefined): { fields: OptionalField[]; unknown: string[] } {
  if (attribute === null || attribute === undefined) return { fields: [...DEFAULT_FIELDS], unknown: [] };
  const names = attribute.split(/[\s,]+/).filter(Boolean);
  const fields = OPTIONAL_FIELDS.filter((field) => names.includes(field));
  return { fields, unknown: names.filter((name) => !(OPTIONAL_FIELDS as readonly string[]).includes(name)) };
}

// Deliberately loose: one @, a dot in the domain, no spaces. The endpoint has the last word.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s()-]{5,}$/;

/** What is wrong with a value, as a message key and its count for plural messages. */
export type SignupProblem =
  | { key: 'signup.error.group' | 'signup.error.name' | 'signup.error.email' | 'signup.error.emailFormat' | 'signup.error.phone' | 'signup.error.consent' }
  | { key: 'signup.error.tooLong'; count: number };

function tooLong(value: string, max: number): SignupProblem | undefined {
  return value.length > max ? { key: 'signup.error.tooLong', count: value.length - max } : undefined;
}

/**
 * Problems with the values, keyed by payload name, for the fields that are shown. `needsGroup` is false
 * when there is nothing to choose from (no groups: the person registers interest in any group).
 */
export function validateSignup(
  values: SignupValues,
  fields: readonly OptionalField[],
  needsGroup: boolean,
): Partial<Record<keyof SignupValues, SignupProblem>> {
  const problems: Partial<Record<keyof SignupValues, SignupProblem>> = {};
  const shown = (field: OptionalField) => fields.includes(field);
  if (needsGroup && !values.group) problems.group = { key: 'signup.error.group' };
  const name = values.name.trim();
  if (!name) problems.name = { key: 'signup.error.name' };
  else problems.name = tooLong(name, MAX_LENGTH.name);
  const email = values.email.trim();
  if (!email) problems.email = { key: 'signup.error.email' };
  else if (!EMAIL.test(email) || email.length > MAX_LENGTH.email) problems.email = { key: 'signup.error.emailFormat' };
  if (shown('phone') && values.phone.trim() && !PHONE.test(values.phone.trim())) problems.phone = { key: 'signup.error.phone' };
  if (shown('organisation')) problems.organisation = tooLong(values.organisation.trim(), MAX_LENGTH.organisation);
  if (shown('field-of-work')) problems.fieldOfWork = tooLong(values.fieldOfWork.trim(), MAX_LENGTH.fieldOfWork);
  if (shown('avoid-organisations')) {
    problems.avoidOrganisations = tooLong(values.avoidOrganisations.trim(), MAX_LENGTH.avoidOrganisations);
  }
  if (shown('hopes')) problems.hopes = tooLong(values.hopes.trim(), MAX_LENGTH.hopes);
  if (!values.consent) problems.consent = { key: 'signup.error.consent' };
  for (const key of Object.keys(problems) as Array<keyof SignupValues>) {
    if (problems[key] === undefined) delete problems[key];
  }
  return problems;
}

/**
 * The `vt.signup/1` data: required fields, then only the optional fields the page asked for, and only
 * those the person filled in. Nothing the page did not ask for leaves the device.
 */
export function signupData(
  values: SignupValues,
  fields: readonly OptionalField[],
  waitingList: boolean,
): Record<string, unknown> {
  const data: Record<string, unknown> = {
    group: values.group || 'any',
    waitingList,
    name: values.name.trim(),
    email: values.email.trim(),
  };
  for (const field of fields) {
    const key = FIELD_KEY[field];
    const value = values[key];
    if (typeof value === 'boolean') data[key] = value;
    else if (value.trim()) data[key] = value.trim();
  }
  data['consent'] = true;
  return data;
}

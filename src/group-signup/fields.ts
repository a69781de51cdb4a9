/**
 * The signup form's fields and the rules for each. Plain logic, no DOM: the element renders what
 * `fields` asks for, and `signupData` sends only that.
 */

/**
 * Every control's name, in the form's order. A name is also the control's id, and for an optional field
 * the word a page writes in `fields`.
 */
export const FIELD_NAMES = [
  'group',
  'name',
  'email',
  'phone',
  'organisation',
  'role',
  'organisation-type',
  'field-of-work',
  'preferred-format',
  'avoid-organisations',
  'hopes',
  'consent',
  'future-contact',
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** The payload key (`vt.signup/1`) a control fills: its name in camelCase, but `future-contact` sends `contactAboutFutureGroups`. */
export const keyOf = (name: string): keyof SignupValues =>
  name === 'future-contact'
    ? 'contactAboutFutureGroups'
    : (name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()) as keyof SignupValues);

/** What every signup asks, whatever `fields` says. */
const REQUIRED_FIELDS = ['group', 'name', 'email', 'consent'] as const;
export type OptionalField = Exclude<FieldName, (typeof REQUIRED_FIELDS)[number]>;
export const OPTIONAL_FIELDS = FIELD_NAMES.filter(
  (name): name is OptionalField => !(REQUIRED_FIELDS as readonly string[]).includes(name),
);

/** Without a `fields` attribute: what decides group fit (brief: role and organisation type), and the optional consent. */
export const DEFAULT_FIELDS: OptionalField[] = ['role', 'organisation-type', 'future-contact'];

/** The choices of the fields that have them, as sent; each has a text `signup.<key>.<choice>`. */
export const CHOICES: Partial<Record<FieldName, readonly string[]>> = {
  role: ['gig-worker', 'solo-entrepreneur', 'employee', 'supervisor', 'owner-manager', 'hr', 'occupational-health', 'other'],
  'organisation-type': ['uses-gig-work', 'intermediates-gig-work', 'employs-gig-workers', 'solo-entrepreneur', 'other'],
  'preferred-format': ['face-to-face', 'online', 'hybrid', 'any'],
};

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
type TextKey = Exclude<keyof SignupValues, 'consent' | 'contactAboutFutureGroups'>;

/** Nothing typed or ticked yet: checkboxes are false, every other field an empty string. */
export const EMPTY_VALUES = Object.fromEntries(
  FIELD_NAMES.map((name) => [keyOf(name), name === 'consent' || name === 'future-contact' ? false : '']),
) as unknown as SignupValues;

/** Reads `fields="phone hopes"` (spaces or commas); unknown names are reported, not guessed at. */
export function parseFields(attribute: string | null | undefined): { fields: OptionalField[]; unknown: string[] } {
  if (attribute === null || attribute === undefined) return { fields: [...DEFAULT_FIELDS], unknown: [] };
  const names = attribute.split(/[\s,]+/).filter(Boolean);
  const fields = OPTIONAL_FIELDS.filter((field) => names.includes(field));
  return { fields, unknown: names.filter((name) => !(OPTIONAL_FIELDS as string[]).includes(name)) };
}

// Deliberately loose: one @, a dot in the domain, no spaces. The endpoint has the last word.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s()-]{5,}$/;

/** What is wrong with a value, as a message key and its count for plural messages. */
type SimpleProblemKey = `signup.error.${'group' | 'name' | 'email' | 'emailFormat' | 'phone' | 'consent'}`;
// Too long: the counter's own words ("12 characters too many") are the message.
export type SignupProblem = { key: SimpleProblemKey } | { key: 'signup.charactersOver'; count: number };

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
  const shown = ['name', 'email', ...fields].map(keyOf);
  for (const [key, max] of Object.entries(MAX_LENGTH) as Array<[TextKey, number]>) {
    const over = values[key].trim().length - max;
    if (shown.includes(key) && over > 0) problems[key] = { key: 'signup.charactersOver', count: over };
  }
  // A missing required value wins over its length; the message key is `signup.error.<problem>`.
  const fail = (key: 'group' | 'name' | 'email' | 'phone' | 'consent', problem: string = key) =>
    (problems[key] = { key: `signup.error.${problem}` as SimpleProblemKey });
  const email = values.email.trim();
  const phone = values.phone.trim();
  if (needsGroup && !values.group) fail('group');
  if (!values.name.trim()) fail('name');
  if (!email) fail('email');
  else if (!EMAIL.test(email)) fail('email', 'emailFormat');
  if (shown.includes('phone') && phone && !PHONE.test(phone)) fail('phone');
  if (!values.consent) fail('consent');
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
    const key = keyOf(field);
    const value = values[key];
    if (typeof value === 'boolean') data[key] = value;
    else if (value.trim()) data[key] = value.trim();
  }
  data['consent'] = true;
  return data;
}

import type { Locale } from './catalogue.js';
import type { Localizer, LocalizeParams } from './localize.js';

/**
 * The messages of questions' validators (survey/validators.ts), in fi, sv and en; an `email`
 * validator's is the email input's, in the catalogue. They travel in that chunk, not in the catalogue
 * every survey page loads (fi.ts, sv.ts, en.ts), so a page whose definition has no validators does not
 * download them. A page words them otherwise with
 * the element's `texts` (survey/texts.ts `LAZY_KEYS` lets it name these keys) or `<vt-config texts>`,
 * and a definition with a validator's `text`.
 */
export const surveyValidatorTexts = {
  fi: {
    // survey-core's own messages for validators, so a survey reads as its editor saw it in SurveyJS.
    'survey.value': 'arvo',
    'survey.numericError': 'Arvon tulee olla numeerinen.',
    'survey.numericMinMax': "Luvun '{name}' tulee olla vähintään {min} ja korkeintaan {max}.",
    'survey.numericMin': "Luvun '{name}' tulee olla vähintään {min}.",
    'survey.numericMax': "Luvun '{name}' tulee olla korkeintaan {max}.",
    'survey.textNoDigits': 'Numerot eivät ole sallittuja.',
    'survey.textMinLength': 'Syötä vähintään {min} merkkiä.',
    'survey.textMaxLength': 'Älä syötä yli {max} merkkiä.',
    'survey.textMinMaxLength': 'Syötä vähintään {min} ja enintään {max} merkkiä.',
    'survey.minSelect': 'Valitse vähintään {min} vaihtoehtoa.',
    'survey.maxSelect': 'Valitse enintään {max} vaihtoehtoa.',
    'survey.invalidExpression': "Lausekkeen: {expression} pitäisi palauttaa 'true'.",
    // survey-core shows a regex validator without a text as an empty error: ours says what is wrong.
    'survey.invalidFormat': 'Vastaus ei ole pyydetyssä muodossa.',
  },
  sv: {
    'survey.value': 'värde',
    'survey.numericError': 'Värdet ska vara numeriskt.',
    'survey.numericMinMax': "'{name}' ska vara lika med eller mer än {min} samt lika med eller mindre än {max}",
    'survey.numericMin': "'{name}' ska vara lika med eller mer än {min}",
    'survey.numericMax': "'{name}' ska vara lika med eller mindre än {max}",
    'survey.textNoDigits': 'Nummer är inte tillåtna.',
    'survey.textMinLength': 'Ange minst {min} tecken.',
    'survey.textMaxLength': 'Ange färre än {max} tecken.',
    'survey.textMinMaxLength': 'Ange mer än {min} och färre än {max} tecken.',
    'survey.minSelect': 'Var vänlig välj åtminstone {min} varianter.',
    'survey.maxSelect': 'Var vänlig välj inte fler än {max} varianter.',
    'survey.invalidExpression': "Uttrycket: {expression} ska returnera 'true'.",
    'survey.invalidFormat': 'Svaret har inte det format som efterfrågas.',
  },
  en: {
    'survey.value': 'value',
    'survey.numericError': 'The value should be numeric.',
    'survey.numericMinMax': "The '{name}' should be at least {min} and at most {max}",
    'survey.numericMin': "The '{name}' should be at least {min}",
    'survey.numericMax': "The '{name}' should be at most {max}",
    'survey.textNoDigits': 'Numbers are not allowed.',
    'survey.textMinLength': 'Please enter at least {min} character(s).',
    'survey.textMaxLength': 'Please enter no more than {max} character(s).',
    'survey.textMinMaxLength': 'Please enter at least {min} and no more than {max} characters.',
    'survey.minSelect': 'Please select at least {min} option(s).',
    'survey.maxSelect': 'Please select no more than {max} option(s).',
    'survey.invalidExpression': "The expression: {expression} should return 'true'.",
    'survey.invalidFormat': 'The answer is not in the format asked for.',
  },
} satisfies Record<Locale, Record<string, string>>;

export type SurveyValidatorKey = keyof (typeof surveyValidatorTexts)['fi'];

/** The page's own wording of `key` if it has one (`texts`), else ours, placeholders filled in as the catalogue's are. */
const word = (t: Localizer<never>, key: SurveyValidatorKey, params: LocalizeParams) => t.or(key, surveyValidatorTexts[t.locale][key], params);

/** A validator's message (`key` without `survey.`): `{name}` is the value's word unless `params` names it. */
export const validatorText = (t: Localizer<never>, key: string, params: LocalizeParams = {}): string =>
  word(t, `survey.${key}` as SurveyValidatorKey, { name: word(t, 'survey.value', {}), ...params });

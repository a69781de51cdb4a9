import type { Catalogues, CoreKey, SendingKey, SurveyKey } from '../i18n/catalogue.js';

/**
 * This element's texts: the shared ones, those of sending, and its own; no other element's. Each locale is a dynamic import
 * that names the two areas it takes, so the bundler puts just those in that language's small chunk.
 */
export const surveyTexts: Catalogues<CoreKey | SendingKey | SurveyKey> = {
  fi: () => import('../i18n/fi.js').then(({ core, sending, survey }) => ({ ...core, ...sending, ...survey })),
  sv: () => import('../i18n/sv.js').then(({ core, sending, survey }) => ({ ...core, ...sending, ...survey })),
  en: () => import('../i18n/en.js').then(({ core, sending, survey }) => ({ ...core, ...sending, ...survey })),
};

export type SurveyTextKey = CoreKey | SendingKey | SurveyKey;

/**
 * The validators' messages (i18n/survey-validators.ts) and the time limits' (i18n/survey-time-limit.ts),
 * which travel in their chunks rather than in the catalogue: the element's `texts` may word them too.
 */
export const LAZY_KEYS = /^survey\.(value|numeric(Error|Min|Max|MinMax)|text(NoDigits|MinLength|MaxLength|MinMaxLength)|(min|max)Select|invalid(Expression|Format)|time\w+)$/;

import type { Catalogues, CoreKey, SurveyKey } from '../i18n/catalogue.js';
import * as en from '../i18n/en.js';
import * as fi from '../i18n/fi.js';
import * as sv from '../i18n/sv.js';

/** This element's texts: the shared ones and its own, in every locale; no other element's. */
export const surveyTexts: Catalogues<CoreKey | SurveyKey> = {
  fi: { ...fi.core, ...fi.survey },
  sv: { ...sv.core, ...sv.survey },
  en: { ...en.core, ...en.survey },
};

export type SurveyTextKey = CoreKey | SurveyKey;

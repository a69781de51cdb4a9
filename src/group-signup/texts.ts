import type { Catalogues, CoreKey, SignupKey } from '../i18n/catalogue.js';
import * as en from '../i18n/en.js';
import * as fi from '../i18n/fi.js';
import * as sv from '../i18n/sv.js';

/** This element's texts: the shared ones and its own, in every locale; no other element's. */
export const signupTexts: Catalogues<CoreKey | SignupKey> = {
  fi: { ...fi.core, ...fi.signup },
  sv: { ...sv.core, ...sv.signup },
  en: { ...en.core, ...en.signup },
};

export type SignupTextKey = CoreKey | SignupKey;

import type { Catalogues, CoreKey, ReflectionKey } from '../i18n/catalogue.js';
import * as en from '../i18n/en.js';
import * as fi from '../i18n/fi.js';
import * as sv from '../i18n/sv.js';

/** This element's texts: the shared ones and its own, in every locale; no other element's. */
export const reflectionTexts: Catalogues<CoreKey | ReflectionKey> = {
  fi: { ...fi.core, ...fi.reflection },
  sv: { ...sv.core, ...sv.reflection },
  en: { ...en.core, ...en.reflection },
};

export type ReflectionTextKey = CoreKey | ReflectionKey;

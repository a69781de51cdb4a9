import type { Catalogues, CoreKey, TimerKey } from '../i18n/catalogue.js';
import * as en from '../i18n/en.js';
import * as fi from '../i18n/fi.js';
import * as sv from '../i18n/sv.js';

/** This element's texts: the shared ones and its own, in every locale; no other element's. */
export const timerTexts: Catalogues<CoreKey | TimerKey> = {
  fi: { ...fi.core, ...fi.timer },
  sv: { ...sv.core, ...sv.timer },
  en: { ...en.core, ...en.timer },
};

export type TimerTextKey = CoreKey | TimerKey;

import type { Catalogues, CoreKey, TimerKey } from '../i18n/catalogue.js';

/**
 * This element's texts: the shared ones and its own, no other element's. Each locale is a dynamic import
 * that names the two areas it takes, so the bundler puts just those in that language's small chunk.
 */
export const timerTexts: Catalogues<CoreKey | TimerKey> = {
  fi: () => import('../i18n/fi.js').then(({ core, timer }) => ({ ...core, ...timer })),
  sv: () => import('../i18n/sv.js').then(({ core, timer }) => ({ ...core, ...timer })),
  en: () => import('../i18n/en.js').then(({ core, timer }) => ({ ...core, ...timer })),
};

export type TimerTextKey = CoreKey | TimerKey;

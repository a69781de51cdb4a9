import type { Catalogues, CoreKey, SendingKey, ReflectionKey } from '../i18n/catalogue.js';

/**
 * This element's texts: the shared ones, those of sending, and its own; no other element's. Each locale is a dynamic import
 * that names the two areas it takes, so the bundler puts just those in that language's small chunk.
 */
export const reflectionTexts: Catalogues<CoreKey | SendingKey | ReflectionKey> = {
  fi: () => import('../i18n/fi.js').then(({ core, sending, reflection }) => ({ ...core, ...sending, ...reflection })),
  sv: () => import('../i18n/sv.js').then(({ core, sending, reflection }) => ({ ...core, ...sending, ...reflection })),
  en: () => import('../i18n/en.js').then(({ core, sending, reflection }) => ({ ...core, ...sending, ...reflection })),
};

export type ReflectionTextKey = CoreKey | SendingKey | ReflectionKey;

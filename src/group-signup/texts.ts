import type { Catalogues, CoreKey, SendingKey, SignupKey } from '../i18n/catalogue.js';

/**
 * This element's texts: the shared ones, those of sending, and its own; no other element's. Each locale is a dynamic import
 * that names the two areas it takes, so the bundler puts just those in that language's small chunk.
 */
export const signupTexts: Catalogues<CoreKey | SendingKey | SignupKey> = {
  fi: () => import('../i18n/fi.js').then(({ core, sending, signup }) => ({ ...core, ...sending, ...signup })),
  sv: () => import('../i18n/sv.js').then(({ core, sending, signup }) => ({ ...core, ...sending, ...signup })),
  en: () => import('../i18n/en.js').then(({ core, sending, signup }) => ({ ...core, ...sending, ...signup })),
};

export type SignupTextKey = CoreKey | SendingKey | SignupKey;

/** A key of the element's own texts without its `signup.` prefix: `successTitle` for `signup.successTitle`. */
export type SignupText = SignupKey extends infer Key ? (Key extends `signup.${infer Name}` ? Name : never) : never;

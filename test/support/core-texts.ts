import type { Catalogues, CoreKey, SendingKey } from '../../src/i18n/catalogue.js';

/** The shared texts and those of sending: the texts of the tests' form (test-form.ts). */
export const coreTexts: Catalogues<CoreKey | SendingKey> = {
  fi: () => import('../../src/i18n/fi.js').then(({ core, sending }) => ({ ...core, ...sending })),
  sv: () => import('../../src/i18n/sv.js').then(({ core, sending }) => ({ ...core, ...sending })),
  en: () => import('../../src/i18n/en.js').then(({ core, sending }) => ({ ...core, ...sending })),
};

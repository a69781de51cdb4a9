import type { Locale } from '../i18n/catalogue.js';

/**
 * The built-in questionnaire `preset="peer-group-satisfaction"`: a SurveyJS-format definition in each
 * language (`preset/fi.ts`, `sv.ts`, `en.ts`), so it goes through the same parser as any other and the
 * CMS team can copy one as a starting point. Built on the satisfaction drivers of entrepreneurs'
 * mutual-aid groups (Sarkar et al. 2019: group climate, group leadership, group size) and the outcomes
 * participants reported in the project's forum. It asks for no gender or age, and no question is
 * required: the survey is anonymous and voluntary.
 *
 * Each language is a chunk of its own, loaded only by a page that uses the preset, in its language. The
 * three hold the same questions, names and values (test/survey/definition.test.ts checks that); only
 * the texts differ.
 */
export const PRESETS: Record<string, Record<Locale, () => Promise<unknown>>> = {
  'peer-group-satisfaction': {
    fi: () => import('./preset/fi.js').then((module) => module.default),
    sv: () => import('./preset/sv.js').then((module) => module.default),
    en: () => import('./preset/en.js').then((module) => module.default),
  },
};

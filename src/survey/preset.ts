import type { Locale } from '../i18n/catalogue.js';

/**
 * The built-in questionnaire `preset="peer-group-satisfaction"`, as a SurveyJS-format definition, so it
 * goes through the same parser as any other and the CMS team can copy it as a starting point. Built on
 * the satisfaction drivers of entrepreneurs' mutual-aid groups (Sarkar et al. 2019: group climate,
 * group leadership, group size) and the outcomes participants reported in the project's forum. It asks
 * for no gender or age, and no question is required: the survey is anonymous and voluntary.
 *
 * The structure is here; each language's texts are a module of their own (`preset/fi.ts`, `sv.ts`,
 * `en.ts`), loaded only by a page that uses the preset, in its language.
 */
export interface PresetTexts {
  title: string;
  description: string;
  completedHtml: string;
  /** The five pages' titles. */
  pages: string[];
  /** The agreement scale, from "strongly disagree" to "strongly agree": the matrix columns; its ends label the statements. */
  agree: string[];
  /** The seven 1-5 agreement statements, in the order of STATEMENTS. */
  statements: string[];
  /** Each `[title, ...choices]`, the choices in the order of their values below. */
  groupSize: string[];
  format: string[];
  /** `[title, ...rows]`. */
  outcomes: string[];
  /** `[title, minRateDescription, maxRateDescription]`. */
  satisfaction: string[];
  recommend: string[];
  /** `[title, description]`. */
  mostUseful: string[];
}

const PAGES = ['climate', 'leadership', 'group', 'outcomes', 'overall'];
const STATEMENTS = [
  ['climateOpen', 'climateHonest', 'climateEmpathy', 'climateEqual'],
  ['leaderConsensus', 'leaderOrganised', 'leaderResponsive'],
];

/** `[title, ...texts]`: a question's title, and its items with `values`. */
const titled = (values: Array<string | number>, [title, ...texts]: string[]) => ({
  title,
  items: values.map((value, at) => ({ value, text: texts[at] })),
});

/** The questionnaire in one language. */
export function peerGroupSatisfaction(t: PresetTexts) {
  const [minRateDescription, , , , maxRateDescription] = t.agree;
  const rating = (name: string, [title, min, max]: string[]) => ({
    type: 'rating',
    name,
    title,
    minRateDescription: min,
    maxRateDescription: max,
  });
  let statement = 0;
  const statements = (names: string[]) =>
    names.map((name) => rating(name, [t.statements[statement++], minRateDescription, maxRateDescription]));
  const radiogroup = (name: string, values: string[], texts: string[]) => {
    const { title, items } = titled(values, texts);
    return { type: 'radiogroup', name, title, choices: items };
  };
  const outcomes = titled(['tools', 'notAlone', 'stronger', 'helpedOthers', 'learnedFromOthers'], t.outcomes);
  const pages = [
    statements(STATEMENTS[0]),
    statements(STATEMENTS[1]),
    [
      radiogroup('groupSize', ['tooSmall', 'right', 'tooLarge'], t.groupSize),
      radiogroup('format', ['faceToFace', 'online', 'hybrid'], t.format),
    ],
    [
      {
        type: 'matrix',
        name: 'outcomes',
        title: outcomes.title,
        columns: t.agree.map((text, at) => ({ value: at + 1, text })),
        rows: outcomes.items,
      },
    ],
    [
      rating('satisfaction', t.satisfaction),
      rating('recommend', t.recommend),
      { type: 'comment', name: 'mostUseful', title: t.mostUseful[0], description: t.mostUseful[1], maxLength: 2000 },
    ],
  ];
  return {
    title: t.title,
    description: t.description,
    showProgressBar: true,
    completedHtml: t.completedHtml,
    pages: pages.map((elements, at) => ({ name: PAGES[at], title: t.pages[at], elements })),
  };
}

/** The built-in questionnaires by name, each in every language. */
export const PRESETS: Record<string, Record<Locale, () => Promise<unknown>>> = {
  'peer-group-satisfaction': {
    fi: () => import('./preset/fi.js').then((texts) => peerGroupSatisfaction(texts.default)),
    sv: () => import('./preset/sv.js').then((texts) => peerGroupSatisfaction(texts.default)),
    en: () => import('./preset/en.js').then((texts) => peerGroupSatisfaction(texts.default)),
  },
};

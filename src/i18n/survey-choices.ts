import type { Locale } from './catalogue.js';
import type { Localizer, LocalizeParams } from './localize.js';

/**
 * The texts only the survey's lazily fetched choice questions show (survey/questions/ranking.ts and
 * choice-extras.ts), in fi, sv and en. They travel in that chunk, not in the catalogue every survey page
 * loads (fi.ts, sv.ts, en.ts), so a page without a ranking or a special choice does not download them.
 * A page words them otherwise with `<vt-config texts>` (these keys), and a definition the special choices
 * with `noneText`, `refuseText`, `dontKnowText` and `selectAllText`.
 */
export const surveyChoiceTexts = {
  fi: {
    'survey.moveUp': 'Siirrä ylöspäin: {item}',
    'survey.moveDown': 'Siirrä alaspäin: {item}',
    'survey.moved': '{item}: sija {place}/{count}.',
    'survey.rank': 'Lisää järjestykseen: {item}',
    'survey.unrank': 'Poista järjestyksestä: {item}',
    'survey.unranked': '{item} poistettiin järjestyksestä.',
    'survey.rankedList': 'Järjestyksesi',
    'survey.unrankedList': 'Järjestämättä',
    'survey.none': 'Ei mitään näistä',
    'survey.refused': 'En halua vastata',
    'survey.dontknow': 'En osaa sanoa',
    'survey.selectAll': 'Valitse kaikki',
  },
  sv: {
    'survey.moveUp': 'Flytta uppåt: {item}',
    'survey.moveDown': 'Flytta nedåt: {item}',
    'survey.moved': '{item}: plats {place} av {count}.',
    'survey.rank': 'Lägg till i rangordningen: {item}',
    'survey.unrank': 'Ta bort ur rangordningen: {item}',
    'survey.unranked': '{item} togs bort ur rangordningen.',
    'survey.rankedList': 'Din rangordning',
    'survey.unrankedList': 'Inte rangordnade',
    'survey.none': 'Inget av dessa',
    'survey.refused': 'Vill inte svara',
    'survey.dontknow': 'Vet inte',
    'survey.selectAll': 'Välj alla',
  },
  en: {
    'survey.moveUp': 'Move up: {item}',
    'survey.moveDown': 'Move down: {item}',
    'survey.moved': '{item}: place {place} of {count}.',
    'survey.rank': 'Add to the ranking: {item}',
    'survey.unrank': 'Remove from the ranking: {item}',
    'survey.unranked': '{item} removed from the ranking.',
    'survey.rankedList': 'Your ranking',
    'survey.unrankedList': 'Not ranked',
    'survey.none': 'None of these',
    'survey.refused': 'Prefer not to answer',
    'survey.dontknow': 'Don\'t know',
    'survey.selectAll': 'Select all',
  },
} satisfies Record<Locale, Record<string, string>>;

export type SurveyChoiceKey = keyof (typeof surveyChoiceTexts)['fi'];

/** The page's own wording of `key` if it has one (`<vt-config texts>`), else ours, placeholders filled in. */
export function choiceText(t: Localizer<never>, key: SurveyChoiceKey, params: LocalizeParams = {}): string {
  return t.or(key, surveyChoiceTexts[t.locale][key], params);
}

import type { Locale } from './catalogue.js';
import type { Localizer, LocalizeParams } from './localize.js';

/**
 * The texts of a survey's time limit (survey/time-limit.ts), in fi, sv and en. They travel in that chunk,
 * not in the catalogue every survey page loads (fi.ts, sv.ts, en.ts), so a page whose definition has no
 * time limit does not download them. A page words them otherwise with the element's `texts`
 * (survey/texts.ts `LAZY_KEYS` lets it name these keys) or `<vt-config texts>`. Times are written out in
 * words ("1 minute 30 seconds") wherever they are read aloud: never abbreviated.
 */
export const surveyTimeLimitTexts = {
  fi: {
    'survey.timeLeft': 'Vastausaikaa jäljellä',
    'survey.timePageLeft': 'Aikaa jäljellä tällä sivulla',
    'survey.timeWarning': 'Vastausaika on loppumassa: {time} jäljellä. Voit lisätä aikaa painikkeella ”Lisää aikaa” kyselyn alussa.',
    'survey.timePageWarning': 'Tämän sivun aika on loppumassa: {time} jäljellä. Voit lisätä aikaa painikkeella ”Lisää aikaa” kyselyn alussa.',
    'survey.timeAdd': 'Lisää aikaa',
    'survey.timeAdded': 'Aikaa lisätty. Vastausaikaa jäljellä {time}.',
    'survey.timeUp': 'aika loppui',
    'survey.timeUpErrors': 'Aika loppui. Korjaa merkityt vastaukset, niin pääset jatkamaan.',
    'survey.timePageUp': 'Edellisen sivun aika loppui, joten kysely siirtyi tälle sivulle.',
    'survey.timeMinutes': { one: '{count} minuutti', other: '{count} minuuttia' },
    'survey.timeSeconds': { one: '{count} sekunti', other: '{count} sekuntia' },
  },
  sv: {
    'survey.timeLeft': 'Svarstid kvar',
    'survey.timePageLeft': 'Tid kvar på den här sidan',
    'survey.timeWarning': 'Svarstiden håller på att ta slut: {time} kvar. Du kan få mer tid med knappen ”Lägg till mer tid” i början av enkäten.',
    'survey.timePageWarning': 'Tiden för den här sidan håller på att ta slut: {time} kvar. Du kan få mer tid med knappen ”Lägg till mer tid” i början av enkäten.',
    'survey.timeAdd': 'Lägg till mer tid',
    'survey.timeAdded': 'Mer tid har lagts till. Svarstid kvar: {time}.',
    'survey.timeUp': 'tiden är slut',
    'survey.timeUpErrors': 'Tiden är slut. Rätta de markerade svaren för att gå vidare.',
    'survey.timePageUp': 'Tiden för föregående sida tog slut, så enkäten gick vidare till den här sidan.',
    'survey.timeMinutes': { one: '{count} minut', other: '{count} minuter' },
    'survey.timeSeconds': { one: '{count} sekund', other: '{count} sekunder' },
  },
  en: {
    'survey.timeLeft': 'Time left to answer',
    'survey.timePageLeft': 'Time left on this page',
    'survey.timeWarning': 'The time to answer is running out: {time} left. You can get more time with the “Add more time” button at the start of the survey.',
    'survey.timePageWarning': 'The time for this page is running out: {time} left. You can get more time with the “Add more time” button at the start of the survey.',
    'survey.timeAdd': 'Add more time',
    'survey.timeAdded': 'More time added. Time left to answer: {time}.',
    'survey.timeUp': 'time is up',
    'survey.timeUpErrors': 'Time is up. Correct the answers marked to go on.',
    'survey.timePageUp': 'Time is up for the previous page, so the survey moved on to this page.',
    'survey.timeMinutes': { one: '{count} minute', other: '{count} minutes' },
    'survey.timeSeconds': { one: '{count} second', other: '{count} seconds' },
  },
} satisfies Record<Locale, Record<string, string | { one: string; other: string }>>;

export type SurveyTimeLimitKey = keyof (typeof surveyTimeLimitTexts)['fi'];

/** The page's own wording of `key` if it has one (`texts`), else ours, placeholders and plurals filled in as the catalogue's are. */
export function timeLimitText(t: Localizer<never>, key: SurveyTimeLimitKey, params: LocalizeParams = {}): string {
  return t.or(key, surveyTimeLimitTexts[t.locale][key], params);
}

/** `seconds` in words, as read aloud: "1 minute 30 seconds", "45 seconds", "2 minutes". */
export function timeInWords(t: Localizer<never>, seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return [
    minutes ? timeLimitText(t, 'survey.timeMinutes', { count: minutes }) : '',
    rest || !minutes ? timeLimitText(t, 'survey.timeSeconds', { count: rest }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

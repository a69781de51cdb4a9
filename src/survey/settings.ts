import type { LocalizedText, Question, SurveyModel, SurveySettings } from './definition.js';
import type { Answers } from './expression.js';
import { isVisible, visiblePages } from './logic.js';
import type { KindReader } from './questions/view.js';
import { plainText } from './read-definition.js';

/**
 * Survey-level settings (docs/survey-format.md, "Survey settings"): how they are read, the pages a person
 * steps through (a start page, questionsOnPageMode) and the question numbers, as survey-core 2.5 has
 * them; no DOM (test/survey/differential.test.ts holds them to survey-core). A chunk of its own (registry.ts `LAZY`), fetched with the question families only for
 * a definition that has a survey property the fast pass does not read by itself (registry.ts `loadTypes`),
 * so a page whose definition has none does not pay for them. The checker (definition.ts) imports it directly.
 */

/** The settings, as read-definition.ts reads properties (`s`: true, false or a word): the fast pass reads them once this chunk is here. */
export const SURVEY_SETTINGS =
  'firstPageIsStartPage:b startSurveyText:t pagePrevText:t pageNextText:t completeText:t showQuestionNumbers:s ' +
  'questionStartIndex questionsOnPageMode locale showCompletePage:b navigateToUrl logo:t completedHtmlOnCondition:h';

/**
 * `completedHtmlOnCondition`, as the fast pass reads it (the checker reads it itself, naming each problem):
 * survey-core never picks an item without an expression; one without html shows nothing.
 */
const completedOnCondition: KindReader = (value, { read, fail }) =>
  (Array.isArray(value) ? value : [fail('completedHtmlOnCondition', 'a list')]).flatMap((item: unknown) => {
    const { expression: condition, html } = read(item, 'expression:c html:t', 'completedHtmlOnCondition');
    return condition ? [{ condition, text: plainText(html as LocalizedText) ?? '', html: html ?? '' }] : [];
  });

type Json = Record<string, unknown>;

/** A URL the element may show: http(s), or relative to the page (no scheme of its own). */
const isWebUrl = (url: string) => !/^[a-z][a-z\d+.-]*:/i.test(url.trim()) || /^https?:/i.test(url.trim());

/**
 * A problem with a survey-level setting, unworded (the checker words it): `property` and what was
 * given. `showQuestionNumbers` "recursive", `questionsOnPageMode` "inputPerPage" and a `logo` or
 * `navigateToUrl` that is not http(s) or relative are read anyway (the checker tells the editor).
 */
export type SettingProblem = (property: string, detail: unknown) => unknown;

/**
 * The survey-level settings of the definition's properties `props` (as read, by `SURVEY`), as the model
 * holds them: only those given, with survey-core's spellings read as it reads them. `pageCount` is the
 * number of pages in the definition: a start page needs another after it, as in survey-core.
 */
export function surveySettings(props: Json, pageCount: number, fail: SettingProblem): SurveySettings {
  const settings: Record<string, unknown> = {};
  if (props.firstPageIsStartPage && pageCount > 1) settings.firstPageIsStarted = true;
  for (const text of ['startSurveyText', 'pagePrevText', 'pageNextText', 'completeText', 'locale', 'questionStartIndex']) {
    if (props[text] != null) settings[text] = props[text];
  }
  let numbers = props.showQuestionNumbers;
  if (numbers != null) {
    // survey-core: true is "on", false "off", any letter case; "recursive" numbers as "on" without panels.
    numbers = numbers === true ? 'on' : numbers === false ? 'off' : String(numbers).toLowerCase();
    if (numbers == 'recursive') fail('showQuestionNumbers', numbers);
    if (numbers == 'on' || numbers == 'recursive') settings.questionNumbers = 'on';
    else if (numbers == 'onpage') settings.questionNumbers = 'onPage';
    else if (numbers != 'off') fail('showQuestionNumbers', numbers);
  }
  const mode = props.questionsOnPageMode;
  if (mode != null && mode != 'standard') {
    if (mode == 'inputPerPage') fail('questionsOnPageMode', mode);
    if (mode == 'singlePage' || mode == 'questionPerPage' || mode == 'inputPerPage') {
      settings.questionsOnPageMode = mode == 'singlePage' ? mode : 'questionPerPage';
    } else fail('questionsOnPageMode', mode);
  }
  if (props.showCompletePage === false) settings.showCompletedPage = false;
  const url = props.navigateToUrl as string | undefined;
  if (url != null) {
    if (isWebUrl(url)) settings.navigateToUrl = url.trim();
    else fail('navigateToUrl', url);
  }
  const logo = props.logo as LocalizedText | undefined;
  if (logo != null) {
    const urls = typeof logo == 'object' ? Object.values(logo) : [logo];
    if (urls.every(isWebUrl)) settings.logo = logo;
    else fail('logo', urls.find((each) => !isWebUrl(each)));
  }
  return settings as SurveySettings;
}

/** How questions fall into pages: the definition's `questionsOnPageMode`, or the element's `layout`. */
export type PageMode = 'standard' | 'singlePage' | 'questionPerPage';

/** The start page's questions shown now, or `undefined` when the survey has no start page. */
export const startQuestions = (survey: SurveyModel, answers: Answers): Question[] | undefined =>
  survey.firstPageIsStarted ? survey.pages[0]!.questions.filter((question) => isVisible(question, answers)) : undefined;

/**
 * The pages after the start page (if any) as shown now: all on one page for `singlePage`, each question
 * a page of its own for `questionPerPage` (survey-core 2 keeps its pages and steps through one question
 * at a time, `currentSingleQuestion`: the same steps).
 */
export function shownPages(survey: SurveyModel, answers: Answers, mode: PageMode = survey.questionsOnPageMode ?? 'standard'): Question[][] {
  const pages = visiblePages(survey.firstPageIsStarted ? { ...survey, pages: survey.pages.slice(1) } : survey, answers);
  if (mode == 'singlePage') return [pages.flat()];
  return mode == 'questionPerPage' ? pages.flat().map((question) => [question]) : pages;
}

/** A question survey-core numbers: not markup, not hidden from numbering. */
const isNumbered = (question: Question) => question.type != 'html' && !question.hideNumber && question.showNumber !== false;

/**
 * Each numbered question shown now, with its number as text (`1.`, `B)`, …). `on` counts through the
 * whole survey, the start page too; `onPage` starts again on each page and leaves the start page
 * unnumbered, and with `singlePage` all pages are one page, as survey-core counts them.
 */
export function questionNumbers(survey: SurveyModel, answers: Answers, mode: PageMode = survey.questionsOnPageMode ?? 'standard'): Map<Question, string> {
  const numbers = new Map<Question, string>();
  if (!survey.questionNumbers) return numbers;
  const groups =
    survey.questionNumbers == 'on'
      ? [visiblePages(survey, answers).flat()]
      : mode == 'singlePage'
        ? [shownPages(survey, answers, mode).flat()]
        : shownPages(survey, answers, 'standard');
  for (const group of groups) {
    group.filter(isNumbered).forEach((question, index) => numbers.set(question, numberLabel(index, survey.questionStartIndex)));
  }
  return numbers;
}

/**
 * The number of the question at `index` (from 0) for survey-core's `questionStartIndex`: its last run of
 * digits (else its last letter) is the first number, what is before and after it stays (`Q1:` gives Q1:,
 * Q2:, …; `a)` gives a), b), …; `01` keeps two digits). Without one, `1.`, `2.`, ….
 */
export function numberLabel(index: number, startIndex = ''): string {
  if (!startIndex) return `${index + 1}.`;
  const digits = /^(.*?)(\d+)(\D*)$/s.exec(startIndex);
  if (digits) {
    const [, before, first, after] = digits as unknown as [string, string, string, string];
    // survey-core counts a lone 0 as a character (0, 1, 2, …) and "00" from 1.
    const start = Number(first) || (first.length == 1 ? 0 : 1);
    return before + String(start + index).padStart(first.length, '0') + after;
  }
  const letter = /^(.*)(\p{L})([^\p{L}]*)$/su.exec(startIndex);
  if (letter) {
    const [, before, first, after] = letter as unknown as [string, string, string, string];
    return before + String.fromCharCode(first.charCodeAt(0) + index) + after;
  }
  return `${index + 1}${startIndex}`;
}

/** As a feature module of registry.ts: no question types, the settings' reader and numbers. */
export const properties = {};
export const render = {};
export const kinds = { h: completedOnCondition };
export const settings = { properties: SURVEY_SETTINGS, read: surveySettings, numbers: questionNumbers, pages: shownPages, start: startQuestions };

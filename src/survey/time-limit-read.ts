import type { Question, SurveyModel, SurveyPage } from './definition.js';

/**
 * How a survey's time limits are read (time-limit.ts runs them): by the fast pass once the time limits'
 * chunk is here, and by the definition checker (definition.ts), which imports this alone so that a
 * rejected definition does not fetch the clock and its texts.
 */

type Json = Record<string, unknown>;

/** The survey's properties this chunk reads, and a page's (as read-definition.ts writes them). */
export const SURVEY_TIME_LIMIT = 'timeLimit:n maxTimeToFinish:n timeLimitPerPage:n maxTimeToFinishPage:n showTimer:b showTimerPanel';
export const PAGE_TIME_LIMIT = 'timeLimit:n maxTimeToFinish:n';

/** A problem with a time limit, worded here; `tolerated` when survey-core runs the survey anyway (a note for the editor). */
export interface TimeLimitProblem {
  says: string;
  tolerated?: boolean;
}

/** Zero or less is no limit, as in survey-core. */
const positive = (value: unknown) => ((value as number) > 0 ? (value as number) : undefined);

/**
 * The survey's time limits as the model holds them (seconds, only those that apply), from its properties
 * `props` as read and its `pages` (each page's own limit, read with it, is put right on the page model
 * here). survey-core starts its timer only with `showTimer` (or `showTimerPanel` other than `none`):
 * without it there is no limit at all, as there. `mode` is the definition's `questionsOnPageMode`.
 */
export function readTimeLimits(
  props: Json,
  pages: SurveyPage[],
  mode: string | undefined,
  fail: (property: string, problem: TimeLimitProblem) => unknown,
): { timeLimit?: number; timeLimitPerPage?: number } {
  const either = (json: Json, at: string, name: string, old: string) => {
    if (json[name] != null && json[old] != null) fail(at + old, { says: `cannot be given with ${name}; use one of them` });
    const value = positive(json[name] ?? json[old]);
    delete json[name];
    delete json[old];
    return value;
  };
  const whole = either({ ...props }, '', 'timeLimit', 'maxTimeToFinish');
  const perPage = either({ ...props }, '', 'timeLimitPerPage', 'maxTimeToFinishPage');
  const own = pages.map((page) => either(page as unknown as Json, `pages[${page.name ?? pages.indexOf(page)}].`, 'timeLimit', 'maxTimeToFinish'));
  if (!whole && !perPage && !own.some(Boolean)) return {};
  if (props.showTimer !== true && (props.showTimerPanel == null || props.showTimerPanel == 'none')) {
    fail('showTimer', {
      says: 'is not true: survey-core starts its timer, and so its time limits (maxTimeToFinish, maxTimeToFinishPage), only with showTimer (or showTimerPanel "top" or "bottom"); there is no time limit, as in survey-core',
      tolerated: true,
    });
    return {};
  }
  if (mode == 'questionPerPage' && (perPage || own.some(Boolean))) {
    fail('maxTimeToFinishPage', {
      says: 'is not supported with questionsOnPageMode "questionPerPage": once a page\'s time is up, survey-core moves on one question every second',
    });
  }
  if (mode == 'singlePage' && own.some(Boolean)) {
    fail('maxTimeToFinish', {
      says: 'of a page is not applied with questionsOnPageMode "singlePage": all questions are one page, timed by maxTimeToFinishPage, as in survey-core',
      tolerated: true,
    });
  } else pages.forEach((page, index) => own[index] && (page.timeLimit = own[index]));
  return { ...(whole && { timeLimit: whole }), ...(perPage && { timeLimitPerPage: perPage }) };
}

/**
 * The page of the survey that `questions` (a page as shown) are on, and its limit in seconds: its own,
 * else the survey's per page; with every question on one page (`single`), the survey's per page only, as
 * survey-core times its single page.
 */
export function shownPage(survey: SurveyModel, questions: Question[] | undefined, single: boolean): { page?: object; limit?: number } {
  if (single) return { page: survey, limit: survey.timeLimitPerPage };
  const page = questions?.[0] && survey.pages.find((each) => each.questions.includes(questions[0]!));
  return { page, limit: page && (page.timeLimit ?? survey.timeLimitPerPage) };
}

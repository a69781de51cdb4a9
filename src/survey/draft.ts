import type { Answers } from './expression.js';

/**
 * Answers given so far, kept for this tab only (sessionStorage) until they are sent: a reload or an
 * accidental navigation does not lose them, closing the tab does. A browser that refuses
 * sessionStorage keeps nothing; the survey still works.
 */
export interface SurveyDraft {
  answers: Answers;
  pageIndex: number;
}

/** One draft per survey on a page: by its path and survey id. */
export const draftKey = (surveyId: string): string => `vt-survey-draft:${location.pathname}:${surveyId}`;

/** The stored draft, with answers only to the questions `names` lists. */
export function loadDraft(key: string, names: Set<string>): SurveyDraft | undefined {
  try {
    const stored = JSON.parse(sessionStorage.getItem(key) ?? 'null') as Partial<SurveyDraft> | null;
    if (!stored || typeof stored.answers != 'object' || !stored.answers) return undefined;
    const answers = Object.fromEntries(Object.entries(stored.answers).filter(([name]) => names.has(name)));
    return { answers, pageIndex: Number.isInteger(stored.pageIndex) ? stored.pageIndex! : 0 };
  } catch {
    return undefined;
  }
}

export function saveDraft(key: string, draft: SurveyDraft): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Nothing to do: the answers are still in the form.
  }
}

export function clearDraft(key: string): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // As above.
  }
}

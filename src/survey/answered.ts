import { deviceStorage } from '../core/storage.js';

/**
 * Surveys answered in this browser, by survey id: once answers are sent (or queued in the outbox, which
 * will deliver them), this browser is told it has answered instead of getting the form again, unless the
 * element has `allow-multiple`. In localStorage, so closing the tab does not forget it; the same id on
 * another page counts too. It keeps when, never what was answered.
 */
const answeredKey = (surveyId: string): string => `vt-survey-answered:${surveyId}`;

export function hasAnswered(surveyId: string): boolean {
  return deviceStorage().get(answeredKey(surveyId)) !== null;
}

export function markAnswered(surveyId: string): void {
  deviceStorage().set(answeredKey(surveyId), new Date().toISOString());
}

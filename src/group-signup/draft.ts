import { EMPTY_VALUES, type SignupValues } from './fields.js';

/*
 * What a person has typed, kept for this tab only (sessionStorage): a reload or an accidental
 * navigation does not lose it, closing the tab does, and a successful signup clears it. A browser that
 * refuses sessionStorage simply keeps nothing; the form still works.
 */

/** The stored draft, or undefined; a value of the wrong type (an older or tampered draft) is left out. */
export function loadDraft(key: string): SignupValues | undefined {
  try {
    const stored = JSON.parse(sessionStorage.getItem(key)!) as Record<string, unknown> | null;
    if (!stored) return undefined;
    const values: Record<string, unknown> = { ...EMPTY_VALUES };
    for (const name in values) if (typeof stored[name] === typeof values[name]) values[name] = stored[name];
    return values as unknown as SignupValues;
  } catch {
    return undefined;
  }
}

/** Saves the values, or with none, clears the draft. */
export function saveDraft(key: string, values?: SignupValues): void {
  try {
    if (values) sessionStorage.setItem(key, JSON.stringify(values));
    else sessionStorage.removeItem(key);
  } catch {
    // Nothing to do: the values are still in the form.
  }
}

/** One draft per signup element on a page: by its id, else by its position among the page's signups. */
export function draftKey(element: Element): string {
  const position = element.id || [...document.querySelectorAll<Element>('vt-group-signup')].indexOf(element);
  return `vt-signup-draft:${location.pathname}:${position}`;
}

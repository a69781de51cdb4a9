import { EMPTY_VALUES, type SignupValues } from './fields.js';

/**
 * What a person has typed, kept for this tab only (sessionStorage): a reload or an accidental
 * navigation does not lose it, closing the tab does, and a successful signup clears it. A browser that
 * refuses sessionStorage simply keeps nothing; the form still works.
 */
export class SignupDraft {
  constructor(private readonly key: string) {}

  load(): SignupValues | undefined {
    try {
      const raw = window.sessionStorage.getItem(this.key);
      if (!raw) return undefined;
      const stored = JSON.parse(raw) as Partial<Record<keyof SignupValues, unknown>>;
      const values: SignupValues = { ...EMPTY_VALUES };
      for (const key of Object.keys(EMPTY_VALUES) as Array<keyof SignupValues>) {
        const value = stored[key];
        if (typeof value === typeof EMPTY_VALUES[key]) (values as unknown as Record<string, unknown>)[key] = value;
      }
      return values;
    } catch {
      return undefined;
    }
  }

  save(values: SignupValues): void {
    try {
      window.sessionStorage.setItem(this.key, JSON.stringify(values));
    } catch {
      // Nothing to do: the values are still in the form.
    }
  }

  clear(): void {
    try {
      window.sessionStorage.removeItem(this.key);
    } catch {
      // As above.
    }
  }
}

/** One draft per signup element on a page: by its id, else by its position among the page's signups. */
export function draftKey(element: Element): string {
  const position = element.id || String([...document.querySelectorAll<Element>('vt-group-signup')].indexOf(element));
  return `vt-signup-draft:${location.pathname}:${position}`;
}

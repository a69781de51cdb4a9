/**
 * Question types, by name: each type's properties (what read-definition.ts and the checker read), its
 * template and its first control. A module per type or family registers them. The families every survey
 * may use are here at once; one that only some definitions use is a dynamic import, fetched when a
 * definition names one of its types: all the families a definition needs at once, in parallel, before the
 * survey is read (until then it shows as loading, never half-rendered).
 */
import * as boolean from './boolean.js';
import * as choice from './choice.js';
import * as matrix from './matrix.js';
import * as rating from './rating.js';
import * as text from './text.js';
import type { QuestionModule, Renderer } from './view.js';
// Read when a definition comes, long after both modules are evaluated.
import { SURVEY, kinds } from '../read-definition.js';

/** Each type's own properties, besides the common ones (read-definition.ts `QUESTION`). */
export const TYPES: Record<string, string> = {};
export const RENDERERS: Record<string, Renderer> = {};
export const FIRST_CONTROL: Record<string, string> = {};
/** Sanitised markup, once the `html` family is here. */
export const MARKUP: Pick<QuestionModule, 'markup' | 'titled'> = {};
/** The survey-level settings' reader and question numbers, once their chunk (settings.ts) is here. */
export const SETTINGS: Partial<NonNullable<QuestionModule['settings']>> = {};


export function register(module: QuestionModule): void {
  Object.assign(TYPES, module.properties);
  Object.assign(RENDERERS, module.render);
  Object.assign(FIRST_CONTROL, module.firstControl);
  MARKUP.markup ??= module.markup;
  MARKUP.titled ??= module.titled;
  Object.assign(SETTINGS, module.settings);
}

[rating, choice, text, boolean, matrix].forEach(register);

/** The families fetched only for a definition that uses them, by each of their types. */
const LAZY: Record<string, () => Promise<QuestionModule>> = {
  html: () => import('./html.js'),
  // Not a question type: the survey-level settings.
  settings: () => import('../settings.js'),
};

const fetched = new Map<() => Promise<QuestionModule>, Promise<void>>();

/** Every `type` named in a definition, in its pages, panels and questions; `html` for markup in `completedHtml` or `completedHtmlOnCondition`. */
function typesIn(json: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(json)) json.forEach((item) => typesIn(item, found));
  else if (json && typeof json == 'object') {
    for (const [key, value] of Object.entries(json)) {
      if (key == 'type' && typeof value == 'string') found.add(value);
      else if (key.startsWith('completedHtml') && JSON.stringify(value).includes('<')) found.add('html');
      else if (typeof value == 'object') typesIn(value, found);
    }
  }
  return found;
}

/**
 * Fetches, all at once, the families `json` uses that are not here yet; `undefined` when none is
 * missing (the definition can be read now). Rejects when one cannot be fetched (offline, say): the
 * element shows that as a load failure with Retry, and a retry fetches it anew.
 */
export function loadTypes(json: unknown): Promise<unknown> | undefined {
  const types = typesIn(json);
  // A survey property the fast pass does not read by itself is a setting (settings.ts), or one the checker names.
  if (!SETTINGS.read && Object.keys(Object(json)).some((key) => !kinds(SURVEY).has(key))) types.add('settings');
  const loads = new Set([...types].filter((type) => !TYPES[type] && LAZY[type]).map((type) => LAZY[type]!));
  if (!loads.size) return undefined;
  return Promise.all(
    [...loads].map((load) => {
      let done = fetched.get(load);
      if (!done) {
        done = load().then(register, (error: unknown) => {
          fetched.delete(load);
          console.error('vertaistuki-widgets: <vt-survey> could not load a question type:', error);
          throw error;
        });
        fetched.set(load, done);
      }
      return done;
    }),
  );
}

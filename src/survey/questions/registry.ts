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

/** Each type's own properties, besides the common ones (read-definition.ts `QUESTION`). */
export const TYPES: Record<string, string> = {};
export const RENDERERS: Record<string, Renderer> = {};
export const FIRST_CONTROL: Record<string, string> = {};
export const MODELS: NonNullable<QuestionModule['model']> = {};
export const PROBLEMS: NonNullable<QuestionModule['problem']> = {};
export const LINKS: Array<NonNullable<QuestionModule['link']>> = [];
/** Sanitised markup, once the `html` family is here. */
export const MARKUP: Pick<QuestionModule, 'markup'> = {};

export function register(module: QuestionModule): void {
  Object.assign(TYPES, module.properties);
  Object.assign(RENDERERS, module.render);
  Object.assign(FIRST_CONTROL, module.firstControl);
  Object.assign(MODELS, module.model);
  Object.assign(PROBLEMS, module.problem);
  if (module.link) LINKS.push(module.link);
  MARKUP.markup ??= module.markup;
}

[rating, choice, text, boolean, matrix].forEach(register);

const more = () => import('./choices-more.js');

/**
 * The families fetched only for a definition that uses them, by each of their types (one fetch a
 * family); `extras`, the choice features, for the properties that ask for them (`typesIn`).
 */
const LAZY: Record<string, () => Promise<QuestionModule>> = {
  html: () => import('./html.js'),
  ranking: more,
  image: more,
  imagepicker: more,
  tagbox: more,
  extras: more,
};
/** The families here, fetched and registered. */
const loaded = new Set<unknown>();

const fetched = new Map<() => Promise<QuestionModule>, Promise<void>>();

/** Every `type` named in a definition, in its pages, panels and questions; `html` for markup in `completedHtml` or `completedHtmlOnCondition`. */
function typesIn(json: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(json)) json.forEach((item) => typesIn(item, found));
  else if (json && typeof json == 'object') {
    for (const [key, value] of Object.entries(json)) {
      if (key == 'type' && typeof value == 'string') found.add(value);
      else if (/^(show(None|Refuse|DontKnow|SelectAll)Item|has(None|SelectAll)|colCount)$/.test(key)) found.add('extras');
      else if (key.startsWith('completedHtml') && JSON.stringify(value).includes('<')) found.add('html');
      else if (typeof value == 'object') typesIn(value, found);
    }
  }
  return found;
}

/**
 * Fetches, all at once, the families `json` uses that are not here yet; `undefined` when none is
 * missing (the definition can be read now). A family that cannot be fetched stays unknown, and the
 * checker then names its type as not supported.
 */
export function loadTypes(json: unknown): Promise<unknown> | undefined {
  const loads = new Set([...typesIn(json)].map((type) => LAZY[type]!).filter((load) => load && !loaded.has(load)));
  if (!loads.size) return undefined;
  return Promise.all(
    [...loads].map((load) => {
      let done = fetched.get(load);
      if (!done) {
        done = load().then((module) => {
          register(module);
          loaded.add(load);
        }, (error: unknown) => {
          fetched.delete(load);
          console.error('vertaistuki-widgets: <vt-survey> could not load a question type:', error);
        });
        fetched.set(load, done);
      }
      return done;
    }),
  );
}

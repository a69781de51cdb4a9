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
import type { Nested, QuestionModule, Renderer } from './view.js';

/** Each type's own properties, besides the common ones (read-definition.ts `QUESTION`). */
export const TYPES: Record<string, string> = {};
export const RENDERERS: Record<string, Renderer> = {};
export const FIRST_CONTROL: Record<string, string> = {};
export const NESTED: Record<string, Nested> = {};
/** Sanitised markup, once the `html` family is here; panels, once theirs is. */
export const MARKUP: Pick<QuestionModule, 'markup'> = {};
export const PANEL: Pick<QuestionModule, 'panel'> = {};
/** `{name}` in texts, and the question extras, once their chunks are here. */
export const PIPE: Pick<QuestionModule, 'pipe'> = {};
export const EXTRAS: Pick<QuestionModule, 'extras'> = {};

export function register(module: QuestionModule): void {
  Object.assign(TYPES, module.properties);
  Object.assign(RENDERERS, module.render);
  Object.assign(FIRST_CONTROL, module.firstControl);
  Object.assign(NESTED, module.nested);
  MARKUP.markup ??= module.markup;
  PANEL.panel ??= module.panel;
  PIPE.pipe ??= module.pipe;
  EXTRAS.extras ??= module.extras;
}

[rating, choice, text, boolean, matrix].forEach(register);

/** The families fetched only for a definition that uses them, by each of their types. */
const LAZY: Record<string, () => Promise<QuestionModule>> = {
  html: () => import('./html.js'),
  multipletext: () => import('./multipletext.js'),
  panel: () => import('./panel.js'),
  paneldynamic: () => import('./paneldynamic.js'),
  // Not a type: `{name}` in a text (see `typesIn`).
  '{}': () => import('../piping.js'),
};

/** The features fetched only for a definition that uses them, by the properties that name them. */
const extras = () => import('./extras.js');
const LAZY_PROPERTIES: Record<string, () => Promise<QuestionModule>> = {
  defaultValue: extras,
  clearInvisibleValues: extras,
  showCommentArea: extras,
  hasComment: extras,
  // A paneldynamic's first panels are answers to start from.
  panelCount: extras,
  minPanelCount: extras,
};

const fetched = new Map<() => Promise<QuestionModule>, Promise<void>>();
/** The lazy families here. */
const arrived = new Set<() => Promise<QuestionModule>>();

/**
 * Every `type` named in a definition, in its pages, panels and questions; `html` for markup in
 * `completedHtml` or `completedHtmlOnCondition`; `{}` for a text (not an expression) with `{name}` in it;
 * the name of each property in `LAZY_PROPERTIES` it has.
 */
function typesIn(json: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(json)) json.forEach((item) => typesIn(item, found));
  else if (json && typeof json == 'object') {
    for (const [key, value] of Object.entries(json)) {
      // In any letter case, as survey-core reads types.
      if (key == 'type' && typeof value == 'string') found.add(value.toLowerCase());
      else if (LAZY_PROPERTIES[key]) found.add(key);
      else if (key.startsWith('completedHtml') && JSON.stringify(value).includes('<')) found.add('html');
      if (typeof value == 'object') typesIn(value, found);
      else if (typeof value == 'string' && !/If$|xpression$/.test(key) && /\{[^{}]+\}/.test(value)) found.add('{}');
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
  const loads = new Set(
    [...typesIn(json)].flatMap((name) => {
      const load = LAZY[name] ?? LAZY_PROPERTIES[name];
      return load && !arrived.has(load) ? [load] : [];
    }),
  );
  if (!loads.size) return undefined;
  return Promise.all(
    [...loads].map((load) => {
      let done = fetched.get(load);
      if (!done) {
        done = load().then((module) => {
          register(module);
          arrived.add(load);
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

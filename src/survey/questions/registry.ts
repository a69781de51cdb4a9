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
import type { Expression } from '../expression.js';
import type { FirstControl, KindReader, Nested, QuestionModule, Renderer } from './view.js';
// Read when a definition comes, long after both modules are evaluated.
import { SURVEY, kinds } from '../read-definition.js';

/** Each type's own properties, besides the common ones (read-definition.ts `QUESTION`). */
export const TYPES: Record<string, string> = {};
export const RENDERERS: Record<string, Renderer> = {};
export const FIRST_CONTROL: Record<string, FirstControl> = {};
/** Property kinds a family reads itself, and its own checks of an answer (view.ts `QuestionModule`). */
export const KINDS: Record<string, KindReader> = {};
export const CHECKS: NonNullable<QuestionModule['check']> = {};
export const MODELS: NonNullable<QuestionModule['model']> = {};
export const PROBLEMS: NonNullable<QuestionModule['problem']> = {};
export const SETTLE: NonNullable<QuestionModule['settle']> = {};
export const LINKS: Array<NonNullable<QuestionModule['link']>> = [];
export const NESTED: Record<string, Nested> = {};
/** Sanitised markup, once the `html` family is here; panels, once theirs is. */
export const MARKUP: Pick<QuestionModule, 'markup' | 'titled'> = {};
export const PANEL: Pick<QuestionModule, 'panel'> = {};
/** `{name}` in texts, and the question extras, once their chunks are here. */
export const PIPE: Pick<QuestionModule, 'pipe'> = {};
export const EXTRAS: Pick<QuestionModule, 'extras'> = {};
/** The check of an answer with questions' `validators` and its wording, once a definition that has them has fetched their chunk. */
export const VALIDATION: Pick<QuestionModule, 'validate' | 'words'> = {};
/** What families send beside an answer and compute in the answers (matrices.ts), and how a computed value shows (expression.ts). */
export const SENT: NonNullable<QuestionModule['sent']> = {};
export const DERIVED: Array<NonNullable<QuestionModule['derive']>> = [];
export const FORMAT: Pick<QuestionModule, 'format'> = {};
/** What the survey's `triggers` do, once their chunk (triggers.ts) is here: fetched only for a definition that has them. */
export const TRIGGERS: Partial<NonNullable<QuestionModule['triggers']>> = {};
/** The survey-level settings' reader and question numbers, once their chunk (settings.ts) is here. */
export const SETTINGS: Partial<NonNullable<QuestionModule['settings']>> = {};
/** The expression parser, once a definition with an expression (`visibleIf`, …) has fetched it. */
const CONDITIONS: { parse?: (source: string) => Expression } = {};
/** The time limits' reader and clock, once a definition that has one has fetched their chunk (time-limit.ts). */
export const TIME_LIMIT: Partial<NonNullable<QuestionModule['timeLimit']>> = {};
/**
 * What the clock's updates name: no question shows the clock, so one leaves them all as they are (survey.ts
 * `willUpdate`). Asked for as `requestUpdate(CLOCK, false)`: Lit updates for a name only when its value
 * changed, and the survey has no `clock` property, so `false` as the old value always counts as a change.
 */
export const CLOCK = 'clock';

/**
 * Parses an expression of a definition. The parser is a chunk of its own, which `loadTypes` fetches with
 * the rest for any definition that has an expression: a survey without one (the preset) never loads it.
 */
export function parseExpression(source: string): Expression {
  if (!CONDITIONS.parse) throw new Error('The expression parser is not loaded');
  return CONDITIONS.parse(source);
}

export function register(module: Partial<QuestionModule>): void {
  Object.assign(TYPES, module.properties);
  Object.assign(RENDERERS, module.render);
  Object.assign(FIRST_CONTROL, module.firstControl);
  Object.assign(KINDS, module.kinds);
  Object.assign(CHECKS, module.check);
  Object.assign(MODELS, module.model);
  Object.assign(PROBLEMS, module.problem);
  Object.assign(SETTLE, module.settle);
  if (module.link) LINKS.push(module.link);
  Object.assign(NESTED, module.nested);
  Object.assign(SENT, module.sent);
  if (module.derive) DERIVED.push(module.derive);
  FORMAT.format ??= module.format;
  MARKUP.markup ??= module.markup;
  PANEL.panel ??= module.panel;
  PIPE.pipe ??= module.pipe;
  EXTRAS.extras ??= module.extras;
  VALIDATION.validate ??= module.validate;
  VALIDATION.words ??= module.words;
  MARKUP.titled ??= module.titled;
  Object.assign(SETTINGS, module.settings);
  Object.assign(TIME_LIMIT, module.timeLimit);
  Object.assign(TRIGGERS, module.triggers);
}

[rating, choice, text, boolean, matrix].forEach(register);

/**
 * A chunk's loader that asks for the shared chunks it imports at the same time: left to the chunk's own
 * imports, they would be asked for only once it had arrived, one more round trip before the survey shows.
 */
const together =
  (load: () => Promise<Partial<QuestionModule>>, ...shared: Array<() => Promise<unknown>>) =>
  () =>
    Promise.all([load(), ...shared.map((each) => each())]).then(([module]) => module);
const conditions = () => import('../expression.js').then((parser) => ((CONDITIONS.parse = parser.parseExpression), {}));
/** Lit's `ref`, with which a family adopts its own styles (family-styles.ts). */
const styles = () => import('./family-styles.js');
// One loader a family, so a definition with both matrix types fetches it once.
const matrices = together(() => import('./matrices.js'), styles);
const more = together(() => import('./choices-more.js'), styles);
/**
 * The families fetched only for a definition that uses them, by each of their types (one fetch a
 * family); `choice-extras`, the choice features, for the properties that ask for them (`typesIn`).
 */
const LAZY: Record<string, () => Promise<Partial<QuestionModule>>> = {
  html: () => import('./html.js'),
  ranking: more,
  image: more,
  imagepicker: more,
  tagbox: more,
  'choice-extras': more,
  multipletext: () => import('./multipletext.js'),
  panel: () => import('./panel.js'),
  paneldynamic: () => import('./paneldynamic.js'),
  // Not a type: `{name}` in a text (see `typesIn`).
  '{}': () => import('../piping.js'),
  matrixdropdown: matrices,
  matrixdynamic: matrices,
  // Also arithmetic, functions and computed values: see `computes`. They parse, so the parser comes at once.
  expression: together(() => import('./expression.js'), conditions),
  // Not a family: questions' validators, fetched the same way when a definition has any (an email
  // input's own check is in logic.ts).
  validators: () => import('../validators.js'),
  // Not a question type: the survey-level settings.
  settings: () => import('../settings.js'),
  // Not a family: the expression parser, for any expression (see `typesIn`).
  conditions,
};

/** The features fetched only for a definition that uses them, by the properties that name them. */
const extras = () => import('./extras.js');
const timeLimit = together(() => import('../time-limit.js'), () => import('../time-limit-read.js'), styles);
const LAZY_PROPERTIES: Record<string, () => Promise<Partial<QuestionModule>>> = {
  // The survey's or a page's time limit, and whether survey-core runs it.
  timeLimit,
  maxTimeToFinish: timeLimit,
  timeLimitPerPage: timeLimit,
  maxTimeToFinishPage: timeLimit,
  showTimer: timeLimit,
  showTimerPanel: timeLimit,
  defaultValue: extras,
  clearInvisibleValues: extras,
  showCommentArea: extras,
  hasComment: extras,
  // A paneldynamic's first panels are answers to start from.
  panelCount: extras,
  minPanelCount: extras,
  // The survey's `triggers` (triggers.ts).
  triggers: () => import('../triggers.js'),
};

/** A property that holds an expression: `visibleIf`, `enableIf`, `expression`, `setValueExpression`, … */
const EXPRESSION_KEY = /If$|^expression$|Expression$/;

/**
 * Whether a property needs the `expression` family's computing: `calculatedValues`, `…Expression`,
 * `setValueIf`, `resetValueIf`, a matrix column's `cellType: "expression"` or `totalType`, or an expression
 * (`…If`, `expression`, a trigger's `runExpression`) with arithmetic or a function call in it. Read from
 * the text, outside its quoted strings and `{references}`, without parsing (the parser is fetched
 * alongside): a sign or a parenthesised name there may fetch the chunk for nothing, never the other way round.
 */
function computes(key: string, value: unknown): boolean {
  if (/^calculatedValues|Expression$|ValueIf$/.test(key)) return true;
  // A matrix's computed cells and totals (matrices.ts `derive`, run by computed.ts).
  if ((key == 'cellType' && value == 'expression') || (key == 'totalType' && value != 'none')) return true;
  return (
    EXPRESSION_KEY.test(key) &&
    typeof value == 'string' &&
    /[-+*/%^]|[a-z_]\w*\(/i.test(
      value
        .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\{[^{}]*\}/g, '')
        // Comparisons that look like arithmetic: `*=` (contains) and a negative number after an operator.
        .replace(/\*=/g, '')
        .replace(/(?<=(?:^|[=<>!([,]|\b(?:and|or|not))\s*)-(?=\s*\d)/gi, ''),
    )
  );
}

const fetched = new Map<() => Promise<Partial<QuestionModule>>, Promise<void>>();
/** The lazy families here. */
const arrived = new Set<() => Promise<Partial<QuestionModule>>>();

/**
 * Every `type` named in a definition, in its pages, panels and questions; `html` for markup in
 * `completedHtml` or `completedHtmlOnCondition`; `{}` for a text (not an expression) with `{name}` in it; `expression` for a definition that computes; `validators` for questions' validators;
 * the name of each property in `LAZY_PROPERTIES` it has.
 */
function typesIn(json: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(json)) json.forEach((item) => typesIn(item, found));
  else if (json && typeof json == 'object') {
    for (const [key, value] of Object.entries(json)) {
      if (computes(key, value)) found.add('expression');
      if (EXPRESSION_KEY.test(key)) found.add('conditions');
      // In any letter case, as survey-core reads types.
      if (key == 'type' && typeof value == 'string') found.add(value.toLowerCase());
      else if (LAZY_PROPERTIES[key]) found.add(key);
      else if (/^(show(None|Refuse|DontKnow|SelectAll)Item|has(None|SelectAll)|colCount)$/.test(key) || (key == 'renderAs' && value == 'checkbox')) found.add('choice-extras');
      else if (key.startsWith('completedHtml') && JSON.stringify(value).includes('<')) found.add('html');
      else if (key == 'validators') found.add('validators');
      if (typeof value == 'object') typesIn(value, found);
      else if (typeof value == 'string' && !/If$|xpression$/.test(key) && /\{[^{}]+\}/.test(value)) found.add('{}');
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
  const names = typesIn(json);
  // A survey property the fast pass does not read by itself is a setting (settings.ts), or one the checker names.
  if (!SETTINGS.read && Object.keys(Object(json)).some((key) => !kinds(SURVEY).has(key))) names.add('settings');
  const loads = new Set(
    [...names].flatMap((name) => {
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
          throw error;
        });
        fetched.set(load, done);
      }
      return done;
    }),
  );
}

/**
 * Reading a survey definition (docs/survey-format.md) into the model the element shows: the fast pass
 * every page runs. It accepts a definition only when it supports every property in it, builds the model
 * the checker in definition.ts builds, and stops at the first problem without saying what it is. Only
 * then does the element fetch definition.ts (a chunk of its own). The checker names every problem for
 * the editor, or finds that the properties left over are presentation-only: it alone keeps that list,
 * and accepts such a definition with a console warning, the survey shown from its model. So a page
 * whose definition has only supported properties downloads neither the messages nor the list.
 * test/survey/definition.test.ts holds the fast pass to accepting exactly what the checker accepts
 * without ignoring anything, with the same model.
 */
import type { CalculatedValue, ClearMode, Choice, CompletedOnCondition, Condition, LocalizedText, Panel, Question, SurveyElement, SurveyModel, SurveyPage, TextItem, Trigger } from './definition.js';
import { KINDS, LINKS, MODELS, SETTINGS, TIME_LIMIT, TRIGGERS, TYPES } from './questions/registry.js';

/**
 * The text for `locale` (the page's language); in English, else the `default` text (survey-core's own
 * default language is English); else the text for the definition's own `locale` (`surveyLocale`), else
 * `default`, else Finnish, English, any language there is.
 */
export function textIn(value: LocalizedText | undefined, locale: string, surveyLocale = ''): string {
  return typeof value == 'object'
    ? value[locale] ||
        (locale == 'en' && value.default) ||
        value[surveyLocale] ||
        value.default ||
        value.fi ||
        value.en ||
        Object.values(value).find(Boolean) ||
        ''
    : (value ?? '');
}

// The supported properties, each with how its value is read after a colon: t text, n number, b boolean,
// i items (a required list of them), q choices (items that may have visibleIf and enableIf), o such choices that may be absent, v rating values (items, where an empty list is none, as survey-core
// reads it), a list, c condition (any expression), p progress bar, e calculated values (read by questions/expression.ts), T a paneldynamic's template questions, j any JSON value
// (null is none), r a number or a text (a bound), g triggers (read by triggers.ts), V validators (read by validators.ts, as `h` completedHtmlOnCondition by settings.ts and `m` multipletext
// items by questions/multipletext.ts: a chunk's `kinds`), s a setting (true, false
// or a word, read by `surveySettings`); with no letter, a non-empty string.
export const SURVEY =
  'title:t description:t showProgressBar:p completedHtml:t cookieName pages:a elements:a clearInvisibleValues calculatedValues:e checkErrorsMode triggers:g';
export const PAGE = 'name title:t description:t visible:b visibleIf:c elements:a';
export const QUESTION =
  'type name title:t description:t isRequired:b requiredErrorText:t visible:b visibleIf:c requiredIf:c validators:V readOnly:b enableIf:c ' +
  'hideNumber:b showNumber:b ' +
  'defaultValue:j correctAnswer:j ' +
  'showCommentArea:b commentText:t commentPlaceholder:t defaultValueExpression:c setValueExpression:c setValueIf:c resetValueIf:c';
/** The properties of one of `calculatedValues`. */
export const CALCULATED = 'name expression:c includeIntoResult:b';
export const PANEL = 'type name title:t description:t visible:b visibleIf:c state elements:a';
/** `clearInvisibleValues`, as survey-core reads it (logic.ts `surveyResult` and `clearHidden`). */
export const CLEAR_MODES = ['none', 'onComplete', 'onHidden', 'onHiddenContainer'];
/** A panel's `state`, as survey-core reads it. */
export const PANEL_STATES = ['default', 'collapsed', 'expanded'];

/** A panel's model from its properties read and its elements: a blank `visibleIf` is no condition. */
export const panelModel = ({ visibleIf, ...props }: Json, elements: SurveyElement[]): Panel =>
  ({ ...props, type: 'panel', ...(visibleIf ? { visibleIf } : {}), elements }) as Panel;

/**
 * A page's model: its questions, those in panels too, gathered; `undefined` for a page with none, which
 * survey-core never shows, unless it is the start page (`start`), which shows its title and description.
 * A page's time limit, read with it, is kept for the time limits' reader (time-limit.ts) to settle.
 */
export function pageModel({ name, title, description, visible, visibleIf, elements: _, ...limit }: Json, elements: SurveyElement[], start = false): SurveyPage | undefined {
  const questions: Question[] = [];
  const gather = (element: SurveyElement): void => {
    if (element.type == 'panel') element.elements.forEach(gather);
    else questions.push(element);
  };
  elements.forEach(gather);
  return questions.length || start
    ? ({ name, title, description, questions, elements, ...(visible === false ? { visible } : {}), ...(visibleIf ? { visibleIf } : {}), ...limit } as SurveyPage)
    : undefined;
}
/** Each question type's own properties, besides `QUESTION`: from the question modules (questions/registry.ts). */
export { TYPES };

/** Properties as listed above (space-separated), by name: the letter saying how each is read. */
export const kinds = (properties: string) =>
  new Map(properties.split(' ').map((entry) => entry.split(':') as [string, string | undefined]));

/** Older SurveyJS names that survey-core still reads. */
export const ALIASES: Record<string, string> = {
  questions: 'elements',
  mininumRateDescription: 'minRateDescription',
  maximumRateDescription: 'maxRateDescription',
  placeHolder: 'placeholder',
  hasOther: 'showOtherItem',
  otherPlaceHolder: 'otherPlaceholder',
  hasComment: 'showCommentArea',
  commentPlaceHolder: 'commentPlaceholder',
  insensitive: 'caseInsensitive',
  firstPageIsStarted: 'firstPageIsStartPage',
  showCompletedPage: 'showCompletePage',
};

/** What a paneldynamic template's questions cannot have here: each would need answers scoped to a panel. */
export const NOT_IN_TEMPLATE = ['enableIf', 'defaultValue'];

/** The properties of a multipletext item, and its model: `inputType` in lower case, `title` its name by default. */
export const TEXT_ITEM = 'name title:t placeholder:t inputType maxLength:n';
export const textItem = (props: Json, fail: Problem): TextItem => {
  const inputType = String(props.inputType ?? 'text').toLowerCase();
  if (!['text', 'email', 'number', 'tel', 'url'].includes(inputType)) fail('inputType', inputType);
  return { ...props, name: props.name, title: props.title ?? props.name, inputType, maxLength: limit(props.maxLength) } as TextItem;
};

/** The question a `{reference}` may read: its part before the first `.` or `[` (`panel.` left out), or a matrix whose totals it reads (`{matrix-total.column}`). */
export const referenced = (name: string) => {
  const base = name.replace(/^panel\./, '').split(/[.[]/)[0]!;
  return [base, base.replace(/-total$/, '')];
};

/** The value of the "other" choice, and the answer key of what is typed for it, as survey-core has them. */
export const OTHER = 'other';
export const commentOf = (name: string) => `${name}-Comment`;

/** The `inputType`s whose `min` and `max` survey-core compares with the answer. */
export const BOUNDED = 'number range date datetime-local month time week'.split(' ');

/** survey-core's `checkErrorsMode`s but `onValueChanging`, which would keep a failing answer out of the data. */
export const CHECK_ERRORS_MODES = ['onNextPage', 'onValueChanged', 'onComplete'];

/** The `inputType`s of a `text` question, as the browser's own inputs. */
export const INPUT_TYPES = 'text email number tel url date datetime-local time month week range color'.split(' ');

/**
 * A problem that leaves a question without a model, unworded (the checker words it): `property` and what
 * was given (`rateStep`, `rateMin`, `rateMax` as `RatingProblem`; `inputType`: the type; `min`, `max`,
 * `step`: the inputType they are not read for; `choicesMax`: the step, min or max that is not whole).
 */
export type Problem = (property: string, detail: unknown) => unknown;

/** A problem a question family words itself (its `model`), so the checker has no words of its own for it. */
export interface Worded {
  says: string;
}

/** Zero and -1 mean "no limit" in SurveyJS. */
const limit = (value: unknown) => ((value as number) > 0 ? value : undefined);

/** The model of a question from the properties read: SurveyJS's defaults filled in and values derived. */
export function questionModel(type: string, name: string, props: Json, fail: Problem): Question {
  const inputType = String(props.inputType ?? 'text').toLowerCase();
  if (!INPUT_TYPES.includes(inputType)) fail('inputType', inputType);
  if (props.choicesOrder != null && !['none', 'asc', 'desc', 'random'].includes(props.choicesOrder as string)) fail('choicesOrder', props.choicesOrder);
  // survey-core compares min and max for these inputs only: as numbers, dates, or texts (a time, a week).
  const numeric = inputType == 'number' || inputType == 'range';
  const bounds: Json = {};
  for (const bound of ['min', 'max', 'step']) {
    const value = props[bound];
    if (value == null) continue;
    if (bound == 'step' ? !numeric : !BOUNDED.includes(inputType)) fail(bound, inputType);
    // survey-core reads one starting with `=` as an expression.
    else if (numeric ? value === '' || !isFinite(Number(value)) : typeof value != 'string' || value.startsWith('=')) fail(bound, { value });
    else bounds[bound] = numeric ? Number(value) : value;
  }
  let choices = props.choices as Choice[] | undefined;
  const { choicesMin: from = 0, choicesMax: to = 0, choicesStep: step = 1 } = props as Record<string, number>;
  if (to > from) {
    // survey-core adds the numbers from choicesMin to choicesMax after the choices.
    if (![from, to, step].every(Number.isInteger) || step < 1) fail('choicesMax', step);
    else for (let value = from; value <= to; value += step) choices = [...(choices ?? []), { value, text: String(value) }];
  }
  // survey-core keeps both the "other" text and the comment as `<name>-Comment`: one would overwrite the other.
  if (props.showCommentArea && props.showOtherItem) fail('showCommentArea', 'showOtherItem');
  return {
    ...props,
    type,
    name,
    title: props.title ?? name,
    isRequired: !!props.isRequired,
    maxLength: limit(props.maxLength),
    maxSelectedChoices: limit(props.maxSelectedChoices),
    ...(choices && { choices }),
    ...(type == 'text' && { inputType, ...bounds }),
    ...(type == 'rating' && { values: ratingValues(props, fail) }),
    ...MODELS[type]?.(props, fail),
  } as unknown as Question;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };
/** A text's markup as plain text, in each of its languages. */
export const plainText = (html: LocalizedText | undefined): LocalizedText | undefined =>
  typeof html == 'object' ? Object.fromEntries(Object.entries(html).map(([locale, text]) => [locale, plain(text)])) : html && plain(html);

export const plain = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name])
    .replace(/\s+/g, ' ')
    .trim();

export const isObject = (value: unknown): value is Json =>
  typeof value == 'object' && value !== null && !Array.isArray(value);

export const isText = (value: unknown): value is LocalizedText =>
  typeof value == 'string' || (isObject(value) && Object.values(value).every((text) => typeof text == 'string'));

/** The rating properties the scale's values are counted from. */
export interface RatingProps {
  rateMin?: number;
  rateMax?: number;
  rateStep?: number;
  rateCount?: number;
  rateValues?: Choice[];
  autoGenerate?: boolean;
}

/**
 * Why a rating scale has no values, unworded (the checker words it): `rateStep` is not above 0
 * (`detail`: the step), `rateMin` is above `rateMax` (`detail`: that rateMax), or `rateMax` makes `detail`
 * values, over 20.
 */
export type RatingProblem = (property: 'rateStep' | 'rateMin' | 'rateMax', detail: number) => unknown;

/** The scale: `rateValues`, or counted as survey-core counts it; `fail` is told why there is none. */
export function ratingValues(props: RatingProps, fail: RatingProblem): Choice[] {
  const { rateMin, rateMax, rateCount } = props;
  if (props.rateValues?.length && props.autoGenerate !== true) return props.rateValues;
  // survey-core's rules: rateCount only counts from a rateMin or a rateMax given alone, and each
  // step is rounded to the step's decimals.
  const step = props.rateStep ?? 1;
  const min = rateMin ?? (rateCount != null && rateMax != null ? rateMax - step * (rateCount - 1) : 1);
  const max = rateMax ?? (rateCount != null && rateMin != null ? min + step * (rateCount - 1) : 5);
  const values: Choice[] = [];
  let decimals = 0;
  for (let scaled = step; Math.round(scaled) != scaled; scaled *= 10) decimals++;
  if (!(step > 0)) fail('rateStep', step);
  else if (min > max) fail('rateMin', max);
  else {
    for (let value = min; value <= max; value = Number((value + step).toFixed(decimals))) {
      values.push({ value, text: String(value) });
    }
    // survey-core would show only the first 20 and silently drop the rest.
    if (values.length > 20) fail('rateMax', values.length);
  }
  return values;
}

/** The survey's `checkErrorsMode` in the model: absent for the default, `onNextPage`. */
export const checkErrorsMode = (mode: unknown) =>
  mode == 'onValueChanged' || mode == 'onComplete' ? { checkErrorsMode: mode as 'onValueChanged' | 'onComplete' } : {};

/** Stops the fast pass at the first problem: what it throws is itself, told apart from any other error. */
const reject = (): never => {
  throw reject;
};

type Json = Record<string, unknown>;

/**
 * Reads a definition into the survey model (`ignored` is always empty: the checker alone ignores
 * presentation-only properties), or gives `undefined` when anything in it is not supported, a
 * presentation-only property too (definition.ts then says what). `parseExpression` reads `visibleIf`.
 */
export function readDefinition(
  json: unknown,
  parseExpression: (source: string) => Condition,
): { survey: SurveyModel; ignored: string[] } | undefined {
  const names: string[] = [];
  const references: string[] = [];

  const items = (list: unknown, mayBeEmpty: boolean, conditional?: boolean): Choice[] => {
    if (!Array.isArray(list) || (!list.length && !mayBeEmpty)) reject();
    const values = new Set<string>();
    return (list as unknown[]).map((item) => {
      let value = item;
      let text: unknown;
      let imageLink: unknown;
      let conditions = {};
      if (typeof item == 'string' && item.includes('|')) {
        value = item.slice(0, item.indexOf('|'));
        text = item.slice(item.indexOf('|') + 1) || undefined;
      } else if (isObject(item)) {
        // Other data on a choice (`score`, …) the checker keeps, with a note.
        if (Object.keys(item).some((property) => !(/^(value|text|imageLink)$/.test(property) || (conditional && /^(visible|enable)If$/.test(property))))) reject();
        ({ value, text, imageLink } = item);
        conditions = { visibleIf: convert('c', item.visibleIf ?? ''), enableIf: convert('c', item.enableIf ?? '') };
        if ((text !== undefined && !isText(text)) || (imageLink !== undefined && !isText(imageLink))) reject();
      }
      if ((typeof value != 'string' && typeof value != 'number') || value === '' || values.has(String(value))) reject();
      values.add(String(value));
      return { imageLink, value, text: text ?? String(value), ...conditions } as Choice;
    });
  };

  /** A property's value as the model holds it: what its `kind` letter says it is. */
  const convert = (kind: string | undefined, value: unknown): unknown => {
    switch (kind) {
      case 't':
        return isText(value) ? value : reject();
      case 'n':
        return (typeof value == 'number' || (typeof value == 'string' && value.trim())) && isFinite(Number(value))
          ? Number(value)
          : reject();
      case 'b':
        return typeof value == 'boolean' ? value : reject();
      case 'i':
      case 'q':
      case 'o':
      case 'v':
        return items(value, kind == 'v', kind == 'q' || kind == 'o');
      case 'T':
        // paneldynamic's templateElements: questions and panels of them, as written (questions/paneldynamic.ts `model` gathers the questions).
        return (Array.isArray(value) ? value : reject()).map(templateElement);
      case 'a':
        return Array.isArray(value) ? value : reject();
      case 'j':
        return value ?? undefined;
      case 'r':
        return typeof value == 'number' || (typeof value == 'string' && value.trim()) ? value : reject();
      case 'c': {
        if (typeof value != 'string') reject();
        if (!(value as string).trim()) return undefined;
        let condition: Condition;
        try {
          condition = parseExpression(value as string);
        } catch {
          return reject();
        }
        references.push(...condition.questions);
        return condition;
      }
      case 'p':
        return typeof value == 'boolean' || typeof value == 'string' ? value !== 'off' && !!value : reject();
      case 's':
        return typeof value == 'boolean' || (typeof value == 'string' && value.trim()) ? value : reject();
      default:
        // A kind a question family reads itself (questions/view.ts `KindReader`).
        if (kind && KINDS[kind]) return KINDS[kind](value, { read: (json, properties) => read(json, kinds(properties)), fail: reject, name: (name) => names.push(name) });
        return typeof value == 'string' && value.trim() ? value : reject();
    }
  };

  /** The properties `allowed` (from `kinds`) has, converted; any other rejected. */
  const read = (json: unknown, allowed: Map<string, string | undefined>): Json => {
    if (!isObject(json)) reject();
    const props: Json = {};
    for (const [key, value] of Object.entries(json as Json)) {
      const alias = ALIASES[key];
      const property = typeof alias == 'string' ? alias : key;
      if (!allowed.has(property) || property in props) reject();
      // A blank visibleIf is no condition; the checker keeps it as null.
      else props[property] = convert(allowed.get(property), value) ?? null;
    }
    return props;
  };

  const question = (json: unknown): Question => {
    const { name, type } = (isObject(json) ? json : reject()) as Json;
    const own = TYPES[type as string];
    // Names differing only in case count as the same: expression.ts reads answers in any case.
    if (
      typeof name != 'string' ||
      !name.trim() ||
      name.length > 100 ||
      names.some((other) => other.toLowerCase() == name.toLowerCase()) ||
      typeof own != 'string'
    ) {
      reject();
    }
    names.push(name as string);
    const allowed = kinds(`${QUESTION} ${own}`);
    const props = read(json, allowed);
    for (const [key, kind] of allowed) if ((kind == 'i' || kind == 'q') && props[key] === undefined) reject();
    return questionModel(type as string, name as string, props, reject);
  };

  /** A panel, with what it holds read by `child`. */
  const panel = (json: Json, child: (json: unknown) => SurveyElement): SurveyElement => {
    const props = read(json, kinds(PANEL));
    if (props.state != null && !PANEL_STATES.includes(props.state as string)) reject();
    return panelModel(props, ((props.elements ?? []) as unknown[]).map(child));
  };

  /** A question, or a panel with what it holds. */
  const element = (json: unknown): SurveyElement => (!isObject(json) || json.type != 'panel' ? question(json) : panel(json, element));

  /** In a paneldynamic's template: a question, or a panel of them; no paneldynamic, nor what would need answers scoped to a panel. */
  function templateElement(json: unknown): SurveyElement {
    if (!isObject(json) || /^paneldynamic$/i.test(String(json.type))) reject();
    const item = json as Json;
    if (item.type == 'panel') return panel(item, templateElement);
    return NOT_IN_TEMPLATE.some((key) => key in item) ? reject() : question(item);
  }

  try {
    // With the settings' and the time limits' chunks here, their properties too.
    const survey = read(json, kinds([SURVEY, SETTINGS.properties, TIME_LIMIT.survey].filter(Boolean).join(' ')));
    if (survey.pages && survey.elements) reject();
    if (survey.checkErrorsMode && !CHECK_ERRORS_MODES.includes(survey.checkErrorsMode as string)) reject();
    const pages: SurveyPage[] = [];
    const definitionPages = survey.elements ? [{ elements: survey.elements }] : ((survey.pages ?? []) as unknown[]);
    // The settings are read by their own chunk (settings.ts), fetched only for a definition that has one.
    const settings = SETTINGS.read?.(survey, definitionPages.length, reject) ?? {};
    for (const page of definitionPages) {
      const props = read(page, kinds(TIME_LIMIT.page ? `${PAGE} ${TIME_LIMIT.page}` : PAGE));
      const model = pageModel(props, ((props.elements ?? []) as unknown[]).map(element), settings.firstPageIsStarted && page === definitionPages[0]);
      if (model) pages.push(model);
    }
    // What a family checks across questions (a ranking's choicesFromQuestion).
    for (const link of LINKS) if (link(pages.flatMap((page) => page.questions)).length) reject();
    // What triggers name; the variables they set join the names expressions may read.
    if (survey.triggers && !TRIGGERS.knowsNames!(survey, pages, names)) reject();
    // `{matrix.row}` and `{checkbox[0]}` read a part of a question's answer, `{matrix-total.column}` a matrix's totals. In a survey, survey-core
    // finds a question only by its name in its own letter case (`{rating}` never reads `Rating`).
    if (!pages.some((page) => page.questions.length) || references.some((name) => !names.includes(name) && !referenced(name).some((base) => names.includes(base)))) {
      reject();
    }
    if (survey.clearInvisibleValues != null && !CLEAR_MODES.includes(survey.clearInvisibleValues as string)) reject();
    const limits = TIME_LIMIT.read?.(survey, pages, settings.questionsOnPageMode, reject);
    const completedHtml = survey.completedHtml as LocalizedText | undefined;
    return {
      ignored: [],
      survey: {
        title: survey.title as LocalizedText | undefined,
        description: survey.description as LocalizedText | undefined,
        cookieName: survey.cookieName as string | undefined,
        ...(survey.clearInvisibleValues ? { clearInvisibleValues: survey.clearInvisibleValues as ClearMode } : {}),
        showProgressBar: !!survey.showProgressBar,
        ...checkErrorsMode(survey.checkErrorsMode),
        completedText: plainText(completedHtml),
        ...(survey.completedHtmlOnCondition ? { completedOnCondition: survey.completedHtmlOnCondition as CompletedOnCondition[] } : {}),
        calculatedValues: survey.calculatedValues as CalculatedValue[] | undefined,
        triggers: survey.triggers as Trigger[] | undefined,
        completedHtml,
        ...settings,
        ...limits,
        pages,
      },
    };
  } catch (error) {
    if (error === reject) return undefined;
    throw error;
  }
}

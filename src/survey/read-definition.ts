/**
 * Reading a survey definition (docs/survey-format.md) into the model the element shows: the fast pass
 * every page runs. It accepts exactly what the checker in definition.ts accepts, builds the same model,
 * and stops at the first problem without saying what it is: only then does the element fetch
 * definition.ts (a chunk of its own) to name every problem for the editor. A page with a valid
 * definition never downloads the messages. test/survey/definition.test.ts holds the two to the same
 * verdict and model.
 */
import type { Choice, Condition, LocalizedText, Question, SurveyModel, SurveyPage } from './definition.js';

/** The text for `locale`, else the `default` text, else Finnish, English, any language there is. */
export function textIn(value: LocalizedText | undefined, locale: string): string {
  return typeof value == 'object'
    ? value[locale] || value.default || value.fi || value.en || Object.values(value).find(Boolean) || ''
    : (value ?? '');
}

export const TYPES: Record<string, string> = {
  rating: 'rateMin rateMax rateStep rateCount rateValues autoGenerate minRateDescription maxRateDescription',
  radiogroup: 'choices',
  checkbox: 'choices maxSelectedChoices',
  comment: 'maxLength',
  text: 'inputType maxLength',
  boolean: 'labelTrue labelFalse',
  matrix: 'rows columns',
};
export const QUESTION = 'type name title description isRequired requiredErrorText visibleIf ';

/** Older SurveyJS names that survey-core still reads. */
export const ALIASES: Record<string, string> = {
  questions: 'elements',
  mininumRateDescription: 'minRateDescription',
  maximumRateDescription: 'maxRateDescription',
};

/**
 * Presentation-only properties: they change how SurveyJS lays a survey out, never what is asked or what
 * the answers are, so they are ignored (with one console warning from the element). Keep in step with
 * docs/survey-format.md.
 */
export const PRESENTATION_ONLY = new Set(
  (
    // survey
    'locale logo logoWidth logoHeight logoFit logoPosition showTitle showPageTitles showPageNumbers ' +
    'showQuestionNumbers questionTitleLocation questionDescriptionLocation questionErrorLocation ' +
    'questionStartIndex questionTitlePattern requiredMark requiredText progressBarLocation progressBarType ' +
    'progressBarShowPageTitles progressBarShowPageNumbers progressBarInheritWidthFrom showTOC tocLocation ' +
    'showNavigationButtons navigationButtonsLocation navigationButtonsVisibility showPrevButton ' +
    'startSurveyText pagePrevText pageNextText completeText previewText editText completedBeforeHtml ' +
    'loadingHtml questionsOnPageMode widthMode fitToContainer gridLayoutEnabled headerView backgroundImage ' +
    'backgroundImageFit backgroundImageAttachment backgroundOpacity showBrandInfo autoFocusFirstQuestion ' +
    'focusFirstQuestionAutomatic autoFocusFirstError focusOnFirstError autoGrowComment allowResizeComment ' +
    'commentAreaRows textUpdateMode checkErrorsMode validateVisitedEmptyFields autoAdvanceEnabled ' +
    'goNextPageAutomatic autoAdvanceAllowComplete allowCompleteSurveyAutomatic showCompletePage ' +
    'showCompletedPage showTimer showTimerPanel timerLocation timerInfoMode showTimerPanelMode ' +
    'showPreviewBeforeComplete previewMode $schema sjsVersion ' +
    // page
    'questionTitleWidth gridLayoutColumns navigationTitle navigationDescription ' +
    // question
    'width minWidth maxWidth colSpan startWithNewLine indent titleLocation descriptionLocation errorLocation ' +
    'hideNumber showNumber state renderAs colCount placeholder placeHolder rows cols autoGrow allowResize ' +
    'inputSize size inputTextAlignment autocomplete autoComplete dataList rateType rateDisplayMode ' +
    'scaleColorMode rateColorMode displayRateDescriptionsAsExtremeItems rateDescriptionLocation displayMode ' +
    'itemComponent cellComponent swapOrder allowClear showClearButton separateSpecialChoices showHeader ' +
    'verticalAlign alternateRows columnMinWidth rowTitleWidth cells useDisplayValuesInDynamicTexts ' +
    'useDisplayValuesInTitle defaultDisplayValue commentText commentPlaceholder commentPlaceHolder otherText ' +
    'otherPlaceholder otherPlaceHolder otherErrorText noneText selectAllText refuseText dontKnowText'
  ).split(' '),
);

// How each property's value is read: t text, n number, b boolean, i items, a list, c condition,
// p progress bar; anything else is a non-empty string.
export const KIND: Record<string, string> = {};
for (const [kind, names] of [
  ['t', 'title description requiredErrorText minRateDescription maxRateDescription labelTrue labelFalse completedHtml'],
  ['n', 'rateMin rateMax rateStep rateCount maxSelectedChoices maxLength'],
  ['b', 'isRequired autoGenerate'],
  ['i', 'choices rateValues rows columns'],
  ['a', 'pages elements'],
  ['c', 'visibleIf'],
  ['p', 'showProgressBar'],
]) {
  for (const name of names.split(' ')) KIND[name] = kind;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };
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

/** The scale: `rateValues`, or counted as survey-core counts it; `fail` is told why there is none. */
export function ratingValues(props: RatingProps, fail: (property: string, problem: string) => unknown): Choice[] {
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
  if (!(step > 0)) fail('rateStep', 'needs to be above 0');
  else if (min > max) fail('rateMin', `needs to be at most rateMax (${max})`);
  else {
    for (let value = min; value <= max; value = Number((value + step).toFixed(decimals))) {
      values.push({ value, text: String(value) });
    }
    // survey-core would show only the first 20 and silently drop the rest.
    if (values.length > 20) fail('rateMax', `makes ${values.length} values; at most 20 are possible`);
  }
  return values;
}

/** Stops the fast pass at the first problem. */
const REJECTED = Symbol('rejected');
const reject = (): never => {
  throw REJECTED;
};

type Json = Record<string, unknown>;

/**
 * Reads a definition into the survey model, with the presentation-only properties it ignored; or
 * `undefined` when anything in it is not supported (definition.ts then says what). `parseExpression`
 * reads `visibleIf`.
 */
export function readDefinition(
  json: unknown,
  parseExpression: (source: string) => Condition,
): { survey: SurveyModel; ignored: string[] } | undefined {
  const ignored = new Set<string>();
  const names: string[] = [];
  const references: string[] = [];

  const items = (list: unknown, key: string): Choice[] => {
    // survey-core reads an empty rateValues as none.
    if (!Array.isArray(list) || (!list.length && key != 'rateValues')) reject();
    const values = new Set<string>();
    return (list as unknown[]).map((item) => {
      let value = item;
      let text: unknown;
      if (typeof item == 'string' && item.includes('|')) {
        value = item.slice(0, item.indexOf('|'));
        text = item.slice(item.indexOf('|') + 1) || undefined;
      } else if (isObject(item)) {
        if (Object.keys(item).some((property) => property != 'value' && property != 'text')) reject();
        ({ value, text } = item);
        if (text !== undefined && !isText(text)) reject();
      }
      if ((typeof value != 'string' && typeof value != 'number') || value === '' || values.has(String(value))) reject();
      values.add(String(value));
      return { value, text: text ?? String(value) } as Choice;
    });
  };

  /** A property's value as the model holds it; what `KIND` says it is, or a non-empty string. */
  const convert = (kind: string | undefined, value: unknown, key: string): unknown => {
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
        return items(value, key);
      case 'a':
        return Array.isArray(value) ? value : reject();
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
      default:
        return typeof value == 'string' && value.trim() ? value : reject();
    }
  };

  /** The properties `allowed` lists, converted; presentation-only ones noted, any other rejected. */
  const read = (json: unknown, allowed: string): Json => {
    if (!isObject(json)) reject();
    const props: Json = {};
    for (const [key, value] of Object.entries(json as Json)) {
      const alias = ALIASES[key];
      const property = typeof alias == 'string' ? alias : key;
      if (!allowed.split(' ').includes(property)) {
        if (!PRESENTATION_ONLY.has(key)) reject();
        ignored.add(key);
      } else if (property in props) reject();
      // A blank visibleIf is no condition; the checker keeps it as null.
      else props[property] = convert(KIND[property], value, key) ?? null;
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
    const props = read(json, QUESTION + own);
    // Every list a type has, but rateValues, is required.
    if (own.split(' ').some((key) => KIND[key] == 'i' && key != 'rateValues' && props[key] === undefined)) reject();
    const inputType = String(props.inputType ?? 'text').toLowerCase();
    if (!['text', 'email', 'number'].includes(inputType)) reject();
    // Zero and -1 mean "no limit" in SurveyJS.
    const limit = (value: unknown) => ((value as number) > 0 ? value : undefined);
    // The model is the properties read, with SurveyJS's defaults filled in.
    return {
      ...props,
      name,
      title: props.title ?? name,
      isRequired: !!props.isRequired,
      maxLength: limit(props.maxLength),
      maxSelectedChoices: limit(props.maxSelectedChoices),
      ...(type == 'text' && { inputType }),
      ...(type == 'rating' && { values: ratingValues(props, reject) }),
    } as unknown as Question;
  };

  try {
    const survey = read(json, 'title description showProgressBar completedHtml pages elements');
    if (survey.pages && survey.elements) reject();
    const pages: SurveyPage[] = [];
    for (const page of survey.elements ? [{ elements: survey.elements }] : ((survey.pages ?? []) as unknown[])) {
      const props = read(page, 'name title description elements');
      const questions = ((props.elements ?? []) as unknown[]).map(question);
      if (questions.length) {
        pages.push({ name: props.name, title: props.title, description: props.description, questions } as SurveyPage);
      }
    }
    // `{matrix.row}` and `{checkbox[0]}` read a part of a question's answer. In a survey, survey-core
    // finds a question only by its name in its own letter case (`{rating}` never reads `Rating`).
    if (!pages.length || references.some((name) => !names.includes(name) && !names.includes(name.split(/[.[]/)[0]))) {
      reject();
    }
    const completedHtml = survey.completedHtml as LocalizedText | undefined;
    return {
      ignored: [...ignored],
      survey: {
        title: survey.title as LocalizedText | undefined,
        description: survey.description as LocalizedText | undefined,
        showProgressBar: !!survey.showProgressBar,
        completedText:
          typeof completedHtml == 'object'
            ? Object.fromEntries(Object.entries(completedHtml).map(([locale, html]) => [locale, plain(html)]))
            : completedHtml && plain(completedHtml),
        pages,
      },
    };
  } catch (error) {
    if (error === REJECTED) return undefined;
    throw error;
  }
}

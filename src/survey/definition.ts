/**
 * Survey definitions: a strict subset of the SurveyJS JSON format (docs/survey-format.md) and the
 * checker that names every problem in one, so the page editor sees the whole list at once. A
 * definition with any error gives no model at all (never half a survey). Pure: no DOM, no rendering.
 *
 * Every page reads its definition with the fast pass in read-definition.ts, which shares this file's
 * tables but not its list of presentation-only properties: it accepts what this checker accepts without
 * ignoring anything, and rejects the rest. The element fetches this file (a chunk of its own,
 * docs/performance-budget.md) only when the fast pass rejects a definition; when this checker then
 * accepts it (it only had presentation-only properties), the survey is shown from this model.
 */
import {
  ALIASES,
  INPUT_TYPES,
  PAGE,
  QUESTION,
  SURVEY,
  TEXT_ITEM,
  TYPES,
  isObject,
  isText,
  kinds,
  plainText,
  questionModel,
  textItem,
} from './read-definition.js';
import { SURVEY_SETTINGS, surveySettings } from './settings.js';

export { textIn } from './read-definition.js';

/**
 * Presentation-only properties: they change how SurveyJS lays a survey out, never what is asked or what
 * the answers are, so they are ignored (with one console warning from the element). Only this checker
 * knows them: the fast pass rejects them as it rejects any property it does not support, and the
 * element then shows the survey from this checker's model. Keep in step with docs/survey-format.md.
 */
export const PRESENTATION_ONLY = new Set(
  (
    // survey
    'logoWidth logoHeight logoFit logoPosition showTitle showPageTitles showPageNumbers ' +
    'questionTitleLocation questionDescriptionLocation questionErrorLocation ' +
    'questionTitlePattern requiredMark requiredText progressBarLocation progressBarType ' +
    'progressBarShowPageTitles progressBarShowPageNumbers progressBarInheritWidthFrom showTOC tocLocation ' +
    'showNavigationButtons navigationButtonsLocation navigationButtonsVisibility showPrevButton ' +
    'previewText editText completedBeforeHtml ' +
    'loadingHtml widthMode fitToContainer gridLayoutEnabled headerView backgroundImage ' +
    'backgroundImageFit backgroundImageAttachment backgroundOpacity showBrandInfo autoFocusFirstQuestion ' +
    'focusFirstQuestionAutomatic autoFocusFirstError focusOnFirstError autoGrowComment allowResizeComment ' +
    'commentAreaRows textUpdateMode checkErrorsMode validateVisitedEmptyFields autoAdvanceEnabled ' +
    'goNextPageAutomatic autoAdvanceAllowComplete allowCompleteSurveyAutomatic ' +
    'showTimer showTimerPanel timerLocation timerInfoMode showTimerPanelMode ' +
    'showPreviewBeforeComplete previewMode $schema sjsVersion ' +
    // page
    'questionTitleWidth gridLayoutColumns navigationTitle navigationDescription ' +
    // question
    'width minWidth maxWidth colSpan startWithNewLine indent titleLocation descriptionLocation errorLocation ' +
    'state renderAs colCount rows cols autoGrow allowResize ' +
    'inputSize size inputTextAlignment autocomplete autoComplete dataList rateType rateDisplayMode ' +
    'scaleColorMode rateColorMode displayRateDescriptionsAsExtremeItems rateDescriptionLocation displayMode ' +
    'itemComponent cellComponent swapOrder allowClear showClearButton separateSpecialChoices showHeader ' +
    'verticalAlign alternateRows columnMinWidth rowTitleWidth cells useDisplayValuesInDynamicTexts ' +
    'useDisplayValuesInTitle defaultDisplayValue commentText commentPlaceholder commentPlaceHolder ' +
    'noneText selectAllText refuseText dontKnowText'
  ).split(' '),
);

/** A text in one language, or in several as SurveyJS writes them: `{ "default": …, "fi": …, "sv": … }`. */
export type LocalizedText = string | { readonly [locale: string]: string };

export type Answers = Readonly<Record<string, unknown>>;

/** A parsed `visibleIf`: what `expression.ts` gives. `questions` are the names it reads. */
export interface Condition {
  evaluate(answers: Answers): boolean;
  questions: string[];
}

export interface DefinitionOptions {
  /** Parses a `visibleIf`; throws (an `ExpressionError`) when it cannot. */
  parseExpression(source: string): Condition;
}

/** A choice, rating value, matrix row or column. Text defaults to the value, as in SurveyJS. */
export interface Choice {
  value: string | number;
  text: LocalizedText;
}

interface QuestionBase {
  name: string;
  /** The name when the definition has no title, as in SurveyJS. */
  title: LocalizedText;
  description?: LocalizedText;
  isRequired: boolean;
  requiredErrorText?: LocalizedText;
  visibleIf?: Condition;
  /** `hideNumber: true` or `showNumber: false`: no number in the title, and none counted for it. */
  hideNumber?: boolean;
  showNumber?: boolean;
}

export interface RatingQuestion extends QuestionBase {
  type: 'rating';
  /** From `rateValues`, or counted from `rateMin`, `rateMax`, `rateStep` and `rateCount`. */
  values: Choice[];
  minRateDescription?: LocalizedText;
  maxRateDescription?: LocalizedText;
}
/**
 * The "other" choice of a radiogroup, checkbox or dropdown (`showOtherItem`, or `hasOther`): its value is
 * `other`, and what the person types goes in the answers as `<name>-Comment`, as survey-core stores it.
 */
export interface OtherChoice {
  /** `none`, `asc`, `desc` or `random` (questions/choice.ts `ordered`). */
  choicesOrder?: string;
  showOtherItem?: boolean;
  otherText?: LocalizedText;
  otherPlaceholder?: LocalizedText;
  otherErrorText?: LocalizedText;
}
export interface RadiogroupQuestion extends QuestionBase, OtherChoice {
  type: 'radiogroup';
  choices: Choice[];
}
export interface CheckboxQuestion extends QuestionBase, OtherChoice {
  type: 'checkbox';
  choices: Choice[];
  /** Absent when there is no limit. */
  maxSelectedChoices?: number;
}
export interface CommentQuestion extends QuestionBase {
  type: 'comment';
  maxLength?: number;
  placeholder?: LocalizedText;
}
export interface TextQuestion extends QuestionBase {
  type: 'text';
  /** One of read-definition.ts `INPUT_TYPES`, in lower case. */
  inputType: string;
  maxLength?: number;
  placeholder?: LocalizedText;
  /** For `number` and `range`: survey-core's error below `min` or above `max`; `step` for the control. */
  min?: number;
  max?: number;
  step?: number;
}
export interface DropdownQuestion extends QuestionBase, OtherChoice {
  type: 'dropdown';
  /** With the numbers from `choicesMin` to `choicesMax` added, as survey-core adds them. */
  choices: Choice[];
  placeholder?: LocalizedText;
}
/** One text box of a `multipletext`. */
export interface TextItem {
  name: string;
  title: LocalizedText;
  placeholder?: LocalizedText;
  /** `text`, `email`, `number` (a number in the answer), `tel` or `url`. */
  inputType: string;
  maxLength?: number;
}
export interface MultipleTextQuestion extends QuestionBase {
  type: 'multipletext';
  items: TextItem[];
}
export interface BooleanQuestion extends QuestionBase {
  type: 'boolean';
  labelTrue?: LocalizedText;
  labelFalse?: LocalizedText;
}
export interface MatrixQuestion extends QuestionBase {
  type: 'matrix';
  rows: Choice[];
  columns: Choice[];
}
/** Markup shown between questions, sanitised (questions/html.ts); no answer. */
export interface HtmlQuestion extends QuestionBase {
  type: 'html';
  html?: LocalizedText;
}
export type Question =
  | HtmlQuestion
  | RatingQuestion
  | RadiogroupQuestion
  | CheckboxQuestion
  | CommentQuestion
  | TextQuestion
  | DropdownQuestion
  | MultipleTextQuestion
  | BooleanQuestion
  | MatrixQuestion;

/** Pages without questions are left out, as SurveyJS never shows them. */
export interface SurveyPage {
  name?: string;
  /** The page shows only when this holds (and it has a question shown). */
  visibleIf?: Condition;
  title?: LocalizedText;
  description?: LocalizedText;
  questions: Question[];
}

/** One of `completedHtmlOnCondition`: its `expression`, and its `html` as plain text and as written. */
export interface CompletedOnCondition {
  condition: Condition;
  text: LocalizedText;
  html: LocalizedText;
}

/**
 * The survey-level settings (settings.ts `surveySettings`): each only when the definition gives it
 * and it differs from survey-core's default.
 */
export interface SurveySettings {
  /** `firstPageIsStartPage` (or `firstPageIsStarted`) with another page after it: `pages[0]` is the start page. */
  firstPageIsStarted?: true;
  /** The editor's texts for the start, previous, next and send buttons, over the element's own. */
  startSurveyText?: LocalizedText;
  pagePrevText?: LocalizedText;
  pageNextText?: LocalizedText;
  completeText?: LocalizedText;
  /** `showQuestionNumbers`: `on` numbers the whole survey, `onPage` each page; none when absent. */
  questionNumbers?: 'on' | 'onPage';
  /** The first number and its form (`1.`, `A)`, `Q1:`), as survey-core reads `questionStartIndex`. */
  questionStartIndex?: string;
  /** `questionsOnPageMode`: every page's questions on one page, or one question a page. */
  questionsOnPageMode?: 'singlePage' | 'questionPerPage';
  /** The definition's language: the text shown when the page's language has none (read-definition.ts `textIn`). */
  locale?: string;
  /** `showCompletePage` (or `showCompletedPage`) `false`: no thanks text after sending, only that it was sent. */
  showCompletedPage?: false;
  /** Shown as a link after sending: http(s) or relative only; never followed by itself. */
  navigateToUrl?: string;
  /** An image above the title, its `alt` the title, as survey-core gives it; http(s) or relative only. */
  logo?: LocalizedText;
}

export interface SurveyModel extends SurveySettings {
  title?: LocalizedText;
  description?: LocalizedText;
  showProgressBar: boolean;
  /** The survey id for "already answered" when the element has no `survey-id`. */
  cookieName?: string;
  /** `completedHtmlOnCondition`: the first whose condition holds for the answers sent replaces `completedText`. */
  completedOnCondition?: CompletedOnCondition[];
  /** `completedHtml` as plain text: tags are dropped and the common entities decoded. */
  completedText?: LocalizedText;
  /** `completedHtml` as written: shown sanitised once the markup chunk is here (questions/html.ts). */
  completedHtml?: LocalizedText;
  pages: SurveyPage[];
}

/** `question` is the question's name; a question without one is named by its place in `property`. */
export interface DefinitionError {
  question?: string;
  property: string;
  message: string;
}

export type DefinitionResult =
  | { ok: true; survey: SurveyModel; ignored: string[]; notes?: string[] }
  | { ok: false; errors: DefinitionError[] };

/** Names a problem; a `tolerated` one, which survey-core runs anyway, is a note for the console instead. */
type Fail = (property: string, problem: string, tolerated?: boolean) => undefined;
type Json = Record<string, unknown>;
/** What `read` found; each property only when present and valid. */
interface Props {
  [property: string]: unknown;
  name?: string;
  type?: string;
  inputType?: string;
  title?: LocalizedText;
  description?: LocalizedText;
  requiredErrorText?: LocalizedText;
  minRateDescription?: LocalizedText;
  maxRateDescription?: LocalizedText;
  labelTrue?: LocalizedText;
  labelFalse?: LocalizedText;
  completedHtml?: LocalizedText;
  isRequired?: boolean;
  autoGenerate?: boolean;
  showProgressBar?: boolean;
  rateMin?: number;
  rateMax?: number;
  rateStep?: number;
  rateCount?: number;
  maxSelectedChoices?: number;
  maxLength?: number;
  choices?: Choice[];
  rateValues?: Choice[];
  rows?: Choice[];
  columns?: Choice[];
  pages?: unknown[];
  elements?: unknown[];
  visibleIf?: Condition;
}

/**
 * Reads a SurveyJS-format definition. `json` is the parsed JSON; `parseExpression` reads `visibleIf`.
 * On success, `ignored` names the presentation-only properties that were left out.
 */
export function parseDefinition(json: unknown, { parseExpression }: DefinitionOptions): DefinitionResult {
  const errors: DefinitionError[] = [];
  const ignored = new Set<string>();
  /** What survey-core tolerates and so do we, for the editor's console. */
  const notes: string[] = [];
  const names = new Set<string>();
  const references: [string[], Fail][] = [];

  const failer =
    (question?: string, at = ''): Fail =>
    (property, problem, tolerated) => {
      property = at + property;
      const message = `${question === undefined ? 'Survey' : `Question "${question}"`}: ${property} ${problem}.`;
      if (tolerated) notes.push(message);
      else errors.push({ question, property, message });
      return undefined;
    };

  const items = (list: unknown, key: string, mayBeEmpty: boolean, fail: Fail): Choice[] | undefined => {
    if (!Array.isArray(list) || (!list.length && !mayBeEmpty)) {
      return fail(key, 'needs a list of at least one item');
    }
    const values = new Set<string>();
    return list.map((item: unknown, index) => {
      const at = `${key}[${index}]`;
      let value: unknown = item;
      let text: unknown;
      if (typeof item == 'string' && item.includes('|')) {
        value = item.slice(0, item.indexOf('|'));
        text = item.slice(item.indexOf('|') + 1) || undefined;
      } else if (isObject(item)) {
        for (const property in item) {
          if (property != 'value' && property != 'text') fail(`${at}.${property}`, 'is not supported');
        }
        ({ value, text } = item);
        if (text !== undefined && !isText(text)) fail(`${at}.text`, 'needs a text, or texts by language');
      }
      if ((typeof value != 'string' && typeof value != 'number') || value === '') {
        fail(at, 'needs a value: a text or a number');
      } else if (values.has(String(value))) {
        fail(at, `repeats the value "${value}"; both are shown, as survey-core shows them`, true);
      }
      values.add(String(value));
      return { value, text: text ?? String(value) } as Choice;
    });
  };

  /** Reads the properties `allowed` (from `kinds`) has; ignores presentation-only ones and fails on the rest. */
  /** Reads the properties `allowed` has; of a question, one only another type has is ignored, as survey-core ignores it. */
  const read = (json: Json, allowed: Map<string, string | undefined>, fail: Fail, question = false): Props => {
    const props: Props = {};
    for (const [key, value] of Object.entries(json)) {
      const alias = ALIASES[key];
      const property = typeof alias == 'string' ? alias : key;
      if (!allowed.has(property)) {
        if (PRESENTATION_ONLY.has(key)) ignored.add(key);
        else if (question && Object.values(TYPES).some((own) => kinds(own).has(property))) {
          fail(key, 'is not a property of this type; it is ignored, as survey-core ignores it', true);
        } else fail(key, 'is not supported');
      } else if (property in props) {
        fail(key, `cannot be given with ${property === key ? alias : property}; use one of them`);
      } else {
        props[property] = convert(allowed.get(property), value, key, fail);
        // Even a failed property counts as given, so its alias is not reported as well.
        if (props[property] === undefined) props[property] = null;
      }
    }
    return props;
  };

  const convert = (kind: string | undefined, value: unknown, key: string, fail: Fail): unknown => {
    switch (kind) {
      case 't':
        return isText(value) ? value : fail(key, 'needs a text, or texts by language');
      case 'n':
        return (typeof value == 'number' || (typeof value == 'string' && value.trim())) && isFinite(Number(value))
          ? Number(value)
          : fail(key, 'needs a number');
      case 'b':
        return typeof value == 'boolean' ? value : fail(key, 'needs true or false');
      case 'i':
      case 'v':
        return items(value, key, kind == 'v', fail);
      case 'm': {
        if (!Array.isArray(value) || !value.length) return fail(key, 'needs a list of at least one item');
        const seen = new Set<string>();
        return value.map((item: unknown, index) => {
          const at = `${key}[${index}]`;
          if (!isObject(item)) return fail(at, 'needs an item object with a name');
          const props = read(item, kinds(TEXT_ITEM), (property, problem) => fail(`${at}.${property}`, problem));
          const name = props.name;
          if (!name) fail(`${at}.name`, 'is missing');
          else if (seen.has(name)) fail(`${at}.name`, `repeats the name "${name}"`);
          seen.add(name ?? '');
          return textItem(props, (property) => fail(`${at}.${property}`, 'needs to be text, email, number, tel or url'));
        });
      }
      case 'a':
        return Array.isArray(value) ? value : fail(key, 'needs a list');
      case 'c':
        return condition(value, key, fail);
      case 's':
        return typeof value == 'boolean' || (typeof value == 'string' && value.trim()) ? value : fail(key, 'needs true, false or a text');
      case 'p':
        // survey-core's rule: false and "off" hide the bar, a location ("top", "bottom", ...) shows it.
        return typeof value == 'boolean' || typeof value == 'string'
          ? value !== 'off' && !!value
          : fail(key, 'needs true or false');
      case 'h':
        // completedHtmlOnCondition: survey-core never picks an item without an expression; one without html shows nothing.
        if (!Array.isArray(value)) return fail(key, 'needs a list');
        return value.flatMap((item: unknown, index) => {
          const at = `${key}[${index}]`;
          if (!isObject(item)) return fail(at, 'needs an object with expression and html') ?? [];
          const { expression, html, ...rest } = item;
          for (const property in rest) fail(`${at}.${property}`, 'is not supported');
          if (html !== undefined && !isText(html)) fail(`${at}.html`, 'needs a text, or texts by language');
          const parsed = expression === undefined ? undefined : condition(expression, `${at}.expression`, fail);
          return parsed ? [{ condition: parsed, text: plainText(html as LocalizedText) ?? '', html: html ?? '' }] : [];
        });
      default:
        return typeof value == 'string' && value.trim() ? value : fail(key, 'needs a text');
    }
  };

  const condition = (source: unknown, key: string, fail: Fail): Condition | undefined => {
    if (typeof source != 'string') return fail(key, 'needs an expression text');
    if (!source.trim()) return undefined;
    try {
      const parsed = parseExpression(source);
      references.push([parsed.questions, fail]);
      return parsed;
    } catch (error) {
      return fail(key, `does not parse: ${(error as Error).message}`);
    }
  };

  const question = (json: unknown, at: string): Question | undefined => {
    if (!isObject(json)) return failer()(at, 'needs to be a question object');
    const { name, type } = json;
    let named = typeof name == 'string' && name.trim() ? name : undefined;
    const taken = (candidate: string) => [...names].some((other) => other.toLowerCase() == candidate.toLowerCase());
    if (name === undefined) {
      // survey-core names a question without a name question1, question2, …: the first not taken yet.
      let number = 1;
      while (taken(`question${number}`)) number++;
      named = `question${number}`;
      notes.push(`${at} has no name; its answer is sent as "${named}", the name survey-core gives it.`);
    }
    const fail = named ? failer(named) : failer(undefined, at + '.');
    // Names differing only in case count as the same: expression.ts reads answers in any case.
    if (named && taken(named)) {
      fail('name', 'is already the name of another question');
    } else if (named && named.length > 100) fail('name', 'is longer than 100 characters');
    if (named) names.add(named);
    const own = TYPES[type as string];
    if (typeof own != 'string') {
      return fail('type', type === undefined ? 'is missing' : `"${type}" is not a supported question type`);
    }
    const allowed = kinds(`${QUESTION} ${own}`);
    const props = read(json, allowed, fail, true);
    for (const [key, kind] of allowed) if (kind == 'i' && props[key] === undefined) fail(key, 'is missing');
    return questionModel(type as string, named ?? '', props, (property, detail) =>
      fail(
        property,
        property == 'rateStep'
          ? 'needs to be above 0'
          : property == 'rateMin'
            ? `needs to be at most rateMax (${detail})`
            : property == 'rateMax'
              ? `makes ${detail} values; at most 20 are possible`
              : property == 'inputType'
                ? `needs to be one of ${INPUT_TYPES.join(', ')}`
                : property == 'choicesOrder'
                  ? 'needs to be none, asc, desc or random'
                : property == 'choicesMax'
                  ? 'needs choicesMin, choicesMax and a choicesStep above 0 that are whole numbers'
                  : `is read only with inputType number or range, not ${detail}`,
      ),
    );
  };

  if (!isObject(json)) {
    failer()('definition', 'needs to be a JSON object');
    return { ok: false, errors };
  }
  const fail = failer();
  const survey = read(json, kinds(`${SURVEY} ${SURVEY_SETTINGS}`), fail);
  if (survey.pages && survey.elements) fail('elements', 'cannot be given with pages; use one of them');
  const pages: SurveyPage[] = [];
  const definitionPages = survey.elements ? [{ elements: survey.elements }] : (survey.pages ?? []);
  const settings = surveySettings(survey, definitionPages.length, (property, detail) =>
    property == 'showQuestionNumbers' && detail == 'recursive'
      ? fail(property, 'is "recursive": questions are numbered as with "on" (no panel numbers)', true)
      : property == 'showQuestionNumbers'
        ? fail(property, 'needs true, false, "on", "onPage" or "off"')
        : property == 'questionsOnPageMode' && detail == 'inputPerPage'
          ? fail(property, 'is "inputPerPage": read as "questionPerPage", one question a page', true)
          : property == 'questionsOnPageMode'
            ? fail(property, 'needs "standard", "singlePage" or "questionPerPage"')
            : fail(property, `is not shown: "${detail}" is not an http(s) or relative URL`, true),
  );
  definitionPages.forEach((page, index) => {
    const at = survey.elements ? '' : `pages[${index}]`;
    if (!isObject(page)) return fail(at, 'needs to be a page object');
    const props = read(page, kinds(PAGE), failer(undefined, at && at + '.'));
    const questions = (props.elements ?? []).map((element, position) =>
      question(element, `${at && at + '.'}elements[${position}]`),
    ) as Question[];
    // A start page shows even without questions (its title, description and the start button).
    if (questions.length || (settings.firstPageIsStarted && index == 0)) {
      pages.push({ name: props.name, title: props.title, description: props.description, questions, ...(props.visibleIf && { visibleIf: props.visibleIf }) });
    }
  });
  if (!pages.some((page) => page.questions.length) && !errors.length) fail('pages', 'has no questions');
  for (const [questions, failed] of references) {
    for (const name of questions) {
      // `{matrix.row}` and `{checkbox[0]}` read a part of a question's answer. In a survey, survey-core
      // finds a question only by its name in its own letter case (`{rating}` never reads `Rating`).
      const base = name.split(/[.[]/)[0]!;
      if (!names.has(name) && !names.has(base)) {
        // A name no question has reads as empty in both; one in another letter case would read a question here.
        const inOtherCase = [...names].some((other) => other.toLowerCase() == base.toLowerCase());
        failed('visibleIf', `refers to {${name}}, which is not a question${inOtherCase ? '' : '; it reads as empty, as in survey-core'}`, !inOtherCase);
      }
    }
  }
  if (errors.length) return { ok: false, errors };
  const { completedHtml } = survey;
  return {
    ok: true,
    ignored: [...ignored],
    ...(notes.length && { notes }),
    survey: {
      title: survey.title,
      description: survey.description,
      cookieName: survey.cookieName as string | undefined,
      showProgressBar: !!survey.showProgressBar,
      completedText: plainText(completedHtml),
      ...(survey.completedHtmlOnCondition ? { completedOnCondition: survey.completedHtmlOnCondition as CompletedOnCondition[] } : {}),
      completedHtml,
      ...settings,
      pages,
    },
  };
}

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
import type { AnswerValue } from './expression.js';
import {
  ALIASES,
  CLEAR_MODES,
  INPUT_TYPES,
  NOT_IN_TEMPLATE,
  PAGE,
  PANEL,
  PANEL_STATES,
  QUESTION,
  SURVEY,
  TEXT_ITEM,
  TYPES,
  isObject,
  isText,
  kinds,
  pageModel,
  panelModel,
  plainText,
  questionModel,
  textItem,
} from './read-definition.js';

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
    'hideNumber showNumber innerIndent state renderAs colCount rows cols autoGrow allowResize ' +
    'inputSize size inputTextAlignment autocomplete autoComplete dataList rateType rateDisplayMode ' +
    'scaleColorMode rateColorMode displayRateDescriptionsAsExtremeItems rateDescriptionLocation displayMode ' +
    'itemComponent cellComponent swapOrder allowClear showClearButton separateSpecialChoices showHeader ' +
    'verticalAlign alternateRows columnMinWidth rowTitleWidth cells useDisplayValuesInDynamicTexts ' +
    'useDisplayValuesInTitle defaultDisplayValue ' +
    'noneText selectAllText refuseText dontKnowText'
  ).split(' '),
);

/** The element types survey-core 2.5 knows (test/survey/definition.test.ts holds this to its own list). */
export const SURVEY_CORE_TYPES = (
  'boolean checkbox comment dropdown expression file html image imagepicker matrix matrixdropdown matrixdynamic ' +
  'multipletext panel paneldynamic radiogroup ranking rating signaturepad slider tagbox text'
).split(' ');

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
  /** `false` hides it whatever its `visibleIf` says. */
  visible?: boolean;
  visibleIf?: Condition;
  /** Shown, and its answer sent, but not to be changed: always (`readOnly`) or while `enableIf` does not hold. */
  readOnly?: boolean;
  enableIf?: Condition;
  /** The answer it starts with (logic.ts `initialAnswers`). */
  defaultValue?: AnswerValue | null;
  /** A comment box under the question (`hasComment`): what is typed goes in the answers as `<name>-Comment`. */
  showCommentArea?: boolean;
  commentText?: LocalizedText;
  commentPlaceholder?: LocalizedText;
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
/**
 * `paneldynamic`: the same questions (`templateElements`) asked again in each of a list of panels the
 * person adds and removes (questions/paneldynamic.ts). Its answer is a list of panels, each the answers
 * given in it keyed by the template questions' names, as survey-core's `survey.data` has it.
 */
export interface PanelDynamicQuestion extends QuestionBase {
  type: 'paneldynamic';
  /** Absent or empty: panels with nothing to answer, sent as `{}` each, as in survey-core. */
  templateElements?: Question[];
  /** False: no Add button (or no Remove buttons), as in survey-core. */
  allowAddPanel?: boolean;
  allowRemovePanel?: boolean;
  /** `{panelIndex}` in them is the panel's number, from 1. */
  templateTitle?: LocalizedText;
  templateDescription?: LocalizedText;
  /** The panels it starts with: at least `minPanelCount`, as survey-core raises it (questions/extras.ts). */
  panelCount?: number;
  minPanelCount?: number;
  /** survey-core's default is 100 (questions/paneldynamic.ts). */
  maxPanelCount?: number;
  panelAddText?: LocalizedText;
  panelRemoveText?: LocalizedText;
}
export type Question =
  | PanelDynamicQuestion
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

/**
 * A `panel`: questions (and panels) grouped under a title. It shows only when its `visibleIf` holds and a
 * question in it shows, as in survey-core; its `state` (`collapsed`, `expanded`) makes its title a
 * disclosure button. Panels have no answer: the questions in them are answered by their own names.
 */
export interface Panel {
  type: 'panel';
  name?: string;
  visible?: boolean;
  title?: LocalizedText;
  description?: LocalizedText;
  visibleIf?: Condition;
  state?: 'default' | 'collapsed' | 'expanded';
  elements: SurveyElement[];
}

/** What a page or panel holds. */
export type SurveyElement = Question | Panel;

/** Pages without questions are left out, as SurveyJS never shows them. */
export interface SurveyPage {
  name?: string;
  visible?: boolean;
  /** The page shows only when this holds (and it has a question shown). */
  visibleIf?: Condition;
  title?: LocalizedText;
  description?: LocalizedText;
  /** Every question on the page, those in panels too, in order. */
  questions: Question[];
  /** The page as written: its questions and panels. */
  elements: SurveyElement[];
}

/** One of `completedHtmlOnCondition`: its `expression`, and its `html` as plain text and as written. */
export interface CompletedOnCondition {
  condition: Condition;
  text: LocalizedText;
  html: LocalizedText;
}

/** When the answers of hidden questions go: never, on completing (survey-core's default), or as soon as they hide. */
export type ClearMode = 'none' | 'onComplete' | 'onHidden' | 'onHiddenContainer';

export interface SurveyModel {
  title?: LocalizedText;
  clearInvisibleValues?: ClearMode;
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
  const typesByName = new Map<string, unknown>();
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
      case 'e':
        // paneldynamic's templateElements: questions only, each answered in every panel.
        if (!Array.isArray(value)) return fail(key, 'needs a list of questions');
        return value.flatMap((item: unknown, index) => {
          const at = `${key}[${index}]`;
          if (isObject(item) && /^(panel|paneldynamic)$/i.test(String(item.type))) return fail(at, 'is a panel; a paneldynamic template holds only questions here') ?? [];
          for (const property of NOT_IN_TEMPLATE) if (isObject(item) && property in item) fail(`${at}.${property}`, 'is not supported in a paneldynamic template');
          return question(item, at) ?? [];
        });
      case 'a':
        return Array.isArray(value) ? value : fail(key, 'needs a list');
      case 'j':
        return value ?? undefined;
      case 'c':
        return condition(value, key, fail);
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
    const { name } = json;
    const type = surveyCoreType(json, at);
    // survey-core leaves out an element of a type it does not know, and so do we.
    if (!type) return undefined;
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
    // Names differing only in case count as the same: expression.ts reads answers in any case. The very
    // same name on a question of the same type is one answer shown twice, as survey-core shares it.
    if (named && taken(named)) {
      if (typesByName.get(named) === type) {
        fail('name', 'is also the name of another question; the two share one answer, as in survey-core', true);
      } else fail('name', 'is already the name of another question');
    } else if (named && named.length > 100) fail('name', 'is longer than 100 characters');
    if (named) {
      names.add(named);
      typesByName.set(named, type);
    }
    const own = TYPES[type as string];
    if (typeof own != 'string') {
      return fail('type', `"${type}" is not a supported question type`);
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
                : property == 'showCommentArea'
                  ? 'cannot be given with showOtherItem: survey-core would keep both texts as one <name>-Comment'
                : property == 'choicesMax'
                  ? 'needs choicesMin, choicesMax and a choicesStep above 0 that are whole numbers'
                  : `is read only with inputType number or range, not ${detail}`,
      ),
    );
  };

  /**
   * The question type survey-core reads `type` as, in any letter case (with a note when not in its own);
   * `undefined`, with a note, for one it does not know: survey-core leaves such an element out.
   */
  const surveyCoreType = (json: Json, at: string): string | undefined => {
    const { type, name } = json;
    const known = typeof type == 'string' ? SURVEY_CORE_TYPES.find((candidate) => candidate == type.toLowerCase()) : undefined;
    const what = typeof name == 'string' ? `Element "${name}" (${at})` : at;
    if (!known) {
      notes.push(`${what}: ${type === undefined ? 'has no type' : `type "${type}" is not a SurveyJS type`}; it is left out, as survey-core leaves it out.`);
    } else if (known != type) notes.push(`${what}: type "${type}" is read as "${known}", as survey-core reads it.`);
    return known;
  };

  /** A question, or a panel with what it holds; `undefined` when it has an error. */
  const element = (json: unknown, at: string): SurveyElement | undefined => {
    if (!isObject(json) || String(json.type).toLowerCase() != 'panel') return question(json, at);
    surveyCoreType(json, at);
    const fail = failer(undefined, `${at}.`);
    const props = read(json, kinds(PANEL), fail);
    if (props.state != null && !PANEL_STATES.includes(props.state as string)) fail('state', `needs to be one of ${PANEL_STATES.join(', ')}`);
    const elements = (props.elements ?? []).map((item, position) => element(item, `${at}.elements[${position}]`));
    return panelModel(props, elements.filter((item) => item) as SurveyElement[]);
  };

  if (!isObject(json)) {
    failer()('definition', 'needs to be a JSON object');
    return { ok: false, errors };
  }
  const fail = failer();
  const survey = read(json, kinds(SURVEY), fail);
  if (survey.pages && survey.elements) fail('elements', 'cannot be given with pages; use one of them');
  const pages: SurveyPage[] = [];
  (survey.elements ? [{ elements: survey.elements }] : (survey.pages ?? [])).forEach((page, index) => {
    const at = survey.elements ? '' : `pages[${index}]`;
    if (!isObject(page)) return fail(at, 'needs to be a page object');
    const props = read(page, kinds(PAGE), failer(undefined, at && at + '.'));
    const elements = (props.elements ?? []).map((item, position) => element(item, `${at && at + '.'}elements[${position}]`));
    const model = pageModel(props, elements.filter((item) => item) as SurveyElement[]);
    if (model) pages.push(model);
  });
  if (!pages.length && !errors.length) fail('pages', 'has no questions');
  for (const [questions, failed] of references) {
    for (const name of questions) {
      // `{matrix.row}` and `{checkbox[0]}` read a part of a question's answer. In a survey, survey-core
      // finds a question only by its name in its own letter case (`{rating}` never reads `Rating`).
      const base = name.replace(/^panel\./, '').split(/[.[]/)[0]!;
      if (!names.has(name) && !names.has(base)) {
        // A name no question has reads as empty in both; one in another letter case would read a question here.
        const inOtherCase = [...names].some((other) => other.toLowerCase() == base.toLowerCase());
        failed('visibleIf', `refers to {${name}}, which is not a question${inOtherCase ? '' : '; it reads as empty, as in survey-core'}`, !inOtherCase);
      }
    }
  }
  if (survey.clearInvisibleValues != null && !CLEAR_MODES.includes(survey.clearInvisibleValues as string)) {
    fail('clearInvisibleValues', `needs to be one of ${CLEAR_MODES.join(', ')}`);
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
      ...(survey.clearInvisibleValues ? { clearInvisibleValues: survey.clearInvisibleValues as ClearMode } : {}),
      showProgressBar: !!survey.showProgressBar,
      completedText: plainText(completedHtml),
      ...(survey.completedHtmlOnCondition ? { completedOnCondition: survey.completedHtmlOnCondition as CompletedOnCondition[] } : {}),
      completedHtml,
      pages,
    },
  };
}

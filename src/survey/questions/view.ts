import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../../i18n/localize.js';
import type { Choice, ExpressionQuestion, LocalizedText, Panel, Question, SurveyModel, SurveySettings } from '../definition.js';
import type { AnswerValue, Answers } from '../expression.js';
import type { Problem as Fail } from '../read-definition.js';
import type { SurveyTextKey } from '../texts.js';
import type { timeLimit } from '../time-limit.js';
import type { validate } from '../validators.js';
import type { validatorText } from '../../i18n/survey-validators.js';

/**
 * What the element gives a question module to render one question: its ids, answer and error, the
 * title and the text under it (description, error) as the element words them, and how to answer.
 */
export interface QuestionView {
  /** The question's id in the shadow root; its controls' ids start with it. */
  id: string;
  value: AnswerValue;
  /** Every answer in the survey, for what a question's parts show by (a matrix column's `visibleIf`, a ranking's `choicesFromQuestion`, a dynamic panel's conditions). */
  answers: Answers;
  error?: string;
  /** The ids that describe the question: its description, `extra`, its error; `nothing` when none. */
  describedBy(...extra: Array<string | false | undefined>): string | typeof nothing;
  /** The title with the required mark. */
  title: TemplateResult;
  /** The description and the error message. */
  about: TemplateResult;
  t: Localizer<SurveyTextKey>;
  /** A text in the page's language, `{name}` in it replaced by the answer; with `markup`, for HTML. */
  text(value: LocalizedText | undefined, markup?: boolean): string;
  /** Records an answer; an empty one removes it. */
  set(value: AnswerValue): void;
  /** What is typed for the "other" choice (`<name>-Comment`), and setting it. */
  comment: string;
  setComment(text: string): void;
  /** The person left the question: its error may show. */
  leave(): void;
}

/** What the element gives the panel family to render one panel: its id, heading level, and its questions shown. */
export interface PanelView {
  id: string;
  /** The level of its title's heading. */
  level: number;
  /** The questions shown now, and the errors shown among them. */
  shown: Set<Question>;
  errors: Map<Question, string>;
  /** The questions and panels in it, rendered, their titles headings of `level`. */
  body(level: number): unknown;
  text(value: LocalizedText | undefined): string;
  /** Renders the survey again (after opening or closing the panel). */
  update(): void;
  /** The survey's shadow root, which adopts the panels' styles (panel.ts). */
  root: HTMLElement | DocumentFragment;
}

/** Renders one question of a type. */
export type Renderer<Q extends Question = Question> = (question: Q, view: QuestionView) => TemplateResult;

/**
 * A question type or family: the properties each of its types reads besides the common ones (written as
 * read-definition.ts reads them), its templates, and the suffix of the id of the first control, where
 * the error summary's link goes (none: the control has the question's id).
 */
export interface QuestionModule {
  properties: Record<string, string>;
  render: Record<string, Renderer<never>>;
  firstControl?: Record<string, FirstControl>;
  /** Each type's model from its properties as read, beyond the common one (read-definition.ts `questionModel`). */
  model?: Record<string, (props: Record<string, unknown>, fail: Fail) => Record<string, unknown>>;
  /** Each type's own rule for what keeps its answer from being sent (logic.ts `problemOf`): `null` for nothing. */
  problem?: Record<string, (question: never, answers: Answers) => Problem | null>;
  /**
   * A type's answer as survey-core keeps it after any change to the answers (a ranking drops the choices
   * hidden and ranks those shown last), by type.
   */
  settle?: Record<string, (question: never, answers: Answers) => AnswerValue>;
  /** Checks what a question says of another (a ranking's `choicesFromQuestion`) once all are read: each one that does not hold, worded. */
  link?: (questions: Question[]) => Array<{ question: Question; property: string; says: string }>;
  /** Sanitised markup for `completedHtml`, as one node that stays the same for the same owner and text. */
  markup?: (owner: object, source: string) => Element;
  /** Renders a panel (questions/panel.ts). */
  panel?: (panel: Panel, view: PanelView) => TemplateResult | typeof nothing;
  /** Question extras (extras.ts). */
  extras?: {
    initialAnswers(survey: SurveyModel): Answers;
    clearHidden(survey: SurveyModel, previous: Answers, answers: Answers): Answers;
    commentBox(question: Question, view: QuestionView): TemplateResult;
  };
  /**
   * For a type whose answer holds other questions' answers (paneldynamic.ts), by type: what keeps it from
   * being sent (logic.ts `problemOf`), and the answer sent, without the answers of questions hidden in it
   * unless `keepHidden`.
   */
  nested?: Record<string, Nested>;
  /** `{name}` in `text` replaced by the answers (piping.ts); with `markup`, the answers escaped for HTML. */
  pipe?: (text: string, context: PipeContext, markup: boolean) => string;
  /** By type, the keys sent beside a question's answer, shown or hidden (a matrix's `<name>-total`) (logic.ts `surveyResult`). */
  sent?: Record<string, (question: never, answers: Answers) => Answers>;
  /** Brings up to date what a family computes in the answers (a matrix's expression cells and totals), with computed.ts's values. */
  derive?: (survey: SurveyModel, answers: Answers) => Answers;
  /** How a computed value shows (questions/expression.ts `shown`), for a family that shows one (a matrix's totals). */
  format?: (question: ExpressionQuestion, value: unknown, locale: string, text: (value: LocalizedText | undefined) => string) => string;
  /** Readers of property kinds (the letter after a colon) only this family uses, such as a matrix's columns. */
  kinds?: Record<string, KindReader>;
  /** What keeps a type's answer from being sent, in place of logic.ts's own rules for it. */
  check?: Record<string, (question: never, answers: Answers) => Problem | undefined>;
  /** Checks an answer with a question's `validators` (validators.ts, fetched like a family: it has no types; it reads them as kind `V`). */
  validate?: typeof validate;
  /** Words a validator's error in the page's language (its texts travel in the same chunk). */
  words?: typeof validatorText;
  /** The survey-level settings (settings.ts): how they are read, and the question numbers they give. */
  settings?: {
    /** Their properties, as read-definition.ts `SURVEY` lists the survey's. */
    properties: string;
    read: (props: Record<string, unknown>, pageCount: number, fail: (property: string, detail: unknown) => unknown) => SurveySettings;
    numbers: (survey: SurveyModel, answers: Answers, mode?: 'standard' | 'singlePage' | 'questionPerPage') => Map<Question, string>;
    /** The pages after any start page, as `mode` puts them; the start page's questions shown now. */
    pages: (survey: SurveyModel, answers: Answers, mode?: 'standard' | 'singlePage' | 'questionPerPage') => Question[][];
    start: (survey: SurveyModel, answers: Answers) => Question[] | undefined;
  };
  /** A survey's time limits (time-limit.ts): the properties they are read from, their reader, and the clock. */
  timeLimit?: typeof timeLimit;
  /** The survey's `triggers` (triggers.ts): what a change and Next do with them, and the names they need. */
  triggers?: typeof import('../triggers.js').triggers;
  /** Gives the heading that opens sanitised markup the id `success-title`, focusable; false when it opens with none. */
  titled?: (markup: Element) => boolean;
}

/** See `QuestionModule.nested`. */
export interface Nested {
  problem(question: Question, answers: Answers): 'required' | 'panels' | undefined;
  result(question: Question, answers: Answers, keepHidden: boolean): AnswerValue;
}

/** What `{name}` reads: the questions, the answers, and how their texts show. */
export interface PipeContext {
  questions: Question[];
  /** The questions shown now, for a quiz's counts (`{correctAnswers}`, `{questionCount}`). */
  shown?: Question[];
  answers: Answers;
  text(value: LocalizedText | undefined): string;
  yes: string;
  no: string;
}

/** The suffix of a question's first control's id, or of the control its error is about (a matrix's empty cell). */
export type FirstControl = string | ((question: never, answers: Answers) => string);

/** A problem with an answer; `survey.<problem>` is its message unless the editor words it. */
export type Problem = 'required' | 'other' | 'min' | 'max' | 'rows' | 'cells' | 'cellRange' | 'minSelectedChoices' | 'panels';

/**
 * Reads a property of a kind a family adds: `value` as given, `read` for the properties of an object
 * in it (as the survey's own are read: aliases, and in the checker presentation-only ones ignored),
 * `fail` for a problem (the fast pass stops, the checker names it), both at a place such as `[0].name`.
 */
export type KindReader = (value: unknown, host: KindHost) => unknown;
export interface KindHost {
  read(json: unknown, properties: string, at: string): Record<string, unknown>;
  fail(at: string, problem: string): undefined;
  /** A name among the questions' (calculatedValues'): the fast pass then refuses a question of the same name. */
  name?(name: string): void;
}

/** A choice, rating value or matrix column as a control offers it; a boolean's are `true` and `false`. */
export type Option = Omit<Choice, 'value'> & { value: Choice['value'] | boolean };

/** A question as a fieldset: a group of radios or checkboxes under its title. */
export const fieldset = (view: QuestionView, body: unknown, describedBy = view.describedBy()) =>
  html`<fieldset class="question" part="question" aria-describedby=${describedBy} @focusout=${view.leave}>
    <legend>${view.title}</legend>
    ${view.about} ${body}
  </fieldset>`;

/**
 * Native radios (or checkboxes) named `group`, with ids `${prefix}0`, `${prefix}1`, …; `pick` gives the
 * answer when one is checked or unchecked. With `full`, unchecked boxes are disabled.
 */
export const options = (
  view: QuestionView,
  choices: Option[],
  group: string,
  prefix: string,
  isChecked: (choice: Option) => boolean,
  pick: (choice: Option, checked: boolean) => AnswerValue,
  { checkbox = false, full = false, describe = (_at: number): string | undefined => undefined } = {},
) =>
  choices.map((choice, at) => {
    const checked = isChecked(choice);
    return html`<span class="choice">
      <input type=${checkbox ? 'checkbox' : 'radio'} id=${prefix + at} name=${group} value=${String(choice.value)}
        .checked=${checked} ?disabled=${(full && !checked) || (!!choice.enableIf && !choice.enableIf.evaluate(view.answers))} aria-describedby=${describe(at) ?? nothing}
        @change=${(event: Event) => view.set(pick(choice, (event.target as HTMLInputElement).checked))} />
      <label for=${prefix + at}>${view.text(choice.text)}</label>
    </span>`;
  });

/** One choice among `choices`, as radios. */
export const single = (view: QuestionView, choices: Option[]) =>
  options(view, choices, view.id, `${view.id}-`, (choice) => view.value === choice.value, (choice) => choice.value as AnswerValue);

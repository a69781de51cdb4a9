import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../../i18n/localize.js';
import type { Choice, LocalizedText, Panel, Question, SurveyModel } from '../definition.js';
import type { AnswerValue, Answers } from '../expression.js';
import type { SurveyTextKey } from '../texts.js';

/**
 * What the element gives a question module to render one question: its ids, answer and error, the
 * title and the text under it (description, error) as the element words them, and how to answer.
 */
export interface QuestionView {
  /** The question's id in the shadow root; its controls' ids start with it. */
  id: string;
  value: AnswerValue;
  /** Every answer in the survey, as conditions in the question read them. */
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

/** What the element gives the panel family to render one panel: its id, title, heading level and what it holds. */
export interface PanelView {
  id: string;
  /** The title in the page's language; empty when it has none. */
  title: string;
  /** The level of its title's heading. */
  level: number;
  open: boolean;
  /** Opens or closes it. */
  toggle(): void;
  /** The questions and panels in it, rendered. */
  body: unknown;
  text(value: LocalizedText | undefined): string;
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
  firstControl?: Record<string, string>;
  /** Sanitised markup for `completedHtml`, as one node that stays the same for the same owner and text. */
  markup?: (owner: object, source: string) => Element;
  /** Renders a panel (questions/panel.ts). */
  panel?: (panel: Panel, view: PanelView) => TemplateResult;
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
}

/** See `QuestionModule.nested`. */
export interface Nested {
  problem(question: Question, answers: Answers): 'required' | 'panels' | undefined;
  result(question: Question, answers: Answers, keepHidden: boolean): AnswerValue;
}

/** What `{name}` reads: the questions, the answers, and how their texts show. */
export interface PipeContext {
  questions: Question[];
  answers: Answers;
  text(value: LocalizedText | undefined): string;
  yes: string;
  no: string;
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
        .checked=${checked} ?disabled=${full && !checked} aria-describedby=${describe(at) ?? nothing}
        @change=${(event: Event) => view.set(pick(choice, (event.target as HTMLInputElement).checked))} />
      <label for=${prefix + at}>${view.text(choice.text)}</label>
    </span>`;
  });

/** One choice among `choices`, as radios. */
export const single = (view: QuestionView, choices: Option[]) =>
  options(view, choices, view.id, `${view.id}-`, (choice) => view.value === choice.value, (choice) => choice.value as AnswerValue);

import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../../i18n/localize.js';
import type { Choice, LocalizedText, Question, SurveyModel, SurveySettings } from '../definition.js';
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
  error?: string;
  /** The ids that describe the question: its description, `extra`, its error; `nothing` when none. */
  describedBy(...extra: Array<string | false | undefined>): string | typeof nothing;
  /** The title with the required mark. */
  title: TemplateResult;
  /** The description and the error message. */
  about: TemplateResult;
  t: Localizer<SurveyTextKey>;
  /** A text in the page's language. */
  text(value: LocalizedText | undefined): string;
  /** Records an answer; an empty one removes it. */
  set(value: AnswerValue): void;
  /** What is typed for the "other" choice (`<name>-Comment`), and setting it. */
  comment: string;
  setComment(text: string): void;
  /** The person left the question: its error may show. */
  leave(): void;
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
  /** Gives the heading that opens sanitised markup the id `success-title`, focusable; false when it opens with none. */
  titled?: (markup: Element) => boolean;
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

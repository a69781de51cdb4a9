import { html, nothing } from 'lit';
import type { CheckboxQuestion, Choice, DropdownQuestion, LocalizedText, OtherChoice, RadiogroupQuestion } from '../definition.js';
import type { AnswerValue } from '../expression.js';
import { OTHER } from '../read-definition.js';
import { fieldset, options, single, type Option, type QuestionModule, type QuestionView } from './view.js';

/**
 * Choices: `radiogroup` (one, as radios), `dropdown` (one, from a native select; the answer is the
 * choice's value), `checkbox` (several; the answer is a list in the order ticked, as survey-core keeps
 * it: `{topics[0]}` is the first ticked).
 */
export const OTHER_PROPERTIES = 'showOtherItem:b otherText:t otherPlaceholder:t otherErrorText:t choicesOrder';

// A random order is drawn once a question, so it stays while the person answers.
const shuffled = new WeakMap<object, Choice[]>();

/**
 * The choices in `choicesOrder`, as survey-core orders them: `asc` and `desc` by the text shown (numbers
 * as numbers), `random` shuffled; `none` as written.
 */
export function ordered(question: { choices: Choice[]; choicesOrder?: string }, text: (choice: Choice) => string): Choice[] {
  const { choices, choicesOrder } = question;
  if (choicesOrder == 'random') {
    if (!shuffled.has(question)) {
      const order = [...choices];
      for (let at = order.length - 1; at > 0; at--) {
        const other = Math.floor(Math.random() * (at + 1));
        [order[at], order[other]] = [order[other]!, order[at]!];
      }
      shuffled.set(question, order);
    }
    return shuffled.get(question)!;
  }
  if (choicesOrder != 'asc' && choicesOrder != 'desc') return choices;
  const number = (value: string) => (value.trim() && isFinite(+value) ? +value : NaN);
  const sorted = [...choices].sort((a, b) => {
    const [x, y] = [text(a), text(b)];
    const [m, n] = [number(x), number(y)];
    return m == m && n == n ? m - n : x < y ? -1 : x > y ? 1 : 0;
  });
  return choicesOrder == 'asc' ? sorted : sorted.reverse();
}
export const properties = {
  radiogroup: `choices:q ${OTHER_PROPERTIES}`,
  dropdown: `choices:q placeholder:t choicesMin:n choicesMax:n choicesStep:n ${OTHER_PROPERTIES}`,
  checkbox: `choices:q maxSelectedChoices:n ${OTHER_PROPERTIES}`,
};

/** The choices with the "other" one last, when the question has it. */
export const withOther = (question: OtherChoice & { choices: Choice[]; choicesOrder?: string }, view: QuestionView): Option[] => {
  // The choices their visibleIf shows now.
  const choices = ordered(question, (choice) => view.text(choice.text)).filter((choice) => !choice.visibleIf || choice.visibleIf.evaluate(view.answers));
  return question.showOtherItem ? [...choices, { value: OTHER, text: view.text(question.otherText) || view.t.t('survey.other') }] : choices;
};

/** The text box for the "other" choice, while it is chosen. */
export const otherBox = (question: OtherChoice, view: QuestionView, chosen: boolean) =>
  chosen
    ? html`<input class="other" id="${view.id}-other" type="text" .value=${view.comment}
        aria-label=${view.text(question.otherText) || view.t.t('survey.other')} placeholder=${view.text(question.otherPlaceholder) || nothing}
        aria-describedby=${view.describedBy()} @input=${(event: Event) => view.setComment((event.target as HTMLInputElement).value)} />`
    : nothing;

/**
 * A native select of `choices` (by their place, so that a number stays a number) under the question's
 * title, with the "other" box while it is chosen. The placeholder's value is empty: choosing it again
 * takes the answer back (`+''` would be the first choice). Shared with choice-extras.ts.
 */
export const select = (question: OtherChoice & { placeholder?: LocalizedText }, view: QuestionView, choices: Option[]) => {
  const { id, error } = view;
  const onChange = ({ target }: Event) => {
    const at = (target as HTMLSelectElement).value;
    view.set(at === '' ? undefined : (choices[+at]?.value as AnswerValue));
  };
  return html`<div class="question field" part="question" @focusout=${view.leave}>
    <label for=${id}>${view.title}</label>
    ${view.about}
    <select id=${id} aria-invalid=${error ? 'true' : nothing} aria-describedby=${view.describedBy()} @change=${onChange}>
      <option value="" .selected=${view.value === undefined}>${view.text(question.placeholder) || view.t.t('survey.choose')}</option>
      ${choices.map((choice, at) => html`<option value=${at} .selected=${view.value === choice.value} ?disabled=${!!choice.enableIf && !choice.enableIf.evaluate(view.answers)}>${view.text(choice.text)}</option>`)}
    </select>
    ${otherBox(question, view, view.value === OTHER)}
  </div>`;
};

export const render: QuestionModule['render'] = {
  radiogroup: (question: RadiogroupQuestion, view) =>
    fieldset(view, html`${single(view, withOther(question, view))} ${otherBox(question, view, view.value === OTHER)}`),
  dropdown: (question: DropdownQuestion, view) => select(question, view, withOther(question, view)),
  checkbox: (question: CheckboxQuestion, view) => {
    const { id, t } = view;
    const max = question.maxSelectedChoices;
    const ticked: unknown[] = Array.isArray(view.value) ? view.value : [];
    const full = !!max && ticked.length >= max;
    const others = (value: unknown) => ticked.filter((item) => item !== value);
    return fieldset(
      view,
      html`${max ? html`<p class="vt-note" id="${id}-limit">${t.t(full ? 'survey.maxReached' : 'survey.maxChoices', { count: max })}</p>` : nothing}
      ${options(
        view,
        withOther(question, view),
        id,
        `${id}-`,
        (choice) => ticked.includes(choice.value),
        (choice, checked) => (checked ? [...others(choice.value), choice.value] : others(choice.value)) as string[],
        { checkbox: true, full },
      )}
      ${otherBox(question, view, ticked.includes(OTHER))}`,
      view.describedBy(!!max && `${id}-limit`),
    );
  },
};

export const firstControl = { radiogroup: '-0', checkbox: '-0' };

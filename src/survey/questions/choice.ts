import { html, nothing } from 'lit';
import type { CheckboxQuestion, DropdownQuestion, RadiogroupQuestion } from '../definition.js';
import { fieldset, options, single, type QuestionModule } from './view.js';

/**
 * Choices: `radiogroup` (one, as radios), `dropdown` (one, from a native select; the answer is the
 * choice's value), `checkbox` (several; the answer is a list in the order ticked, as survey-core keeps
 * it: `{topics[0]}` is the first ticked).
 */
export const properties = {
  radiogroup: 'choices:i',
  dropdown: 'choices:i placeholder:t choicesMin:n choicesMax:n choicesStep:n',
  checkbox: 'choices:i maxSelectedChoices:n',
};

export const render: QuestionModule['render'] = {
  radiogroup: (question: RadiogroupQuestion, view) => fieldset(view, single(view, question.choices)),
  dropdown: (question: DropdownQuestion, view) => {
    const { id, error } = view;
    // Options by their place, so that a number stays a number.
    const onChange = (event: Event) => view.set(question.choices[+(event.target as HTMLSelectElement).value]?.value);
    return html`<div class="question field" part="question" @focusout=${view.leave}>
      <label for=${id}>${view.title}</label>
      ${view.about}
      <select id=${id} aria-invalid=${error ? 'true' : nothing} aria-describedby=${view.describedBy()} @change=${onChange}>
        <option value="" .selected=${view.value === undefined}>${view.text(question.placeholder) || view.t.t('survey.choose')}</option>
        ${question.choices.map(
          (choice, at) => html`<option value=${at} .selected=${view.value === choice.value}>${view.text(choice.text)}</option>`,
        )}
      </select>
    </div>`;
  },
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
        question.choices,
        id,
        `${id}-`,
        (choice) => ticked.includes(choice.value),
        (choice, checked) => (checked ? [...others(choice.value), choice.value] : others(choice.value)) as string[],
        { checkbox: true, full },
      )}`,
      view.describedBy(!!max && `${id}-limit`),
    );
  },
};

export const firstControl = { radiogroup: '-0', checkbox: '-0' };

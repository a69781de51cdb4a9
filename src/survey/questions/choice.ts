import { html, nothing } from 'lit';
import type { CheckboxQuestion, RadiogroupQuestion } from '../definition.js';
import { fieldset, options, single, type QuestionModule } from './view.js';

/**
 * Choices: `radiogroup` (one, as radios), `checkbox` (several; the answer is a list in the order ticked,
 * as survey-core keeps it: `{topics[0]}` is the first ticked).
 */
export const properties = {
  radiogroup: 'choices:i',
  checkbox: 'choices:i maxSelectedChoices:n',
};

export const render: QuestionModule['render'] = {
  radiogroup: (question: RadiogroupQuestion, view) => fieldset(view, single(view, question.choices)),
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

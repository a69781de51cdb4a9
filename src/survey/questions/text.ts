import { html, nothing } from 'lit';
import type { CommentQuestion, TextQuestion } from '../definition.js';
import type { QuestionModule, QuestionView } from './view.js';

/**
 * Typed answers: `text` (one line; a number for `inputType` `number`, as survey-core keeps it) and
 * `comment` (several lines). The answer is the text as typed.
 */
export const properties = {
  comment: 'maxLength:n',
  text: 'inputType maxLength:n',
};

const field = (question: TextQuestion | CommentQuestion, view: QuestionView) => {
  const { id, error } = view;
  const shown = view.value === undefined ? '' : String(view.value);
  const number = question.type == 'text' && question.inputType == 'number';
  const onInput = (event: Event) => {
    const raw = (event.target as HTMLInputElement).value;
    view.set(number && raw.trim() && isFinite(+raw) ? +raw : raw);
  };
  return html`<div class="question field" part="question" @focusout=${view.leave}>
    <label for=${id}>${view.title}</label>
    ${view.about}
    ${question.type == 'comment'
      ? html`<textarea id=${id} rows="4" maxlength=${question.maxLength ?? nothing} aria-invalid=${error ? 'true' : nothing}
          aria-describedby=${view.describedBy()} .value=${shown} @input=${onInput}></textarea>`
      : html`<input id=${id} type=${question.inputType} inputmode=${number ? 'decimal' : nothing}
          maxlength=${question.maxLength ?? nothing} aria-invalid=${error ? 'true' : nothing} aria-describedby=${view.describedBy()}
          .value=${shown} @input=${onInput} />`}
  </div>`;
};

export const render: QuestionModule['render'] = { text: field, comment: field };

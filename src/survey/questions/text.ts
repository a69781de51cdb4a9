import { html, nothing } from 'lit';
import type { CommentQuestion, TextQuestion } from '../definition.js';
import type { QuestionModule, QuestionView } from './view.js';

/**
 * Typed answers: `text` (one line, in the browser's own control for its `inputType`: a date picker, a
 * slider, …; a number for `number` and `range`, as survey-core keeps it) and `comment` (several lines).
 * The answer is the text as typed (a date as `2026-12-06`).
 */
export const properties = {
  comment: 'maxLength:n placeholder:t',
  text: 'inputType maxLength:n placeholder:t min:n max:n step:n',
};

const field = (question: TextQuestion | CommentQuestion, view: QuestionView) => {
  const { id, error } = view;
  const shown = view.value === undefined ? '' : String(view.value);
  const text = question.type == 'text' ? question : undefined;
  const number = text?.inputType == 'number' || text?.inputType == 'range';
  const placeholder = view.text(question.placeholder) || nothing;
  const onInput = (event: Event) => {
    const raw = (event.target as HTMLInputElement).value;
    view.set(number && raw.trim() && isFinite(+raw) ? +raw : raw);
  };
  return html`<div class="question field" part="question" @focusout=${view.leave}>
    <label for=${id}>${view.title}</label>
    ${view.about}
    ${question.type == 'comment'
      ? html`<textarea id=${id} rows="4" maxlength=${question.maxLength ?? nothing} placeholder=${placeholder} aria-invalid=${error ? 'true' : nothing}
          aria-describedby=${view.describedBy()} .value=${shown} @input=${onInput}></textarea>`
      : html`<input id=${id} type=${text!.inputType} inputmode=${text!.inputType == 'number' ? 'decimal' : nothing}
          maxlength=${question.maxLength ?? nothing} placeholder=${placeholder} min=${text!.min ?? nothing} max=${text!.max ?? nothing}
          step=${text!.step ?? nothing} aria-invalid=${error ? 'true' : nothing} aria-describedby=${view.describedBy()}
          .value=${shown} @input=${onInput} />`}
  </div>`;
};

export const render: QuestionModule['render'] = { text: field, comment: field };

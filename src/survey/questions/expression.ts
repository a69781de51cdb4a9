import { html } from 'lit';
import { run } from '../computed.js';
import type { ExpressionQuestion } from '../definition.js';
import { install } from '../functions.js';
import { COMPUTE } from '../logic.js';
import type { QuestionModule } from './view.js';

/**
 * `expression`: a value the survey computes from other answers (a total, a score), shown read-only and
 * sent as an answer, as survey-core sends it. A chunk of its own with arithmetic, functions (functions.ts)
 * and computed values (computed.ts), fetched only for a definition that computes something
 * (registry.ts). The value shows in an `<output>`, labelled by the title: a polite live region, so a
 * screen reader hears a new total without moving there.
 */
install();
COMPUTE.run = run;

export const properties = { expression: 'expression:c' };

export const render: QuestionModule['render'] = {
  expression: (_question: ExpressionQuestion, view) => {
    const { value } = view as { value: unknown };
    const shown = value == null ? '' : value instanceof Date ? value.toLocaleDateString() : String(value);
    return html`<div class="question field" part="question">
      <label for=${view.id}>${view.title}</label>
      ${view.about}
      <output id=${view.id} class="computed" aria-describedby=${view.describedBy()}>${shown}</output>
    </div>`;
  },
};

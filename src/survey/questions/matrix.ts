import { html } from 'lit';
import type { MatrixQuestion } from '../definition.js';
import { fieldset, options, type QuestionModule } from './view.js';

/** `matrix`: one radio group a row. The answer is `{ row: column }` for the rows answered. */
export const properties = { matrix: 'rows:i columns:i isAllRowRequired:b' };

export const render: QuestionModule['render'] = {
  matrix: (question: MatrixQuestion, view) => {
    const { id } = view;
    const rows = (view.value ?? {}) as Record<string, string | number>;
    return fieldset(
      view,
      question.rows.map(
        (row, r) => html`<fieldset class="matrix-row">
          <legend>${view.text(row.text)}</legend>
          <div class="choices">
            ${options(view, question.columns, `${id}-r${r}`, `${id}-r${r}-c`, (column) => rows[row.value] === column.value, (column) => ({
              ...rows,
              [row.value]: column.value as string | number,
            }))}
          </div>
        </fieldset>`,
      ),
    );
  },
};

export const firstControl = { matrix: '-r0-c0' };

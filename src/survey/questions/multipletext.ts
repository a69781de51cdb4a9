import { html, nothing } from 'lit';
import type { MultipleTextQuestion } from '../definition.js';
import { TEXT_ITEM, textItem } from '../read-definition.js';
import { fieldset, type QuestionModule, type QuestionView } from './view.js';

/** `multipletext`: a chunk of its own, fetched only for a definition that has one. */
export const properties = { multipletext: 'items:m' };

/** multipletext items, as the fast pass reads them (the checker reads them itself): each a text box, keyed by its name in the answer. */
export const kinds: QuestionModule['kinds'] = {
  m: (value, { read, fail }) => {
    const seen = new Set<string>();
    return (Array.isArray(value) && value.length ? value : [fail('items', 'a list')]).map((item: unknown) => {
      const props = read(item, TEXT_ITEM, 'items');
      const name = props.name as string;
      if (!name || seen.has(name)) fail('items', 'a name');
      seen.add(name);
      return textItem(props, (property) => fail(`items.${property}`, 'unsupported'));
    });
  },
};

export const firstControl = { multipletext: '-0' };

/** `multipletext`: a labelled text box an item; the answer is `{ item: text }` for the items filled in. */
const multiple = (question: MultipleTextQuestion, view: QuestionView) => {
  const answer = (view.value ?? {}) as Record<string, string | number>;
  return fieldset(
    view,
    question.items.map((item, at) => {
      const id = `${view.id}-${at}`;
      const onInput = (event: Event) => {
        const raw = (event.target as HTMLInputElement).value;
        const next = { ...answer, [item.name]: item.inputType == 'number' && raw.trim() && isFinite(+raw) ? +raw : raw };
        // An emptied box leaves the answer, as survey-core keeps only the items filled in.
        if (!raw) delete next[item.name];
        view.set(next);
      };
      return html`<div class="field">
        <label for=${id}>${view.text(item.title)}</label>
        <input id=${id} type=${item.inputType} inputmode=${item.inputType == 'number' ? 'decimal' : nothing}
          maxlength=${item.maxLength ?? nothing} placeholder=${view.text(item.placeholder) || nothing}
          .value=${String(answer[item.name] ?? '')} @input=${onInput} />
      </div>`;
    }),
  );
};

export const render: QuestionModule['render'] = { multipletext: multiple };

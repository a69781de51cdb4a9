import { html, nothing } from 'lit';
import type { QuestionModule } from './view.js';

/**
 * `panel`: questions grouped under a title. A chunk of its own, fetched only for a definition that has
 * panels (the page reads them without it, src/survey/read-definition.ts). A titled panel is a group
 * named by its title, a heading one level deeper for each panel it is in; with a `state`, the title is a
 * disclosure button (the WAI-ARIA disclosure pattern: a button in the heading, `aria-expanded`).
 */
export const properties = {};
export const render = {};

export const panel: QuestionModule['panel'] = (panel, view) => {
  const { id, title, level, open } = view;
  const description = view.text(panel.description);
  return html`<div class="panel" part="panel" role=${title ? 'group' : nothing} aria-labelledby=${title ? `${id}-title` : nothing}
    aria-describedby=${title && description ? `${id}-description` : nothing}>
    ${title
      ? html`<div class="panel-title" role="heading" aria-level=${Math.min(level, 6)} id="${id}-title">
          ${panel.state == 'collapsed' || panel.state == 'expanded'
            ? html`<button class="disclosure" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="${id}-body" @click=${view.toggle}>${title}</button>`
            : title}
        </div>`
      : nothing}
    ${description ? html`<p class="vt-note" id="${id}-description">${description}</p>` : nothing}
    <div class="panel-body" id="${id}-body" ?hidden=${!open}>${view.body}</div>
  </div>`;
};

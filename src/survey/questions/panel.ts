import { html, nothing } from 'lit';
import type { Panel, Question, SurveyElement } from '../definition.js';
import type { QuestionModule } from './view.js';

/**
 * `panel`: questions grouped under a title. A chunk of its own, fetched only for a definition that has
 * panels (the page reads them without it, src/survey/read-definition.ts). A titled panel is a group
 * named by its title, a heading one level deeper for each panel it is in; with a `state`, the title is a
 * disclosure button (the WAI-ARIA disclosure pattern: a button in the heading, `aria-expanded`).
 */
export const properties = {};
export const render = {};

/** Panels the person has opened or closed; the others are as their `state` says. */
const opened = new WeakMap<Panel, boolean>();

/** The questions shown in a panel and the panels in it. */
const shownIn = (elements: SurveyElement[], shown: Set<Question>): Question[] =>
  elements.flatMap((element) => (element.type == 'panel' ? shownIn(element.elements, shown) : shown.has(element) ? [element] : []));

/**
 * A panel holding a question shown, else nothing. One with an error shown in it opens, so that the error
 * summary's links lead to visible fields.
 */
export const panel: QuestionModule['panel'] = (panel, view) => {
  const inside = shownIn(panel.elements, view.shown);
  if (!inside.length) return nothing;
  if (inside.some((question) => view.errors.has(question))) opened.set(panel, true);
  const open = opened.get(panel) ?? panel.state != 'collapsed';
  const toggle = () => {
    opened.set(panel, !open);
    view.update();
  };
  const { id, level } = view;
  const title = view.text(panel.title);
  const description = view.text(panel.description);
  return html`<div class="panel" part="panel" role=${title ? 'group' : nothing} aria-labelledby=${title ? `${id}-title` : nothing}
    aria-describedby=${title && description ? `${id}-description` : nothing}>
    ${title
      ? html`<div class="panel-title" role="heading" aria-level=${Math.min(level, 6)} id="${id}-title">
          ${panel.state == 'collapsed' || panel.state == 'expanded'
            ? html`<button class="disclosure" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="${id}-body" @click=${toggle}>${title}</button>`
            : title}
        </div>`
      : nothing}
    ${description ? html`<p class="vt-note" id="${id}-description">${description}</p>` : nothing}
    <div class="panel-body" id="${id}-body" ?hidden=${!open}>${view.body(title ? level + 1 : level)}</div>
  </div>`;
};

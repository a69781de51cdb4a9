import { css, html, nothing } from 'lit';
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

/**
 * The panels' styles, this chunk's own (pages without panels do not download them): adopted by the
 * survey's shadow root as a constructable stylesheet when a panel is first rendered, before it paints.
 */
const styles = css`
  /* A panel: its questions set in under its title. */
  .panel {
    margin: var(--_space) 0;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_border);
  }

  .panel-title {
    margin-bottom: 0.5rem;
    font-size: 1.1em;
    font-weight: 700;
  }

  /* The title of a panel that opens and closes: a full-width button with a turning arrow. */
  .disclosure {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    width: 100%;
    padding: 0.25rem 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .disclosure::before {
    content: '';
    border-block: 0.35em solid transparent;
    border-inline-start: 0.5em solid currentColor;
  }

  .disclosure[aria-expanded='true']::before {
    transform: rotate(90deg);
  }
`;

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
  const { root } = view;
  const sheet = styles.styleSheet;
  if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
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

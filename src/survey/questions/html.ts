import DOMPurify from 'dompurify';
import { html } from 'lit';
import type { HtmlQuestion } from '../definition.js';
import { plain } from '../read-definition.js';
import type { QuestionModule } from './view.js';

/**
 * `html`: markup the page's editor wrote, shown but never run; it asks nothing and has no answer. Also
 * the markup of `completedHtml`. A chunk of its own, with DOMPurify, fetched only for a definition that
 * has markup.
 *
 * Allowed: text-level and block elements, tables, links (http, https, mailto; they open in a new tab
 * with `rel="noopener noreferrer"`) and images (one without `alt` is taken as decoration: `alt=""`). Scripts, styles, forms, frames, event handlers, `style`,
 * `class`, `id` and other URL schemes are removed. DOMPurify parses in an inert document and gives
 * nodes, never a string for a sink; under Trusted Types it uses its `dompurify` policy, which a page
 * that enforces them lists in its `trusted-types` directive (without it the markup shows as plain text).
 */
export const properties = { html: 'html:t' };

const purify = DOMPurify(window);
const CONFIG = {
  ALLOWED_TAGS: (
    'a abbr b bdi bdo blockquote br caption cite code dd del dfn div dl dt em figcaption figure h1 h2 h3 h4 h5 h6 hr i img ' +
    'ins kbd li mark ol p pre q s samp small span strong sub sup table tbody td tfoot th thead time tr u ul var wbr'
  ).split(' '),
  ALLOWED_ATTR: 'href src alt title width height colspan rowspan scope lang dir start reversed datetime'.split(' '),
  // http(s), mailto and relative URLs only.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  ALLOW_DATA_ATTR: false,
  RETURN_DOM_FRAGMENT: true as const,
};
purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName == 'A' && node.hasAttribute('href')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
  // An image the editor gave no text is taken as decoration, rather than read out by its file name.
  if (node.nodeName == 'IMG' && !node.hasAttribute('alt')) node.setAttribute('alt', '');
});

/** The markup as safe nodes; plain text when it cannot be parsed safely here (Trusted Types without the policy). */
export function sanitize(markup: string): DocumentFragment {
  try {
    // Nothing at all for markup it finds no body in.
    return purify.sanitize(markup, CONFIG) ?? document.createDocumentFragment();
  } catch (error) {
    console.warn('vertaistuki-widgets: <vt-survey> shows HTML as plain text; a page enforcing Trusted Types allows the "dompurify" policy.', error);
    const fragment = document.createDocumentFragment();
    fragment.append(plain(markup));
    return fragment;
  }
}

// One node a markup text and question, kept while shown: a link focused inside it stays focused on re-render.
const shown = new WeakMap<object, Map<string, Element>>();

/** The markup in a `div` that stays the same node for the same `owner` and text (completedHtml too). */
export function markup(owner: object, source: string): Element {
  const nodes = shown.get(owner) ?? new Map<string, Element>();
  shown.set(owner, nodes);
  let node = nodes.get(source);
  if (!node) {
    node = document.createElement('div');
    node.append(sanitize(source));
    nodes.set(source, node);
  }
  return node;
}

/**
 * The completed message's heading: the heading that opens `markup` (nothing read before it) gets the id
 * `success-title` and can take the focus, so that it is announced; false when the markup opens with none.
 */
export function titled(markup: Element): boolean {
  const heading = markup.firstElementChild;
  const opens = !!heading && /^H[1-6]$/.test(heading.tagName) && markup.textContent!.trim().startsWith(heading.textContent!.trim());
  if (opens) Object.assign(heading, { id: 'success-title', tabIndex: -1 });
  return opens;
}

export const render: QuestionModule['render'] = {
  html: (question: HtmlQuestion, view) => html`<div class="question markup" part="question">${markup(question, view.text(question.html, true))}</div>`,
};

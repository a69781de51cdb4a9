/**
 * HTML built with a tagged template that escapes every interpolated value, so that what people typed
 * (names, answers, organisations) can only ever reach the admin page as text. Markup produced by
 * another `html` template, or a list of them, is inserted as it is; nothing else is.
 */

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Markup that has been built by `html` (or `raw` for constant markup written in this code). */
export class SafeHtml {
  /** @param {string} value */
  constructor(value) {
    this.value = value;
  }

  toString() {
    return this.value;
  }
}

/** @param {unknown} value */
export function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (char) => ESCAPES[/** @type {keyof typeof ESCAPES} */ (char)]);
}

/** @param {unknown} value @returns {string} */
function render(value) {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(value);
}

/**
 * @param {TemplateStringsArray} strings
 * @param {...unknown} values
 * @returns {SafeHtml}
 */
export function html(strings, ...values) {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Constant markup written in this code base (never data). */
export function raw(/** @type {string} */ markup) {
  return new SafeHtml(markup);
}

/**
 * CSV for spreadsheets (RFC 4180: quoted where needed, CRLF, UTF-8 with a byte order mark so Excel reads
 * ä and ö). A text cell that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a
 * tab or a carriage return, also after leading spaces) gets a `'` in front: "CSV injection" is how a
 * name like `=HYPERLINK(...)` typed into a public form attacks whoever opens the export.
 */

const FORMULA_START = /^[\s]*[=+\-@]|^[\t\r]/;

/** @param {unknown} value */
export function neutralise(value) {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * @param {unknown} value
 * @param {string} delimiter
 */
export function csvCell(value, delimiter = ',') {
  if (value === null || value === undefined) return '';
  const safe = neutralise(value);
  const text =
    typeof safe === 'string' ? safe : typeof safe === 'object' ? JSON.stringify(safe) : String(safe);
  return text.includes('"') || text.includes(delimiter) || /[\r\n]/.test(text) || text !== text.trim()
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

/**
 * @param {string[]} header
 * @param {unknown[][]} rows
 * @param {string} [delimiter]  `,` (default) or `;` (Excel with Finnish regional settings)
 */
export function toCsv(header, rows, delimiter = ',') {
  const line = (/** @type {unknown[]} */ cells) => cells.map((cell) => csvCell(cell, delimiter)).join(delimiter);
  return `\uFEFF${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}

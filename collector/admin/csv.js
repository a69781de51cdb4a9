/**
 * CSV for spreadsheets (RFC 4180: quoted where needed, CRLF, UTF-8 with a byte order mark so Excel reads
 * ä and ö). A text cell that a spreadsheet would run as a formula gets a `'` in front: "CSV injection"
 * is how a name like `=HYPERLINK(...)` typed into a public form attacks whoever opens the export.
 * A formula starts with `=`, `+`, `-` or `@` (or their fullwidth forms, which some spreadsheets
 * normalise), also after spaces or zero-width characters; or with a tab or a carriage return.
 * Phone numbers and plain numbers (`+358 40 123 4567`, `-3`) are left as they are: made of digits,
 * spaces and `( ) . / -` only, a spreadsheet can at most compute them, never call anything.
 */

import { SLICE, breathe } from './breathe.js';

const FORMULA_START = /^[\s\u200B-\u200D\u2060\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;
const PLAIN_NUMBER = /^ *[+-]?[\d ()./-]*\d[\d ()./-]*$/;

/** @param {unknown} value */
export function neutralise(value) {
  return typeof value === 'string' && FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
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
 * @returns {Promise<string>}  written in slices, so that a big export does not stall other requests
 */
export async function toCsv(header, rows, delimiter = ',') {
  const line = (/** @type {unknown[]} */ cells) => cells.map((cell) => csvCell(cell, delimiter)).join(delimiter);
  const lines = [line(header)];
  for (const [index, row] of rows.entries()) {
    if (index % (SLICE * 4) === SLICE * 4 - 1) await breathe();
    lines.push(line(row));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

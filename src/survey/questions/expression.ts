import { html } from 'lit';
import { run } from '../computed.js';
import type { ExpressionQuestion } from '../definition.js';
import { install } from '../functions.js';
import { COMPUTE } from '../logic.js';
import { CALCULATED } from '../read-definition.js';
import type { QuestionModule } from './view.js';

/**
 * `expression`: a value the survey computes from other answers (a total, a score), shown read-only and
 * sent as an answer, as survey-core sends it. A chunk of its own with arithmetic, functions (functions.ts)
 * and computed values (computed.ts), fetched only for a definition that computes something
 * (registry.ts). The value shows in an `<output>`, labelled by the title: a polite live region, so a
 * screen reader hears a new total without moving there.
 *
 * As survey-core shows it: `displayStyle` `decimal`, `currency` (`currency`, USD by default) or `percent`
 * in the page's language, with `minimumFractionDigits`, `maximumFractionDigits` and `useGrouping`; `date`
 * as a date; `format` with `{0}` for the value. `precision` rounds the value itself (computed.ts).
 */
install();
COMPUTE.run = run;

/**
 * `calculatedValues`, as the fast pass reads them (the checker reads them itself): their names are read
 * like questions' (a question of the same name is refused).
 */
export const kinds: QuestionModule['kinds'] = {
  e: (value, { read, fail, name }) =>
    (Array.isArray(value) ? value : [fail('calculatedValues', 'a list')]).map((item: unknown) => {
      const props = read(item, CALCULATED, 'calculatedValues');
      name?.((props.name as string) || (fail('calculatedValues', 'a name') as never));
      return props;
    }),
};

export const properties = {
  expression:
    'expression:c displayStyle format:t currency minimumFractionDigits:n maximumFractionDigits:n useGrouping:b precision:n',
};

/** The value as the question shows it. */
export function shown(question: ExpressionQuestion, value: unknown, locale: string, text: (value: ExpressionQuestion['format']) => string): string {
  // Spaces alone show as nothing, as survey-core shows them.
  if (value == null || !String(value).trim()) return '';
  const style = question.displayStyle ?? 'none';
  let shown = value instanceof Date ? value.toLocaleDateString(locale) : String(value);
  const number = typeof value == 'string' && value.trim() ? Number(value) : value;
  try {
    if (style == 'date') shown = new Date(value as string).toLocaleDateString(locale);
    else if (style != 'none' && typeof number == 'number' && isFinite(number)) {
      const digits = (limit?: number) => (limit != null && limit > -1 ? limit : undefined);
      shown = number.toLocaleString(locale, {
        style,
        currency: question.currency ?? 'USD',
        useGrouping: question.useGrouping,
        minimumFractionDigits: digits(question.minimumFractionDigits),
        maximumFractionDigits: digits(question.maximumFractionDigits),
      } as Intl.NumberFormatOptions);
    }
  } catch {
    // An unknown style or currency: the value as it is, where survey-core would stop.
  }
  const format = text(question.format);
  return format ? format.replace(/\{0\}/g, shown) : shown;
}

/** For the families that show a computed value too (a matrix's totals). */
export const format: QuestionModule['format'] = shown;

export const render: QuestionModule['render'] = {
  expression: (question: ExpressionQuestion, view) =>
    html`<div class="question field" part="question">
      <label for=${view.id}>${view.title}</label>
      ${view.about}
      <output id=${view.id} class="computed" aria-describedby=${view.describedBy()}
        >${shown(question, view.value, view.t.locale, view.text)}</output
      >
    </div>`,
};

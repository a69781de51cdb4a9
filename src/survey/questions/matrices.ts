import { css, html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { Choice, Condition, ExpressionQuestion, MatrixColumn, MatrixDropdownQuestion, MatrixDynamicQuestion, SurveyModel } from '../definition.js';
import type { AnswerValue, Answers } from '../expression.js';
import { isEmptyAnswer, withAnswer } from '../logic.js';
import { INPUT_TYPES, OTHER, commentOf, isObject, ratingValues, type Worded } from '../read-definition.js';
import { familyStyles } from './family-styles.js';
import { FORMAT, parseExpression } from './registry.js';
import type { KindHost, Option, Problem, QuestionModule, QuestionView } from './view.js';

/**
 * Matrices of cells: `matrixdropdown` (fixed rows; the answer is `{ row: { column: value } }` for the
 * rows with a cell filled in) and `matrixdynamic` (rows the person adds and removes; the answer is a list
 * of `{ column: value }`, one a row, empty rows kept as `{}` while any row has a value), as survey-core
 * stores them. Each column asks one thing in every row, with a control of its `cellType`. A chunk of its
 * own, fetched only for a definition that has one (registry.ts).
 *
 * The table is a real one: column and row headers, each cell's control named by both (aria-labelledby),
 * inside a labelled region that scrolls sideways on a narrow screen rather than the page (and is then a
 * tab stop, so a keyboard can scroll it).
 *
 * What a matrix computes, as survey-core computes it: an `expression` column's value in each row (sent in
 * the row, as survey-core sends it) and the columns' totals, a row of their own under the table, kept in
 * the answers as `<name>-total` (`{name-total.column}` reads one) and sent under that key. `derive` brings
 * both up to date after each answer (computed.ts calls it: a definition with either fetches that chunk).
 */

const CELL_TYPES = 'text comment dropdown checkbox boolean radiogroup rating expression'.split(' ');
/** survey-core's `totalType`s besides `none`: each its `…InArray` function over the column. */
const TOTAL_TYPES = ['sum', 'count', 'min', 'max', 'avg'];
const TOTAL_STYLES = ['none', 'decimal', 'currency', 'percent'];
type CellMatrix = MatrixDropdownQuestion | MatrixDynamicQuestion;
type Row = Record<string, unknown>;

const SHARED = 'columns:k cellType:y choices:v placeholder:t';
export const properties = {
  matrixdropdown: `rows:i ${SHARED} totalText:t`,
  matrixdynamic: `${SHARED} rowCount:n minRowCount:n maxRowCount:n allowAddRows:b allowRemoveRows:b addRowText:t removeRowText:t`,
};

// `storeOthersAsComment` changes nothing in a cell: survey-core keeps an "other" text as `<column>-Comment` in the row either way.
const COLUMN =
  'name title:t cellType:y isRequired:b requiredErrorText:t choices:v placeholder:t inputType min:n max:n step:n visible:b visibleIf:w ' +
  'showOtherItem:b otherText:t otherPlaceholder:t otherErrorText:t ' +
  'enableIf:w requiredIf:w expression:w storeOthersAsComment:b rateMin:n rateMax:n rateStep:n rateCount:n rateValues:v ' +
  'totalType totalExpression:w totalFormat:t totalDisplayStyle totalCurrency totalMinimumFractionDigits:n totalMaximumFractionDigits:n';

const cellType = (value: unknown, host: KindHost) =>
  CELL_TYPES.includes(value as string) ? value : value === 'default' ? undefined : host.fail('', `needs to be one of ${CELL_TYPES.join(', ')}`);

/** The columns, `visible: false` ones left out as survey-core leaves them out of the table and the answer. */
const columns = (value: unknown, host: KindHost): MatrixColumn[] | undefined => {
  if (!Array.isArray(value) || !value.length) return host.fail('', 'needs a list of at least one column');
  const names = new Set<string>();
  return value.flatMap((json: unknown, at): MatrixColumn[] => {
    if (!isObject(json)) return host.fail(`[${at}]`, 'needs a column object with a name') ?? [];
    const { visible, ...props } = host.read(json, COLUMN, `[${at}]`);
    delete props.storeOthersAsComment;
    const name = props.name as string | undefined;
    if (!name) host.fail(`[${at}].name`, 'is missing');
    else if (names.has(name)) host.fail(`[${at}].name`, `repeats the name "${name}"`);
    names.add(name!);
    const inputType = props.inputType == null ? undefined : String(props.inputType).toLowerCase();
    if (inputType && !INPUT_TYPES.includes(inputType)) host.fail(`[${at}].inputType`, `needs to be one of ${INPUT_TYPES.join(', ')}`);
    // As on a text question: survey-core compares min and max as numbers only for these.
    for (const bound of ['min', 'max', 'step']) {
      if (props[bound] != null && inputType != 'number' && inputType != 'range') host.fail(`[${at}].${bound}`, 'is read only with inputType number or range');
    }
    const values = ratingValues(props, (property) => host.fail(`[${at}].${property}`, 'does not make a rating scale of 1 to 20 values'));
    // A column without choices of its own (an empty list too) offers the matrix's.
    if (!(props.choices as Choice[] | undefined)?.length) delete props.choices;
    const { totalType, totalExpression } = props;
    delete props.totalType;
    delete props.totalExpression;
    if (totalType != null && totalType != 'none' && !TOTAL_TYPES.includes(totalType as string)) host.fail(`[${at}].totalType`, `needs to be one of none, ${TOTAL_TYPES.join(', ')}`);
    if (props.totalDisplayStyle != null && !TOTAL_STYLES.includes(props.totalDisplayStyle as string)) host.fail(`[${at}].totalDisplayStyle`, `needs to be one of ${TOTAL_STYLES.join(', ')}`);
    // As survey-core: the total is `totalExpression`, else the `…InArray` function of `totalType` over the column.
    const total = (totalExpression as Condition | null) ?? (TOTAL_TYPES.includes(totalType as string) && name ? totalOf(totalType as string, name, host, `[${at}]`) : undefined);
    if (total) props.total = total;
    for (const key of ['cellType', 'rateMin', 'rateMax', 'rateStep', 'rateCount', 'rateValues', 'totalDisplayStyle']) if (props[key] == null || props[key] == 'none') delete props[key];
    return visible === false
      ? []
      : [{ ...props, name: name!, title: (props.title as MatrixColumn['title'] | undefined) ?? name!, isRequired: !!props.isRequired, values, ...(inputType && { inputType }) }];
  });
};

/** A `totalType`'s expression, as survey-core writes it: `sumInArray({matrix}, 'column')` and so on. */
const totalOf = (type: string, name: string, host: KindHost, at: string) => {
  if (name.includes("'")) return host.fail(`${at}.name`, "has a ' in it, which its total cannot name");
  try {
    return parseExpression(`${type}InArray({matrix}, '${name}')`);
  } catch (error) {
    // Not here without the expression chunk, which a definition with a total fetches (registry.ts).
    return host.fail(`${at}.totalType`, (error as Error).message);
  }
};

/**
 * A column's `visibleIf`: per row, where `{row.column}` reads that row's cell, as survey-core evaluates it
 * (a blank one is none). Its other `{name}`s read the survey's answers; they are not checked against the
 * questions' names, and one no question has reads as empty, as in survey-core.
 */
const cellCondition = (value: unknown, host: KindHost) => {
  if (typeof value != 'string') return host.fail('', 'needs an expression text');
  try {
    return value.trim() ? parseExpression(value) : undefined;
  } catch (error) {
    return host.fail('', `does not parse: ${(error as Error).message}`);
  }
};

export const kinds: QuestionModule['kinds'] = { k: columns, y: cellType, w: cellCondition };

/** The conditions and expressions a column has, which read a row. */
const columnExpressions = (column: MatrixColumn) => [column.visibleIf, column.enableIf, column.requiredIf, column.expression];

/**
 * survey-core's `{rowName}` in a dynamic matrix is an id of its own making (`srow_3`), never the same twice:
 * a column that reads it is refused there (in a matrixdropdown it is the row's value).
 */
export const model: QuestionModule['model'] = {
  matrixdynamic: (props, fail) => {
    const reads = ((props.columns ?? []) as MatrixColumn[]).some((column) =>
      columnExpressions(column).some((condition) => condition?.questions.some((name) => /^rowname$/i.test(name))),
    );
    if (reads) fail('columns', { says: "read {rowName}, which survey-core gives a matrixdynamic's rows as an id of its own; use {rowIndex}" } satisfies Worded);
    return {};
  },
};

// ---- rows and what keeps them from being sent ----

/** Rows shown of each `matrixdynamic`, once the person has added or removed one. */
const shownRows = new WeakMap<object, number>();

const rowLimits = (question: MatrixDynamicQuestion) => {
  const max = question.maxRowCount ?? 1000;
  const min = Math.min(question.minRowCount ?? 0, max);
  // survey-core starts with rowCount rows as given, even outside the limits (they only stop Add and Remove).
  return { min, max, start: question.rowCount ?? 2 };
};

/** Each row's cells; a dynamic matrix's rows as many as it shows (its answer has one a row). */
export function rowsOf(question: CellMatrix, answers: Answers): Row[] {
  const value = answers[question.name] as unknown;
  if (question.type == 'matrixdropdown') return question.rows.map((row) => ((value as Record<string, Row> | undefined)?.[row.value] ?? {}));
  const count = shownRows.get(question) ?? (Array.isArray(value) ? value.length : rowLimits(question).start);
  return Array.from({ length: count }, (_, at) => (value as Row[] | undefined)?.[at] ?? {});
}

const isEmptyCell = (value: unknown) => isEmptyAnswer((typeof value == 'string' ? value.trim() : value) as AnswerValue);

/** The key of a matrix's totals in the answers and in what is sent, as survey-core keys them. */
export const totalKey = (question: CellMatrix) => `${question.name}-total`;

/**
 * What a row's conditions and expressions read: the survey's answers, `{row.column}` that row's cells,
 * `{rowIndex}` its number from 1, `{rowName}` a matrixdropdown row's value, `{totalRow.column}` a total.
 */
const rowContext = (question: CellMatrix, answers: Answers, row: Row, at: number): Answers => ({
  ...answers,
  row: row as AnswerValue,
  rowIndex: at + 1,
  ...(question.type == 'matrixdropdown' && { rowName: question.rows[at]?.value }),
  totalRow: answers[totalKey(question)],
});

/** A column's cell shows in a row unless its `visibleIf` says otherwise for that row (`{row.column}`). */
const isCellVisible = (column: MatrixColumn, context: Answers) => !column.visibleIf || column.visibleIf.evaluate(context);
/** A cell can be changed unless its column's `enableIf` does not hold in that row; survey-core checks nothing in one that cannot. */
const isCellEnabled = (column: MatrixColumn, context: Answers) => !column.enableIf || column.enableIf.evaluate(context);
/** `requiredIf`, while there is one, decides alone, as on a question. */
const isCellRequired = (column: MatrixColumn, context: Answers) => (column.requiredIf ? column.requiredIf.evaluate(context) : column.isRequired);

const typeOf = (question: CellMatrix, column: MatrixColumn) => column.cellType ?? question.cellType ?? 'dropdown';
/** The cell types that offer choices, and so the "other" one. */
const CHOICE_CELLS = ['dropdown', 'checkbox', 'radiogroup'];

/**
 * A problem in one cell: a required one left empty, "other" chosen with nothing typed for it, or a number
 * below its column's `min` or above its `max`.
 */
export type CellProblem = [row: number, column: MatrixColumn, problem: 'required' | 'other' | 'min' | 'max'];

/** "Other" is chosen in a cell of a column that offers it (the value, or one in a checkbox's list). */
const isOtherChosen = (column: MatrixColumn, value: unknown) => !!column.showOtherItem && (value === OTHER || (Array.isArray(value) && value.includes(OTHER)));

/** The shown cells with a problem, row by row: survey-core's errors in those cells. */
export const cellProblems = (question: CellMatrix, answers: Answers): CellProblem[] =>
  rowsOf(question, answers).flatMap((row, at) =>
    question.columns.flatMap((column): CellProblem[] => {
      const value = row[column.name];
      const context = rowContext(question, answers, row, at);
      const problem = !isCellVisible(column, context) || !isCellEnabled(column, context)
        ? undefined
        : isEmptyCell(value)
          ? isCellRequired(column, context) && 'required'
          : isOtherChosen(column, value) && isEmptyCell(row[commentOf(column.name)])
            ? 'other'
          : typeof value != 'number'
            ? undefined
            : value < (column.min ?? -Infinity)
              ? 'min'
              : value > (column.max ?? Infinity) && 'max';
      return problem ? [[at, column, problem]] : [];
    }),
  );

/**
 * `required`: no cell filled in, in a required matrix; `cells`: a required cell empty; `cellRange`: a
 * number out of its column's range, or an "other" with nothing typed for it (both "check the values").
 * In survey-core's order: rows kept with nothing in them (`[{}, {}]`) show the cells' errors before the
 * matrix's own.
 */
const checkCells = (question: CellMatrix, answers: Answers): Problem | undefined => {
  const empty = rowsOf(question, answers).every((row) => Object.values(row).every(isEmptyCell));
  if (question.isRequired && isEmptyAnswer(answers[question.name])) return 'required';
  const problems = cellProblems(question, answers);
  if (problems.some(([, , problem]) => problem == 'required')) return 'cells';
  return problems.length ? 'cellRange' : question.isRequired && empty ? 'required' : undefined;
};

export const check: QuestionModule['check'] = { matrixdropdown: checkCells, matrixdynamic: checkCells };

// ---- what a matrix computes ----

/** What an expression gives, as an answer holds it: nothing for an empty value, Infinity, or an error (computed.ts `assign`). */
const valueOf = (expression: Condition | null | undefined, values: Answers, survey: SurveyModel): unknown => {
  let value: unknown;
  try {
    value = expression?.value(values, survey);
  } catch {
    // survey-core throws on a few mixes of text and decimals; the cell is left empty.
  }
  return value === Infinity || value === null || (typeof value == 'number' && isNaN(value)) || isEmptyCell(value) ? undefined : value;
};

/**
 * The answer for `rows`: a matrixdropdown's `{ row: cells }` for the rows with a cell filled in, a
 * matrixdynamic's list while any row has one (nothing at all while every row is empty), as survey-core has them.
 */
const answerOf = (question: CellMatrix, rows: Row[]): AnswerValue => {
  if (question.type == 'matrixdynamic') return (rows.some((row) => Object.keys(row).length) ? rows : undefined) as unknown as AnswerValue;
  const answer: Record<string, Row> = {};
  rows.forEach((row, at) => {
    if (Object.keys(row).length) answer[String(question.rows[at]!.value)] = row;
  });
  return answer as unknown as AnswerValue;
};

/**
 * The totals of `value` (the matrix's answer, `{matrix}` in a total's expression), column by column:
 * `{row.column}` in a `totalExpression` reads a total before it, as in survey-core's total row.
 */
const totalsOf = (question: CellMatrix, value: unknown, answers: Answers, survey: SurveyModel): AnswerValue => {
  const totals: Row = {};
  for (const column of question.columns) {
    if (!column.total) continue;
    const total = valueOf(column.total, { ...answers, matrix: value as AnswerValue, row: totals as AnswerValue }, survey);
    if (total !== undefined) totals[column.name] = total;
  }
  return totals as AnswerValue;
};

const isCellMatrix = (question: { type: string }): question is CellMatrix => question.type == 'matrixdropdown' || question.type == 'matrixdynamic';

/**
 * The answers with every matrix's expression cells (row by row, column by column) and totals brought up to
 * date; computed.ts runs this with its own values until nothing changes, so one may read another.
 */
export function derive(survey: SurveyModel, answers: Answers): Answers {
  for (const question of survey.pages.flatMap((page) => page.questions)) {
    if (!isCellMatrix(question)) continue;
    const computed = question.columns.filter((column) => typeOf(question, column) == 'expression');
    if (computed.length) {
      const rows = rowsOf(question, answers).map((row, at) =>
        computed.reduce((cells, column) => withCell(cells, column, valueOf(column.expression, rowContext(question, answers, cells, at), survey)), row),
      );
      answers = withAnswer(answers, question.name, answerOf(question, rows));
    }
    if (question.columns.some((column) => column.total)) {
      answers = withAnswer(answers, totalKey(question), totalsOf(question, answers[question.name], answers, survey));
    }
  }
  return answers;
}

/**
 * The totals sent beside a matrix's answer, as survey-core sends them: as they stand, even for a hidden
 * matrix (of the answer it keeps until completing).
 */
const sentTotals = (question: CellMatrix, answers: Answers): Answers => {
  const totals = answers[totalKey(question)];
  return totals === undefined ? {} : { [totalKey(question)]: totals };
};
export const sent: QuestionModule['sent'] = { matrixdropdown: sentTotals, matrixdynamic: sentTotals };

// ---- the table ----

const styles = css`
  .matrix-scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  .matrix {
    border-collapse: collapse;
  }
  .matrix th,
  .matrix td {
    padding: 0.375rem 0.5rem;
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--vt-color-border, #8a8a8a);
  }
  .matrix thead th {
    vertical-align: bottom;
  }
  .matrix tfoot th,
  .matrix tfoot td {
    border-top: 2px solid var(--vt-color-border, #8a8a8a);
    font-weight: 600;
  }
  .matrix .choice {
    margin: 0 0 0.25rem;
    white-space: nowrap;
  }
  .matrix input:not([type='radio'], [type='checkbox']),
  .matrix select,
  .matrix textarea {
    min-width: 8rem;
  }
  .matrix .vt-field-error {
    margin: 0.25rem 0 0;
  }
  .matrix-add {
    margin-top: 0.75rem;
  }
  /* On a narrow screen each row is a block of labelled fields, as SurveyJS lays a matrix out there: the
     page never scrolls sideways (WCAG 1.4.10), and each cell shows its column's title. */
  @media (max-width: 45rem) {
    .matrix,
    .matrix tbody,
    .matrix tfoot,
    .matrix tr,
    .matrix th,
    .matrix td {
      display: block;
    }
    .matrix thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .matrix tbody tr,
    .matrix tfoot tr {
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--vt-color-border, #8a8a8a);
    }
    .matrix th,
    .matrix td {
      padding: 0.25rem 0;
      border: 0;
    }
    .matrix td[data-label]::before {
      content: attr(data-label);
      display: block;
      font-weight: 600;
    }
    .matrix .choice {
      white-space: normal;
    }
    .matrix input:not([type='radio'], [type='checkbox']),
    .matrix select,
    .matrix textarea {
      min-width: 0;
      width: 100%;
      box-sizing: border-box;
    }
  }
`;

/** The table's styles (this chunk's own, so pages without a matrix never load them); its region is watched for scrolling. */
const adopt = familyStyles(styles, (region) => {
  scrolling.observe(region);
  scrolling.observe(region.firstElementChild!);
});

/** A region takes focus (so a keyboard can scroll it) only while its table is wider than it is. */
const scrolling = new ResizeObserver((entries) => {
  for (const { target } of entries) {
    // A table no longer shown is let go.
    if (!target.isConnected) {
      scrolling.unobserve(target);
      continue;
    }
    const region = target.closest('.matrix-scroll')!;
    if (region.scrollWidth > region.clientWidth) region.setAttribute('tabindex', '0');
    else region.removeAttribute('tabindex');
  }
});

/** What a dynamic matrix last said in its live region ("Row 3 added."). */
const said = new WeakMap<object, string>();

/**
 * Moves focus, once the element has rendered the change (a row added or removed), to the first of `ids`
 * there is, or to the first control in the row whose header is `row` (its first cell may be hidden).
 */
const focusAfter = (event: Event, ids: string[], row?: string) => {
  const root = (event.target as Element).getRootNode() as ShadowRoot;
  void (root.host as ReactiveElement).updateComplete.then(() => {
    const target =
      ids.map((id) => root.getElementById(id)).find(Boolean) ??
      root.getElementById(row!)?.parentElement?.querySelector<HTMLElement>('input, select, textarea, button');
    target?.focus();
  });
};

/** The value a cell's control gives: a number from a number box, as survey-core keeps it. */
const typed = (column: MatrixColumn, raw: string): unknown =>
  (column.inputType == 'number' || column.inputType == 'range') && raw.trim() && isFinite(+raw) ? +raw : raw;

/** One cell's control, named by its row and column headers. */
function cell(
  question: CellMatrix,
  view: QuestionView,
  column: MatrixColumn,
  value: unknown,
  id: string,
  names: string,
  set: (value: unknown) => void,
  problem: CellProblem[2] | undefined,
  { disabled, required }: { disabled: boolean; required: boolean },
  other: { text: string; set(text: string): void },
) {
  const { t } = view;
  const type = typeOf(question, column);
  // A computed cell: read-only, its value in an <output> named by its row and column.
  if (type == 'expression') return html`<output id=${id} class="computed" aria-labelledby=${names}>${value === undefined ? '' : String(value)}</output>`;
  const otherText = view.text(column.otherText) || t.t('survey.other');
  // The "other" choice last, when the column offers it (for a choice cell).
  const choices: Option[] = [...(column.choices ?? question.choices ?? []), ...(column.showOtherItem && CHOICE_CELLS.includes(type) ? [{ value: OTHER, text: otherText }] : [])];
  const describedBy = problem ? `${id}-error` : nothing;
  const message =
    problem == 'required'
      ? view.text(column.requiredErrorText) || t.t('survey.required')
      : problem == 'other'
        ? view.text(column.otherErrorText) || t.t('survey.otherRequired')
        : problem && t.t(`survey.${problem}`, { [problem]: String(column[problem]) });
  // While "other" is chosen, a text box for it, named by the row, the column and the choice's text.
  const otherBox = isOtherChosen(column, value)
    ? html`<span class="vt-visually-hidden" id="${id}-other-label">${otherText}</span>
        <input class="other" id="${id}-other" type="text" ?disabled=${disabled} aria-labelledby="${names} ${id}-other-label"
          aria-invalid=${problem == 'other' ? 'true' : nothing} aria-describedby=${problem == 'other' ? `${id}-error` : nothing}
          placeholder=${view.text(column.otherPlaceholder) || nothing} .value=${other.text}
          @input=${(event: Event) => other.set((event.target as HTMLInputElement).value)} />`
    : nothing;
  const error = problem
    ? html`<p class="vt-field-error" id="${id}-error"><span class="vt-visually-hidden">${t.t('core.errorPrefix')}</span> ${message}</p>`
    : nothing;
  const aria = problem ? 'true' : nothing;
  // Required in this row: said on the control itself, as a column's `requiredIf` may hold in some rows only.
  const ariaRequired = required ? 'true' : nothing;
  if (type == 'text' || type == 'comment') {
    const onInput = (event: Event) => set(typed(column, (event.target as HTMLInputElement).value));
    const shown = value === undefined ? '' : String(value);
    const placeholder = view.text(column.placeholder) || nothing;
    return html`${type == 'comment'
        ? html`<textarea id=${id} rows="2" ?disabled=${disabled} aria-required=${ariaRequired} aria-labelledby=${names} aria-invalid=${aria} aria-describedby=${describedBy} placeholder=${placeholder}
            .value=${shown} @input=${onInput}></textarea>`
        : html`<input id=${id} ?disabled=${disabled} aria-required=${ariaRequired} type=${column.inputType ?? 'text'} inputmode=${column.inputType == 'number' ? 'decimal' : nothing}
            min=${column.min ?? nothing} max=${column.max ?? nothing} step=${column.step ?? nothing} aria-labelledby=${names} aria-invalid=${aria} aria-describedby=${describedBy} placeholder=${placeholder}
            .value=${shown} @input=${onInput} />`}${error}`;
  }
  if (type == 'dropdown') {
    // Options by their place, so that a number stays a number.
    // The placeholder option ("") clears the cell.
    const onChange = (event: Event) => {
      const { value } = event.target as HTMLSelectElement;
      set(value ? choices[+value]?.value : undefined);
    };
    return html`<select id=${id} ?disabled=${disabled} aria-required=${ariaRequired} aria-labelledby=${names} aria-invalid=${aria} aria-describedby=${describedBy} @change=${onChange}>
        <option value="" .selected=${value === undefined}>${view.text(column.placeholder ?? question.placeholder) || view.t.t('survey.choose')}</option>
        ${choices.map((choice, at) => html`<option value=${at} .selected=${value === choice.value}>${view.text(choice.text)}</option>`)}
      </select>${otherBox}${error}`;
  }
  // Radios or checkboxes in a group named by the row and column; the first has the cell's id.
  const options: Option[] =
    type == 'boolean'
      ? [
          { value: true, text: view.t.t('survey.yes') },
          { value: false, text: view.t.t('survey.no') },
        ]
      : type == 'rating'
        ? column.values
        : choices;
  const ticked = Array.isArray(value) ? (value as unknown[]) : [];
  const checkbox = type == 'checkbox';
  return html`<div role="group" aria-labelledby=${names} aria-describedby=${describedBy}>
      ${options.map((option, at) => {
        const optionId = at ? `${id}-${at}` : id;
        const checked = checkbox ? ticked.includes(option.value) : value === option.value;
        const onChange = (event: Event) => {
          const on = (event.target as HTMLInputElement).checked;
          const others = ticked.filter((item) => item !== option.value);
          set(checkbox ? (on ? [...others, option.value] : others) : option.value);
        };
        return html`<span class="choice">
          <input type=${checkbox ? 'checkbox' : 'radio'} id=${optionId} name=${id} .checked=${checked} ?disabled=${disabled} aria-invalid=${aria} @change=${onChange} />
          <label for=${optionId}>${view.text(option.text)}</label>
        </span>`;
      })}
    </div>${otherBox}${error}`;
}

/** A total as survey-core shows it: `totalDisplayStyle`, `totalCurrency`, the fraction digits and `totalFormat` (`{0}` the value). */
const shownTotal = (column: MatrixColumn, value: unknown, view: QuestionView) =>
  FORMAT.format?.(
    {
      displayStyle: column.totalDisplayStyle,
      currency: column.totalCurrency,
      format: column.totalFormat,
      minimumFractionDigits: column.totalMinimumFractionDigits,
      maximumFractionDigits: column.totalMaximumFractionDigits,
    } as ExpressionQuestion,
    value,
    view.t.locale,
    view.text,
  ) ?? String(value ?? '');

/**
 * `row` with `column` set to `value`, or without it when `value` is empty; what was typed for "other"
 * goes when "other" is no longer chosen, as survey-core drops it.
 */
const withCell = (row: Row, column: MatrixColumn, value: unknown, key = column.name): Row => {
  const next = { ...row, [key]: value };
  if (isEmptyCell(value)) delete next[key];
  if (!isOtherChosen(column, next[column.name])) delete next[commentOf(column.name)];
  return next;
};

/**
 * The table: a header row of columns, then a row a `titles` entry, its cells from `rows`; `setRow` records
 * a row's cells. `last` adds a cell at each row's end (a dynamic matrix's Remove button).
 */
function table(
  question: CellMatrix,
  view: QuestionView,
  titles: string[],
  rows: Row[],
  setRow: (at: number, row: Row) => void,
  last?: { head: TemplateResult; cell: (at: number) => TemplateResult },
) {
  const { id, answers } = view;
  const problems = view.error ? cellProblems(question, answers) : [];
  const contexts = rows.map((row, at) => rowContext(question, answers, row, at));
  // A column shows while its cell shows in a row, as survey-core shows it; a hidden cell is left blank.
  const columns = question.columns.filter((column) => !rows.length || contexts.some((context) => isCellVisible(column, context)));
  const totals = question.columns.some((column) => column.total) ? ((answers[totalKey(question)] ?? {}) as Row) : undefined;
  return html`<div class="matrix-scroll" role="region" aria-labelledby="${id}-title" ${adopt}>
    <table class="matrix" aria-labelledby="${id}-title">
      <thead>
        <tr>
          <td></td>
          ${columns.map(
            (column) =>
              html`<th scope="col" id="${id}-col${question.columns.indexOf(column)}">
                ${view.text(column.title)}${column.isRequired ? html` <span class="mark">${view.t.t('survey.requiredMark')}</span>` : nothing}
              </th>`,
          )}
          ${last?.head ?? nothing}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row, r) => html`<tr>
            <th scope="row" id="${id}-row${r}">${titles[r]}</th>
            ${columns.map((column) => {
              // Ids by the column's place in the definition, so they stay while others show and hide.
              const c = question.columns.indexOf(column);
              const problem = problems.find(([at, each]) => at == r && each == column)?.[2];
              const context = contexts[r]!;
              if (!isCellVisible(column, context)) return html`<td></td>`;
              const state = { disabled: !isCellEnabled(column, context), required: isCellRequired(column, context) };
              // The column's title, shown above the cell when the rows stack on a narrow screen.
              return html`<td data-label=${view.text(column.title)}>
                ${cell(question, view, column, row[column.name], `${id}-r${r}-c${c}`, `${id}-row${r} ${id}-col${c}`, (value) => setRow(r, withCell(row, column, value)), problem, state, {
                  text: String(row[commentOf(column.name)] ?? ''),
                  set: (text) => setRow(r, withCell(row, column, text, commentOf(column.name))),
                })}
              </td>`;
            })}
            ${last?.cell(r) ?? nothing}
          </tr>`,
        )}
      </tbody>
      ${totals
        ? html`<tfoot>
            <tr>
              <th scope="row" id="${id}-total">${view.text((question as MatrixDropdownQuestion).totalText) || view.t.t('survey.total')}</th>
              ${columns.map((column) => {
                const c = question.columns.indexOf(column);
                // Each total in an <output> named by the total row and its column, as survey-core shows it.
                return column.total
                  ? html`<td data-label=${view.text(column.title)}>
                      <output class="computed" id="${id}-total${c}" aria-labelledby="${id}-total ${id}-col${c}">${shownTotal(column, totals[column.name], view)}</output>
                    </td>`
                  : html`<td></td>`;
              })}
              ${last ? html`<td></td>` : nothing}
            </tr>
          </tfoot>`
        : nothing}
    </table>
  </div>`;
}

/** The question around its table: a fieldset whose legend names the table and its region. */
const frame = (view: QuestionView, body: unknown) =>
  html`<fieldset class="question" part="question" aria-describedby=${view.describedBy()} @focusout=${view.leave}>
    <legend id="${view.id}-title">${view.title}</legend>
    ${view.about} ${body}
  </fieldset>`;

const dropdownMatrix = (question: MatrixDropdownQuestion, view: QuestionView) => {
  const rows = rowsOf(question, { [question.name]: view.value });
  return frame(
    view,
    table(
      question,
      view,
      question.rows.map((row: Choice) => view.text(row.text)),
      rows,
      // An emptied row leaves the answer, as survey-core drops it.
      (at, row) => view.set(answerOf(question, rows.map((each, r) => (r == at ? row : each)))),
    ),
  );
};

const dynamicMatrix = (question: MatrixDynamicQuestion, view: QuestionView) => {
  const { id, t } = view;
  const rows = rowsOf(question, { [question.name]: view.value });
  const { min, max } = rowLimits(question);
  const count = rows.length;
  const number = (at: number) => t.t('survey.rowNumber', { number: String(at + 1) });
  /** The rows as the answer: none at all while every row is empty, as survey-core has it. */
  const record = (next: Row[], message?: string) => {
    shownRows.set(question, next.length);
    if (message) said.set(question, message);
    view.set(answerOf(question, next));
  };
  const add = (event: Event) => {
    record([...rows, {}], t.t('survey.rowAdded', { number: String(count + 1) }));
    focusAfter(event, [`${id}-r${count}-c0`], `${id}-row${count}`);
  };
  const remove = (at: number) => (event: Event) => {
    record(
      rows.filter((_, each) => each != at),
      t.t('survey.rowRemoved', { number: String(at + 1) }),
    );
    // The next row's Remove button, else the one before, else Add row (its id without rows), else the
    // row now in that place.
    const stays = Math.min(at, count - 2);
    focusAfter(event, [`${id}-remove${stays}`, `${id}-add`, `${id}-r0-c0`], `${id}-row${stays}`);
  };
  const removable = count > min && question.allowRemoveRows !== false;
  const removeText = view.text(question.removeRowText) || t.t('survey.removeRow');
  return frame(
    view,
    html`${count
        ? table(
            question,
            view,
            rows.map((_, at) => number(at)),
            rows,
            (at, row) => record(rows.map((each, r) => (r == at ? row : each))),
            removable
              ? {
                  head: html`<td></td>`,
                  // Read as "Remove Row 2": the button's text and its row's header.
                  cell: (at) => html`<td>
                    <button class="vt-button" data-variant="secondary" type="button" id="${id}-remove${at}"
                      aria-labelledby="${id}-remove${at} ${id}-row${at}" @click=${remove(at)}>${removeText}</button>
                  </td>`,
                }
              : undefined,
          )
        : nothing}
      ${count < max && question.allowAddRows !== false
        ? html`<button class="vt-button matrix-add" data-variant="secondary" type="button" id=${count ? `${id}-add` : `${id}-r0-c0`} @click=${add}>
            ${view.text(question.addRowText) || t.t('survey.addRow')}
          </button>`
        : nothing}
      <p class="vt-visually-hidden" role="status">${said.get(question) ?? ''}</p>`,
  );
};

export const render: QuestionModule['render'] = { matrixdropdown: dropdownMatrix, matrixdynamic: dynamicMatrix };

/**
 * Where the error summary's link goes: the first cell with a problem, else the first cell (with no
 * rows, a dynamic matrix's Add row button, which then has that id).
 */
const firstMissing = (question: CellMatrix, answers: Answers) => {
  const [place] = cellProblems(question, answers);
  return place ? `-r${place[0]}-c${question.columns.indexOf(place[1])}` : '-r0-c0';
};
export const firstControl = { matrixdropdown: firstMissing, matrixdynamic: firstMissing };

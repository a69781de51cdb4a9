import { css, html, nothing, type TemplateResult } from 'lit';
import type { BooleanQuestion, Choice, LocalizedText, OtherChoice } from '../definition.js';
import type { AnswerValue } from '../expression.js';
import { OTHER, type Problem } from '../read-definition.js';
import { render as yesNo } from './boolean.js';
import { OTHER_PROPERTIES, otherBox, properties as plain, select, withOther } from './choice.js';
import { choiceText } from '../../i18n/survey-choices.js';
import { familyStyles } from './family-styles.js';
import { fieldset, options, type Option, type QuestionModule, type QuestionView } from './view.js';

/**
 * The choice features only some definitions use, as survey-core has them, on `radiogroup`, `checkbox`,
 * `dropdown` and `tagbox` (a checkbox's list of native checkboxes): the special choices `showNoneItem`
 * (`hasNone`; value `none`), `showRefuseItem` (`refused`) and `showDontKnowItem` (`dontknow`) after the
 * choices, each one alone in a checkbox's answer (ticking it unticks the rest, ticking another unticks
 * it); `showSelectAllItem` (`hasSelectAll`) first on a checkbox or tagbox, ticking every choice (never
 * "other", as in survey-core); and `colCount`, the choices in that many columns where the survey is wide
 * enough, else one. A chunk of its own: fetched for a definition that names a tagbox or one of these
 * properties, when it replaces the plain renderers of questions/choice.ts.
 */
const SPECIAL = 'showNoneItem:b hasNone:b noneText:t showRefuseItem:b refuseText:t showDontKnowItem:b dontKnowText:t colCount:n';
const ALL = 'showSelectAllItem:b hasSelectAll:b selectAllText:t';

export const properties = {
  radiogroup: `${plain.radiogroup} ${SPECIAL}`,
  dropdown: `${plain.dropdown} ${SPECIAL}`,
  checkbox: `${plain.checkbox} ${SPECIAL} ${ALL}`,
  tagbox: `choices:q maxSelectedChoices:n placeholder:t ${OTHER_PROPERTIES} ${SPECIAL} ${ALL}`,
};

interface Extras extends OtherChoice {
  type: string;
  choices: Choice[];
  showNoneItem?: boolean;
  noneText?: LocalizedText;
  showRefuseItem?: boolean;
  refuseText?: LocalizedText;
  showDontKnowItem?: boolean;
  dontKnowText?: LocalizedText;
  showSelectAllItem?: boolean;
  selectAllText?: LocalizedText;
  colCount?: number;
  maxSelectedChoices?: number;
  placeholder?: LocalizedText;
}

/** The older names survey-core still reads, as their newer ones; both given is a mistake. */
const extras = (props: Record<string, unknown>, fail: Problem) => {
  const { hasNone, hasSelectAll, colCount } = props;
  if (hasNone !== undefined && props.showNoneItem !== undefined) fail('hasNone', { says: 'cannot be given with showNoneItem; use one of them' });
  if (hasSelectAll !== undefined && props.showSelectAllItem !== undefined) fail('hasSelectAll', { says: 'cannot be given with showSelectAllItem; use one of them' });
  if (colCount !== undefined && !(Number.isInteger(colCount) && (colCount as number) >= 0)) fail('colCount', { says: 'needs a whole number, 0 or more' });
  return {
    hasNone: undefined,
    hasSelectAll: undefined,
    ...(hasNone !== undefined && { showNoneItem: hasNone }),
    ...(hasSelectAll !== undefined && { showSelectAllItem: hasSelectAll }),
  };
};

export const model: QuestionModule['model'] = { radiogroup: extras, dropdown: extras, checkbox: extras, tagbox: extras };

/** Our own text of a special choice, when the definition words it not (noneText, …). */
const ownText = (view: QuestionView, key: 'none' | 'refused' | 'dontknow' | 'selectAll') => choiceText(view.t, `survey.${key}`);

/** The values of the special choices, each alone in an answer, as survey-core stores them. */
const EXCLUSIVE = ['none', 'refused', 'dontknow'];
/** Select-all is never in an answer: a value no choice has. */
const SELECT_ALL = {};

/** The choices with the special ones where survey-core puts them: select-all first, none, refuse and don't know after the choices, "other" last. */
function withExtras(question: Extras, view: QuestionView, selectAll: boolean): Option[] {
  const choices = withOther(question, view);
  const other = question.showOtherItem ? choices.pop() : undefined;
  const special = (shown: boolean | undefined, value: string, text: LocalizedText | undefined, key: 'none' | 'refused' | 'dontknow') =>
    shown ? [{ value, text: view.text(text) || ownText(view, key) }] : [];
  return [
    ...(selectAll && question.showSelectAllItem ? [{ value: SELECT_ALL as string, text: view.text(question.selectAllText) || ownText(view, 'selectAll') }] : []),
    ...choices,
    ...special(question.showNoneItem, 'none', question.noneText, 'none'),
    ...special(question.showRefuseItem, 'refused', question.refuseText, 'refused'),
    ...special(question.showDontKnowItem, 'dontknow', question.dontKnowText, 'dontknow'),
    ...(other ? [other] : []),
  ];
}

const styles = familyStyles(css`
  .columns {
    container-type: inline-size;
  }
  .columns > div {
    display: grid;
    gap: 0 1rem;
  }
  @container (min-width: 32rem) {
    .cols-2 {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .cols-3 {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  @container (min-width: 44rem) {
    .cols-4 {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
    .cols-5 {
      grid-template-columns: repeat(5, minmax(0, 1fr));
    }
  }
  .inline > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5rem;
  }
`);

/** The choices in `colCount` columns (at most 5; 0 side by side, as survey-core flows them) where there is room. */
const columns = (question: Extras, body: unknown): TemplateResult =>
  question.colCount === undefined || question.colCount == 1
    ? html`${body}`
    : html`<div class=${question.colCount ? 'columns' : 'inline'} ${styles}>
        <div class="cols-${Math.min(question.colCount, 5)}">${body}</div>
      </div>`;

const group = (view: QuestionView, body: unknown, describedBy = view.describedBy()) =>
  html`<fieldset class="question" part="question" aria-describedby=${describedBy} @focusout=${view.leave}>
    <legend>${view.title}</legend>
    ${view.about} ${body}
  </fieldset>`;

const radiogroup = (question: Extras, view: QuestionView) =>
  group(
    view,
    html`${columns(
      question,
      options(view, withExtras(question, view, false), view.id, `${view.id}-`, (choice) => view.value === choice.value, (choice) => choice.value as AnswerValue),
    )}
    ${otherBox(question, view, view.value === OTHER)}`,
  );

const dropdown = (question: Extras, view: QuestionView) => select(question, view, withExtras(question, view, false));

/** A checkbox's or tagbox's boxes: a special choice alone, select-all ticking every choice. */
const boxes = (question: Extras, view: QuestionView) => {
  const { id, t } = view;
  const max = question.maxSelectedChoices;
  const ticked: unknown[] = Array.isArray(view.value) ? view.value : [];
  const full = !!max && ticked.length >= max;
  const choices = withExtras(question, view, true);
  // Select-all works on the choices shown, as survey-core's: it ticks those enabled, and a disabled
  // one keeps what it has; "ticked all" means every enabled one shown.
  const plain = choices.filter((choice) => choice.value !== SELECT_ALL && choice.value !== OTHER && !EXCLUSIVE.includes(choice.value as string));
  const enabled = (choice: Option) => !choice.enableIf || choice.enableIf.evaluate(view.answers);
  const allTicked = plain.some(enabled) && plain.every((choice) => !enabled(choice) || ticked.includes(choice.value));
  const pick = (choice: Option, checked: boolean): AnswerValue => {
    if (choice.value === SELECT_ALL) return plain.filter((each) => (checked && enabled(each)) || (!enabled(each) && ticked.includes(each.value))).map((each) => each.value) as string[];
    if (!checked) return ticked.filter((item) => item !== choice.value) as string[];
    if (EXCLUSIVE.includes(choice.value as string)) return [choice.value] as string[];
    return [...ticked.filter((item) => !EXCLUSIVE.includes(item as string)), choice.value] as string[];
  };
  return group(
    view,
    html`${max ? html`<p class="vt-note" id="${id}-limit">${t.t(full ? 'survey.maxReached' : 'survey.maxChoices', { count: max })}</p>` : nothing}
    ${columns(
      question,
      options(view, choices, id, `${id}-`, (choice) => (choice.value === SELECT_ALL ? allTicked : ticked.includes(choice.value)), pick, { checkbox: true, full }),
    )}
    ${otherBox(question, view, ticked.includes(OTHER))}`,
    view.describedBy(!!max && `${id}-limit`),
  );
};

/**
 * A `boolean` with `renderAs: "checkbox"`: one checkbox, labelled by `label` under the title's legend, or
 * without one by the title itself. Ticked is `true`, unticked again `false`; untouched no answer, as in
 * survey-core. Any other `renderAs`: the yes/no radios.
 */
const boolean = (question: BooleanQuestion, view: QuestionView) => {
  if (question.renderAs != 'checkbox') return yesNo.boolean!(question as never, view);
  const id = `${view.id}-0`;
  const box = (describedBy?: string) => html`<input type="checkbox" id=${id} .checked=${view.value === true}
    aria-describedby=${describedBy ?? nothing} @change=${(event: Event) => view.set((event.target as HTMLInputElement).checked)} />`;
  return question.label
    ? fieldset(view, html`<span class="choice">${box()}<label for=${id}>${view.text(question.label)}</label></span>`)
    : html`<div class="question field" part="question" @focusout=${view.leave}>
        <span class="choice">${box(view.describedBy() as string)}<label for=${id}>${view.title}</label></span> ${view.about}
      </div>`;
};

export const render: QuestionModule['render'] = { radiogroup, dropdown, checkbox: boxes, tagbox: boxes, boolean };
export const firstControl = { tagbox: '-0' };

import { css, html, nothing, type ReactiveElement } from 'lit';
import type { Choice, Question, RankingQuestion } from '../definition.js';
import type { Answers } from '../expression.js';
import { OTHER, commentOf, type Problem } from '../read-definition.js';
import { ordered } from './choice.js';
import { choiceText } from '../../i18n/survey-choices.js';
import { familyStyles } from './family-styles.js';
import type { QuestionModule, QuestionView } from './view.js';

/**
 * `ranking`: the person puts the choices in order with a "move up" and a "move down" button on each (native
 * buttons, so a keyboard and a screen reader use them as any other), and each move is told in a polite
 * live region ("Battery: place 2 of 7."). The answer is the values in the person's order, as survey-core
 * stores it: nothing until the person moves one, then every choice. With `selectToRankEnabled`, the person
 * adds the choices they rank (at most `maxSelectedChoices`) and the answer holds only those.
 * `choicesFromQuestion` takes the choices of another question: all of them, or with
 * `choicesFromQuestionMode` those chosen there (`selected`) or not (`unselected`); survey-core clears the
 * order when they change (logic.ts `answered`). A family of its own, fetched only for a definition with one.
 */
export const properties = {
  ranking: 'choices:o choicesOrder selectToRankEnabled:b minSelectedChoices:n maxSelectedChoices:n choicesFromQuestion choicesFromQuestionMode',
};

const MODES = ['all', 'selected', 'unselected'];

export const model: QuestionModule['model'] = {
  ranking: (props, fail: Problem) => {
    const { choices, choicesFromQuestion, choicesFromQuestionMode: mode = 'all', minSelectedChoices: min } = props;
    if (!choices && choicesFromQuestion === undefined) fail('choices', { says: 'is missing (or choicesFromQuestion, the question to take them from)' });
    if (!MODES.includes(mode as string)) fail('choicesFromQuestionMode', { says: 'needs to be all, selected or unselected' });
    return { minSelectedChoices: (min as number) > 0 ? min : undefined, ...(choicesFromQuestion !== undefined && { choicesFromQuestionMode: mode }) };
  },
};

/** The question each ranking takes its choices from (`choicesFromQuestion`), once the survey is read. */
const sources = new WeakMap<Question, Question & { choices: Choice[] }>();

/** Links each ranking's `choicesFromQuestion` to that question; one naming no question with choices of its own does not hold. */
export const link: QuestionModule['link'] = (questions) =>
  questions.flatMap((question) => {
    const name = question.type == 'ranking' ? question.choicesFromQuestion : undefined;
    const source = questions.find((other) => other.name === name);
    if (name === undefined) return [];
    if (source && 'choices' in source && source.choices && !('choicesFromQuestion' in source)) {
      sources.set(question, source as Question & { choices: Choice[] });
      return [];
    }
    return [{ question, property: 'choicesFromQuestion', says: 'needs the name of another question of the survey with choices of its own' }];
  });

/**
 * The choices a ranking offers for these answers, in the order shown before the person moves any: its
 * own, or those of its `choicesFromQuestion` (a chosen "other" with what was typed for it, as survey-core
 * lists it).
 */
export function rankingChoices(question: RankingQuestion, answers: Answers, text: (choice: Choice) => string, otherText = ''): Choice[] {
  const source = sources.get(question);
  // The choices their visibleIf shows now.
  const shown = (list: Choice[]) => list.filter((choice) => !choice.visibleIf || choice.visibleIf.evaluate(answers));
  if (!source) return shown(ordered(question as { choices: Choice[] }, text));
  const picked = answers[source.name];
  const chosen = (value: unknown) => (Array.isArray(picked) ? (picked as unknown[]).includes(value) : picked === value);
  const choices = shown(ordered(source, text));
  if (question.choicesFromQuestionMode == 'all') return choices;
  const list = choices.filter((choice) => chosen(choice.value) == (question.choicesFromQuestionMode == 'selected'));
  if (question.choicesFromQuestionMode == 'selected' && 'showOtherItem' in source && source.showOtherItem && chosen(OTHER)) {
    list.push({ value: OTHER, text: String(answers[commentOf(source.name)] ?? '') || otherText });
  }
  return list;
}

/**
 * A ranking's answer as survey-core keeps it: without the choices hidden now, and, unless the person
 * picks what to rank (`selectToRankEnabled`), with every choice shown ranked, those missing (a choice
 * shown again, or left out of a `defaultValue`) last, in their order.
 */
export const settle: QuestionModule['settle'] = {
  ranking: (question: RankingQuestion, answers) => {
    const value = answers[question.name];
    if (!Array.isArray(value) || !value.length) return value;
    const choices = rankingChoices(question, answers, String).map((choice) => choice.value as string);
    const kept = (value as string[]).filter((each) => choices.includes(each));
    return question.selectToRankEnabled ? kept : [...kept, ...choices.filter((each) => !kept.includes(each))];
  },
};

export const problem: QuestionModule['problem'] = {
  ranking: (question: RankingQuestion, answers) => {
    const value = answers[question.name];
    const count = Array.isArray(value) ? value.length : 0;
    // survey-core takes a ranking of one choice as ranked, though it never stores it.
    if (!question.selectToRankEnabled && rankingChoices(question, answers, String).length == 1) return null;
    if (!count && question.isRequired) return 'required';
    return count < (question.minSelectedChoices ?? 0) ? 'minSelectedChoices' : null;
  },
};

const styles = familyStyles(css`
  .ranking {
    margin: 0 0 0.5rem;
    padding: 0;
    list-style: none;
  }
  .rank {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin: 0 0 0.25rem;
  }
  .rank-text {
    flex: 1;
  }
  .rank-button {
    min-width: max(24px, var(--_target));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  .rank-button:disabled {
    cursor: not-allowed;
    opacity: 0.5;
  }
  .rank-heading {
    margin: 0.5rem 0 0.25rem;
    font-weight: 600;
  }
`);

/** The last move of each ranking, for its live region. */
const told = new WeakMap<RankingQuestion, string>();

/** After the survey renders the new order, focus goes to the first of `ids` that is there and enabled. */
function focusAfter(event: Event, ids: string[]): void {
  const root = (event.currentTarget as Element).getRootNode() as ShadowRoot;
  void (root.host as ReactiveElement).updateComplete.then(() => {
    for (const id of ids) {
      const button = root.getElementById(id) as HTMLButtonElement | null;
      if (button && !button.disabled) return button.focus();
    }
  });
}

const rank = (question: RankingQuestion, view: QuestionView) => {
  const { id, t } = view;
  const choices = rankingChoices(question, view.answers, (choice) => view.text(choice.text), t.t('survey.other'));
  const answer: unknown[] = Array.isArray(view.value) ? view.value : [];
  const byValue = (value: unknown) => choices.find((choice) => choice.value === value);
  const select = !!question.selectToRankEnabled;
  // Without select-to-rank, every choice is ranked: in the person's order once they have moved one.
  const ranked = select || answer.length == choices.length ? (answer.map(byValue).filter(Boolean) as Choice[]) : choices;
  const unranked = select ? choices.filter((choice) => !answer.includes(choice.value)) : [];
  const max = select ? question.maxSelectedChoices : undefined;
  const full = !!max && ranked.length >= max;
  const name = (choice: Choice) => view.text(choice.text);
  // A choice its enableIf does not allow now stays where it is: its own buttons are disabled.
  const locked = (choice: Choice) => !!choice.enableIf && !choice.enableIf.evaluate(view.answers);
  const set = (order: Choice[], message: string) => {
    told.set(question, message);
    view.set(order.map((choice) => choice.value) as string[]);
  };
  const placed = (choice: Choice, order: Choice[]) =>
    choiceText(t, 'survey.moved', { item: name(choice), place: order.indexOf(choice) + 1, count: order.length });
  const move = (from: number, to: number) => (event: Event) => {
    const order = [...ranked];
    const [choice] = order.splice(from, 1);
    order.splice(to, 0, choice!);
    set(order, placed(choice!, order));
    // The same button of the moved choice, else its other one at the top or bottom.
    focusAfter(event, to < from ? [`${id}-u${to}`, `${id}-d${to}`] : [`${id}-d${to}`, `${id}-u${to}`]);
  };
  const add = (choice: Choice, at: number) => (event: Event) => {
    const order = [...ranked, choice];
    set(order, placed(choice, order));
    focusAfter(event, [`${id}-a${at}`, `${id}-a${at - 1}`, `${id}-u${order.length - 1}`, `${id}-r${order.length - 1}`]);
  };
  const remove = (at: number) => (event: Event) => {
    const choice = ranked[at]!;
    set(
      ranked.filter((other) => other !== choice),
      choiceText(t, 'survey.unranked', { item: name(choice) }),
    );
    focusAfter(event, [`${id}-r${at}`, `${id}-r${at - 1}`, `${id}-a${choices.filter((other) => other === choice || !answer.includes(other.value)).indexOf(choice)}`]);
  };
  const button = (buttonId: string, label: string, sign: string, onClick: (event: Event) => void, disabled = false) =>
    html`<button type="button" class="rank-button" id=${buttonId} aria-label=${label} ?disabled=${disabled} @click=${onClick}>
      <span aria-hidden="true">${sign}</span>
    </button>`;
  const rankedList = html`<ol class="ranking" aria-labelledby=${select ? `${id}-ranked` : nothing}>
    ${ranked.map(
      (choice, at) => html`<li class="rank">
        <span class="rank-text">${name(choice)}</span>
        ${button(`${id}-u${at}`, choiceText(t, 'survey.moveUp', { item: name(choice) }), '↑', move(at, at - 1), at == 0 || locked(choice))}
        ${button(`${id}-d${at}`, choiceText(t, 'survey.moveDown', { item: name(choice) }), '↓', move(at, at + 1), at == ranked.length - 1 || locked(choice))}
        ${select ? button(`${id}-r${at}`, choiceText(t, 'survey.unrank', { item: name(choice) }), '×', remove(at), locked(choice)) : nothing}
      </li>`,
    )}
  </ol>`;
  const describedBy = view.describedBy(!!max && `${id}-limit`);
  // The error summary's link focuses the whole group: its legend, description and error are read, and Tab goes on to its first button.
  return html`<fieldset class="question" part="question" id="${id}-group" tabindex="-1" aria-describedby=${describedBy} @focusout=${view.leave} ${styles}>
    <legend>${view.title}</legend>
    ${view.about}
    ${max ? html`<p class="vt-note" id="${id}-limit">${t.t(full ? 'survey.maxReached' : 'survey.maxChoices', { count: max })}</p>` : nothing}
    ${select
      ? html`${ranked.length ? html`<p class="rank-heading" id="${id}-ranked">${choiceText(t, 'survey.rankedList')}</p>${rankedList}` : nothing}
        ${unranked.length
          ? html`<p class="rank-heading" id="${id}-unranked">${choiceText(t, 'survey.unrankedList')}</p>
              <ul class="ranking" aria-labelledby="${id}-unranked">
                ${unranked.map(
                  (choice, at) => html`<li class="rank">
                    <span class="rank-text">${name(choice)}</span>
                    ${button(`${id}-a${at}`, choiceText(t, 'survey.rank', { item: name(choice) }), '+', add(choice, at), full || locked(choice))}
                  </li>`,
                )}
              </ul>`
          : nothing}`
      : rankedList}
    <p class="vt-visually-hidden" role="status">${told.get(question) ?? ''}</p>
  </fieldset>`;
};

export const render: QuestionModule['render'] = { ranking: rank };

export const firstControl = { ranking: '-group' };

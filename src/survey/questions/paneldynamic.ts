import { html, nothing, type ReactiveElement } from 'lit';
import { renderFieldError } from '../../core/error-summary.js';
import type { LocalizedText, OtherChoice, Panel as TemplatePanel, PanelDynamicQuestion, Question, SurveyElement, TextQuestion } from '../definition.js';
import type { AnswerValue, Answers } from '../expression.js';
import { isEmptyAnswer, isEnabled, isOtherChosen, problemOf, visibleQuestions, withAnswer } from '../logic.js';
import { commentOf, type Worded } from '../read-definition.js';
import { RENDERERS } from './registry.js';
import { fieldset, type Nested, type QuestionModule, type QuestionView } from './view.js';

/**
 * `paneldynamic`: the template's questions asked again in each of a list of panels the person adds and
 * removes with native buttons. A chunk of its own, fetched only for a definition that has one. The
 * answer is a list, a panel an item: the answers given in it keyed by the template questions' names, as
 * survey-core's `survey.data` has it (an empty panel is `{}`, and counts as no answer for `isRequired`).
 * A template question's `visibleIf` reads the survey's answers, and `{panel.name}` the same panel's.
 */
export const properties = {
  paneldynamic: 'templateElements:T templateTitle:t templateDescription:t panelCount:n minPanelCount:n maxPanelCount:n panelAddText:t panelRemoveText:t allowAddPanel:b allowRemovePanel:b',
};

/** The questions among template elements, those in its panels too, in order. */
const questionsIn = (elements: SurveyElement[]): Question[] => elements.flatMap((element) => (element.type == 'panel' ? questionsIn(element.elements) : [element]));

/**
 * The template read (as written, panels and all) gives `templateElements` its questions, and `template`
 * the panels they are in when it has any, for the fast pass and the checker alike.
 */
export const model: QuestionModule['model'] = {
  paneldynamic: ({ templateElements }, fail) => {
    const written = templateElements as SurveyElement[] | null | undefined;
    if (!written) return {};
    const questions = questionsIn(written);
    // A matrix computes its cells and totals in the survey's answers (matrices.ts `derive`), not yet in a panel's.
    const computes = questions.some((inner) => 'columns' in inner && (inner.columns as Array<{ cellType?: string; total?: unknown }>).some((column) => column.cellType == 'expression' || column.total));
    if (computes) fail('templateElements', { says: 'holds a matrix with expression cells or totals, which are not computed inside a paneldynamic yet' } satisfies Worded);
    return { templateElements: questions, ...(written.some((element) => element.type == 'panel') && { template: written }) };
  },
};

/** The error summary leads to the panels and the Add button after them (focusable as a whole: the error may be in any panel, or there is none yet). */
export const firstControl = { paneldynamic: '-panels' };

/**
 * One panel's answers. expression.ts's `AnswerValue` has no list of objects, so the list is cast where
 * it is stored and read (each panel holds plain answers).
 */
type Panel = Record<string, AnswerValue>;
const asAnswer = (panels: Panel[]) => panels as unknown as AnswerValue;
const asAnswers = (panel: Panel) => panel as unknown as Answers;

const panelsOf = (question: Question, answers: Answers): Panel[] => {
  const value = answers[question.name];
  return Array.isArray(value) ? (value as unknown as Panel[]) : [];
};

/**
 * The template's questions shown in `panel`: their `visibleIf` reads the answers, and `{panel.…}` the
 * panel's; those in a template panel show only while it does.
 */
export const shownIn = (question: Question, answers: Answers, panel: Panel) => {
  const { template, templateElements } = question as PanelDynamicQuestion;
  return visibleQuestions(template ?? templateElements ?? [], { ...answers, panel: panel as AnswerValue });
};

/**
 * The template panels (by question and id) that have had an error shown: their disclosure stays open
 * from then on, unless the person closes it (`?open` changes the element only when this changes).
 */
const failed = new WeakMap<Question, Set<string>>();

export const nested: Record<string, Nested> = {
  paneldynamic: {
    // As survey-core: required means a panel with an answer in it; then each shown question in each panel is checked.
    problem(question, answers) {
      const panels = panelsOf(question, answers);
      if (question.isRequired && panels.every((panel) => isEmptyAnswer(panel as AnswerValue))) return 'required';
      return panels.some((panel) => shownIn(question, answers, panel).some((inner) => problemOf(inner, asAnswers(panel)))) ? 'panels' : undefined;
    },
    // Each panel keeps what its shown questions have (what is typed for "other" too); a panel left empty is sent as `{}`.
    result(question, answers, keepHidden) {
      const panels = panelsOf(question, answers);
      if (keepHidden) return asAnswer(panels);
      return asAnswer(panels.map((panel) => {
        const kept: Panel = {};
        for (const inner of shownIn(question, answers, panel)) {
          for (const key of [inner.name, commentOf(inner.name)]) if (panel[key] !== undefined) kept[key] = panel[key];
        }
        return kept;
      }));
    },
  },
};

/** `{panelIndex}` as the panel's number (from 1) and `{panel.name}` as its answer there, in each language of `text`. */
const forPanel = (text: LocalizedText | undefined, number: number, panel: Panel): LocalizedText | undefined => {
  const fill = (each: string) =>
    each.replace(/\{panelIndex\}/gi, String(number)).replace(/\{panel\.([^{}]+)\}/gi, (_, name: string) => {
      const value = Object.entries(panel).find(([key]) => key.toLowerCase() == name.toLowerCase())?.[1];
      return typeof value == 'string' || typeof value == 'number' ? String(value) : '';
    });
  return typeof text == 'object' ? Object.fromEntries(Object.entries(text).map(([locale, each]) => [locale, fill(each)])) : text && fill(text);
};

const render = (question: PanelDynamicQuestion, view: QuestionView) => {
  const { t } = view;
  const panels = panelsOf(question, view.answers);
  const panelId = (at: number) => `${view.id}-${at}`;
  const nameOf = (at: number, panel: Panel) =>
    view.text(forPanel(question.templateTitle, at + 1, panel)) || t.t('survey.panelNumber', { number: String(at + 1) });
  const change = (next: Panel[]) => view.set(asAnswer(next));

  /** After the survey has rendered the change: focus on `target` (an id, else a panel's first control) and a polite announcement. */
  const after = (event: Event, target: () => HTMLElement | null | undefined, message: string) => {
    const root = (event.currentTarget as HTMLElement).getRootNode() as ShadowRoot;
    void (root.host as ReactiveElement).updateComplete.then(() => {
      target.call(root)?.focus();
      const status = root.getElementById(`${view.id}-status`);
      if (status) status.textContent = message;
    });
  };
  const firstIn = (root: ShadowRoot, at: number) => {
    const panel = root.getElementById(panelId(at));
    return panel?.querySelector<HTMLElement>('input:not(:disabled), select:not(:disabled), textarea:not(:disabled)') ?? panel;
  };
  const add = (event: Event) => {
    const at = panels.length;
    change([...panels, {}]);
    after(event, function (this: ShadowRoot) { return firstIn(this, at); }, t.t('survey.panelAdded', { panel: nameOf(at, {}) }));
  };
  const remove = (event: Event, at: number) => {
    const name = nameOf(at, panels[at]!);
    change(panels.filter((_, index) => index != at));
    // The panel before it, else the Add button, else the panel now first.
    after(
      event,
      function (this: ShadowRoot) {
        return at > 0 ? this.getElementById(panelId(at - 1)) : (this.getElementById(`${view.id}-add`) ?? this.getElementById(panelId(0)));
      },
      t.t('survey.panelRemoved', { panel: name }),
    );
  };

  /** What a template question in panel `at` is given: ids, answer and error scoped to the panel. */
  const innerView = (inner: Question, index: number, at: number, panel: Panel): QuestionView => {
    const id = `${panelId(at)}-${index}`;
    const problem = view.error ? problemOf(inner, asAnswers(panel)) : undefined;
    const error =
      problem == 'required'
        ? view.text(inner.requiredErrorText) || t.t('survey.required')
        : problem == 'other'
          ? view.text((inner as OtherChoice).otherErrorText) || t.t('survey.otherRequired')
          : problem == 'min' || problem == 'max'
            ? t.t(`survey.${problem}`, { [problem]: String((inner as TextQuestion)[problem]) })
            : undefined;
    const set = (key: string, value: AnswerValue) => {
      let next = withAnswer(asAnswers(panel), key, value);
      // survey-core drops what was typed for "other" when "other" is no longer chosen.
      if ('showOtherItem' in inner && !isOtherChosen(inner, next)) next = withAnswer(next, commentOf(inner.name), undefined);
      change(panels.map((each, place) => (place == at ? next : each)));
    };
    return {
      id,
      value: panel[inner.name],
      answers: view.answers,
      error,
      describedBy: (...extra) => [inner.description && `${id}-description`, ...extra, error && `${id}-error`].filter(Boolean).join(' ') || nothing,
      title: html`${view.text(inner.title)}${inner.isRequired ? html` <span class="mark">${t.t('survey.requiredMark')}</span>` : nothing}`,
      about: html`${inner.description ? html`<p class="vt-note" id="${id}-description">${view.text(inner.description)}</p>` : nothing}
      ${renderFieldError(id, error, t)}`,
      t,
      text: view.text,
      set: (value) => set(inner.name, value),
      comment: String(panel[commentOf(inner.name)] ?? ''),
      setComment: (text) => set(commentOf(inner.name), text),
      leave: view.leave,
    };
  };

  const asked = (inner: Question, at: number, panel: Panel) => {
    const rendered = RENDERERS[inner.type]!(inner, innerView(inner, (question.templateElements ?? []).indexOf(inner), at, panel));
    return isEnabled(inner, asAnswers(panel)) ? rendered : html`<fieldset class="locked" disabled>${rendered}</fieldset>`;
  };
  /**
   * The template's elements in panel `at`: its questions shown, and its panels holding one, each a group
   * named by its title (`{panel.name}` and `{panelIndex}` in it too); with a `state`, a native disclosure
   * (`<details>`), open while it has an error shown.
   */
  const elements = (list: SurveyElement[], at: number, panel: Panel, shown: Question[], path: string): unknown =>
    list.map((element, place) => {
      if (element.type != 'panel') return shown.includes(element) ? asked(element, at, panel) : nothing;
      const inside = questionsIn(element.elements).filter((inner) => shown.includes(inner));
      if (!inside.length) return nothing;
      const id = `${path}${place}`;
      const body = elements(element.elements, at, panel, shown, `${id}-`);
      const title = view.text(forPanel(element.title, at + 1, panel));
      const description = view.text(forPanel(element.description, at + 1, panel));
      const about = description ? html`<p class="vt-note" id="${id}-description">${description}</p>` : nothing;
      const describedBy = description ? `${id}-description` : nothing;
      if (element.state == 'collapsed' || element.state == 'expanded') {
        const ids = failed.get(question) ?? new Set<string>();
        failed.set(question, ids);
        if (view.error && inside.some((inner) => problemOf(inner, asAnswers(panel)))) ids.add(id);
        return html`<details class="template-panel" ?open=${element.state == 'expanded' || ids.has(id)} aria-labelledby="${id}-title"
          aria-describedby=${describedBy}>
          <summary id="${id}-title">${title || (element as TemplatePanel).name}</summary>
          ${about} ${body}
        </details>`;
      }
      // A native group named by its legend, in the survey's own fieldset look.
      return title
        ? html`<fieldset class="template-panel" aria-describedby=${describedBy}>
            <legend id="${id}-title">${title}</legend>
            ${about} ${body}
          </fieldset>`
        : html`<div class="template-panel">${about} ${body}</div>`;
    });

  const removeText = view.text(question.panelRemoveText) || t.t('survey.panelRemove');
  const body = html`<div class="panels" id="${view.id}-panels" tabindex="-1">
      ${panels.map((panel, at) => {
        const id = panelId(at);
        const name = nameOf(at, panel);
        const description = view.text(forPanel(question.templateDescription, at + 1, panel));
        const shown = shownIn(question, view.answers, panel);
        return html`<div class="panel" part="panel" id=${id} tabindex="-1" role="group" aria-labelledby="${id}-title"
          aria-describedby=${description ? `${id}-description` : nothing}>
          <div class="panel-title" id="${id}-title">${name}</div>
          ${description ? html`<p class="vt-note" id="${id}-description">${description}</p>` : nothing}
          ${elements(question.template ?? question.templateElements ?? [], at, panel, shown, `${id}-g`)}
          ${question.allowRemovePanel !== false && panels.length > (question.minPanelCount ?? 0)
            ? html`<button class="vt-button" data-variant="secondary" type="button" @click=${(event: Event) => remove(event, at)}>
                ${removeText}<span class="vt-visually-hidden"> ${name}</span>
              </button>`
            : nothing}
        </div>`;
      })}
      ${question.allowAddPanel !== false && panels.length < (question.maxPanelCount ?? 100)
        ? html`<button class="vt-button" data-variant="secondary" type="button" id="${view.id}-add" @click=${add}>
            ${view.text(question.panelAddText) || t.t('survey.panelAdd')}
          </button>`
        : nothing}
    </div>
    <p class="vt-visually-hidden" role="status" id="${view.id}-status"></p>`;
  return fieldset(view, body);
};

export const render_: QuestionModule['render'] = { paneldynamic: render };
export { render_ as render };

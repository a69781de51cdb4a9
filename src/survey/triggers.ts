import type { Question, SurveyModel, SurveyPage, Trigger } from './definition.js';
import type { AnswerValue, Answers } from './expression.js';
import { COMPUTE, problemOf, validationErrors, visiblePages, withAnswer } from './logic.js';
import { isObject } from './read-definition.js';
import type { KindHost, QuestionModule } from './questions/view.js';

/**
 * The survey's `triggers`, as survey-core 2.5 runs them with its default settings (no DOM;
 * test/survey/differential.test.ts holds them to survey-core). A chunk of its own (questions/registry.ts
 * `LAZY_PROPERTIES`), fetched with the question families only for a definition that has `triggers`, before
 * it is read: the fast pass and the checker (definition.ts) read them with it, the checker naming their
 * problems. The element follows a person's visit through `visit`, so the main bundle carries only its calls.
 *
 * When each runs, as in survey-core:
 * - on a change of a value its expression reads (an answer, a calculated value, a value a trigger set),
 *   every time it holds, not only when it turns true: `setvalue`, `copyvalue` (also on a change of its
 *   `fromName`), `runexpression`, and `skip` (`settings.triggers.executeSkipOnValueChanged`), which goes
 *   to its question's page; `skip` and `complete` not when the answer just given has an error;
 * - `complete`, on such a change, only marks the page it holds on: there the Next button sends instead
 *   (`changeNavigationButtonsOnComplete`); pressing Next runs it for the page's questions and calculated
 *   values, and when it holds then, the survey completes (`executeCompleteOnValueChanged` false);
 * - a value one sets runs the triggers that read it in turn, three rounds at most.
 */

/** Each trigger type's own properties, besides `type` and the old form's `name`, `operator`, `value`. */
export const TRIGGER_TYPES: Record<string, string> = {
  complete: '',
  setvalue: 'setToName setValue:j isVariable:b',
  copyvalue: 'setToName fromName copyDisplayValue:b',
  skip: 'gotoName',
  runexpression: 'setToName runExpression:c',
};

/** The operators of the old form (`name`, `operator`, `value`), which survey-core turns into an expression. */
const OPERATORS = 'equal notequal contains notcontains greater less greaterorequal lessorequal'.split(' ');

/** survey-core's `OperandMaker.toOperandString`: a value in quotes unless a number or a true/false. */
const operand = (value: unknown) =>
  value && !/^\s*-?(\d+\.?\d*|\.\d+)\s*$/.test(String(value)) && !/^(true|false)$/i.test(String(value)) ? `'${String(value)}'` : String(value);

/**
 * Reads a `triggers` list with the caller's property reader (the fast pass's, or the checker's, which
 * names each problem under `at`); `fail` is told what `read` cannot see. The old form's condition
 * (`"name": "q", "operator": "equal", "value": 1`) is read as the expression survey-core builds from it.
 */
export function readTriggers(list: unknown, { read, fail }: KindHost): Trigger[] {
  if (!Array.isArray(list)) return fail('', 'needs a list'), [];
  return list.flatMap((json: unknown, index) => {
    const at = `[${index}]`;
    const type = isObject(json) ? json.type : undefined;
    const own = TRIGGER_TYPES[type as string];
    if (typeof own != 'string' || !isObject(json)) {
      fail(`${at}.type`, type === undefined ? 'is missing' : `"${String(type)}" is not a supported trigger type (complete, setvalue, copyvalue, skip, runexpression)`);
      return [];
    }
    const { name, operator, value, ...rest } = json;
    const props = read(rest, `type expression:c ${own}`, at);
    if (name !== undefined && props.expression == null) {
      const spelled = String(operator ?? 'equal').toLowerCase();
      if (typeof name != 'string' || !name.trim()) fail(`${at}.name`, 'needs the name of a question');
      else if (spelled.endsWith('empty')) fail(`${at}.operator`, `is "${spelled}": survey-core builds an expression from it that it cannot run; write "expression": "{${name}} ${spelled}"`);
      else if (!OPERATORS.includes(spelled)) fail(`${at}.operator`, `needs to be one of ${OPERATORS.join(', ')}`);
      else if (value != null && typeof value != 'string' && typeof value != 'number') fail(`${at}.value`, 'needs a text or a number');
      // survey-core builds no condition from a comparison without a value.
      else if (value != null && value !== '') props.expression = read({ expression: `{${name}} ${spelled} ${operand(value)}` }, 'expression:c', at).expression;
    } else if (name !== undefined || value !== undefined || operator !== undefined) {
      fail(`${at}.${name !== undefined ? 'name' : value !== undefined ? 'value' : 'operator'}`, 'is read only in place of expression (name, operator and value)');
    }
    for (const property of ['setToName', 'fromName', 'gotoName'] as const) {
      // survey-core does nothing without them (runexpression's setToName may be left out).
      if (own.includes(property) && props[property] == null && type != 'runexpression') fail(`${at}.${property}`, 'is missing');
    }
    // survey-core would copy the chosen choice's text in its own language: not here yet.
    if (props.copyDisplayValue) fail(`${at}.copyDisplayValue`, 'is not supported: the value itself is copied only without it');
    // An expression that calls a function reading no value (`today()`) runs on every change, as survey-core cannot tell what it reads.
    if (typeof rest.expression == 'string' && callsBlindly(rest.expression)) props.always = true;
    return [Object.fromEntries(Object.entries(props).filter(([, each]) => each != null)) as unknown as Trigger];
  });
}

/**
 * Whether an expression's text calls a function whose arguments read no `{value}` (`today()`), outside
 * other functions' arguments: survey-core's `hasFunction(true)`, which does not look into those.
 */
function callsBlindly(source: string): boolean {
  const text = source.replace(/(["'])(?:\\.|(?!\1)[^\\])*\1/g, "''");
  const call = /[a-z_]\w*\(/iy;
  for (let at = 0; at < text.length; at++) {
    call.lastIndex = at;
    if (/\w/.test(text[at - 1] ?? '') || !call.test(text)) continue;
    // The call's arguments, to its closing parenthesis; a call inside them is not looked at.
    let end = call.lastIndex;
    for (let depth = 0; end < text.length && (text[end] != ')' || depth); end++) depth += text[end] == '(' ? 1 : text[end] == ')' ? -1 : 0;
    if (!text.slice(at, end).includes('{')) return true;
    at = end;
  }
  return false;
}

/**
 * What a survey's triggers name that it does not have, worded, once its questions are read: `names` are
 * the questions' names (those of calculated values in `values`). A `setvalue` with `isVariable` names a
 * variable, which expressions may read (`variables`).
 */
export function triggerProblems(triggers: Trigger[], names: string[], values: string[] = []): Array<{ at: string; says: string }> {
  const problems: Array<{ at: string; says: string }> = [];
  triggers.forEach((trigger, index) => {
    const at = `[${index}].`;
    const { setToName, fromName, gotoName, isVariable } = trigger;
    if (setToName !== undefined) {
      if (isVariable ? names.includes(setToName) : !names.includes(setToName)) {
        problems.push({ at: `${at}setToName`, says: isVariable ? `names the question "${setToName}"; a variable (isVariable) needs a name of its own` : `names "${setToName}", which is not a question` });
      }
    }
    if (fromName !== undefined && ![...names, ...values, ...variables(triggers)].includes(fromName)) problems.push({ at: `${at}fromName`, says: `names "${fromName}", which is not a question` });
    if (gotoName !== undefined && !names.includes(gotoName)) problems.push({ at: `${at}gotoName`, says: `names "${gotoName}", which is not a question` });
  });
  return problems;
}

/** The variables `setvalue` triggers set (`isVariable`): read by `{name}`, never sent, as in survey-core. */
export const variables = (triggers: Trigger[]) => triggers.flatMap(({ isVariable, setToName }) => (isVariable && setToName ? [setToName] : []));

/** What the triggers keep between changes, for a person's visit of the survey. */
export interface TriggerState {
  /** The complete triggers that held on a change, each with the page it held on: there, Next sends. */
  ready: Map<Trigger, SurveyPage | undefined>;
  /** Where each skip went from and to: Previous on the page a skip went to goes back (survey-core's `skippedPages`). */
  skipped: Array<{ from?: SurveyPage; to?: SurveyPage }>;
}

export const triggerState = (): TriggerState => ({ ready: new Map(), skipped: [] });

/** The page Previous goes back to from `page`, when a skip went there (once); else `undefined`. */
export function skippedFrom(state: TriggerState, page: SurveyPage | undefined): SurveyPage | undefined {
  const at = state.skipped.findIndex(({ to }) => to == page);
  return at < 0 ? undefined : state.skipped.splice(at, 1)[0]!.from;
}

/** What a change did: the answers after the triggers, and the question a `skip` goes to. */
export interface TriggerOutcome {
  answers: Answers;
  skipTo?: Question;
}

/** What the element tells the triggers about a change. */
export interface ChangeContext {
  /** The page shown now (the `SurveyPage` holding its first question). */
  page: SurveyPage | undefined;
  state: TriggerState;
  /** The answer just given has an error: `skip` and `complete` wait (survey-core's `requireValidQuestion`). */
  invalid?: boolean;
  /** What computed.ts `run` is told: the answers the person gave, and the language. */
  typed?: Set<string>;
  locale?: string;
  /** Whether `question` shows now, for a `skip` to it (survey-core goes only to a visible question). */
  shows(question: Question, answers: Answers): boolean;
}

const day = (date: Date) => [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((part) => String(part).padStart(2, '0')).join('-');

/** The question a `{reference}` reads: the whole name or its part before the first `.` or `[`. */
const base = (reference: string) => reference.split(/[.[]/)[0]!.toLowerCase();

/** The names whose values differ between `before` and `after`. */
function changes(before: Answers, after: Answers): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((name) => JSON.stringify(before[name]) !== JSON.stringify(after[name]));
}

/**
 * Whether survey-core runs `trigger` for a change of `keys`: its expression reads one of them (a name in
 * any letter case, or the question a part of whose answer it reads), calls a function, or reads nothing;
 * `copyvalue` also on a change of its `fromName`, and one without an expression then only.
 */
function runsFor(trigger: Trigger, keys: Set<string>): boolean {
  const { expression, fromName, always } = trigger;
  if (expression && always) return true;
  const read = [...(expression?.questions ?? []), ...(fromName ? [fromName] : [])];
  if (!read.length) return !!expression;
  return read.some((reference) => keys.has(reference.toLowerCase()) || keys.has(base(reference)));
}

/** Whether the trigger's condition holds now; `copyvalue` without one always does. */
const holds = (trigger: Trigger, answers: Answers, survey: SurveyModel) => (trigger.expression ? trigger.expression.evaluate(answers, survey) : trigger.type == 'copyvalue');

/**
 * The triggers' work after the person changed answers from `before` to `answers` (with the computed
 * values up to date): `changed` is the question they answered. Values the survey computed in turn
 * (calculated values, expression questions) run the triggers first, then the answer does, as survey-core
 * runs them.
 */
export function afterChange(survey: SurveyModel, before: Answers, answers: Answers, changed: string, context: ChangeContext): TriggerOutcome {
  const computed = changes(before, answers).filter((name) => name != changed);
  return runAll(survey, answers, [computed, [changed]], context, true);
}

/**
 * The triggers' work when the survey starts with `answers` (default values, computed values): survey-core
 * runs them as it sets each default, in the questions' order, then for the values it computes.
 */
export function atStart(survey: SurveyModel, answers: Answers, context: ChangeContext): TriggerOutcome {
  const given = survey.pages.flatMap((page) => page.questions.map(({ name }) => name)).filter((name) => name in answers);
  const computed = Object.keys(answers).filter((name) => !given.includes(name));
  return runAll(survey, answers, [...given.map((name) => [name]), computed], context);
}

/** A run of the triggers for each list of `changes`, in turn; with `last`, only the last may wait for a valid answer. */
function runAll(survey: SurveyModel, answers: Answers, changes: string[][], context: ChangeContext, last = false): TriggerOutcome {
  const outcome: TriggerOutcome = { answers };
  let page = context.page;
  changes.forEach((names, at) => {
    if (!names.length) return;
    const run = runTriggers(survey, outcome.answers, names, { ...context, page, invalid: last && at == changes.length - 1 && context.invalid });
    outcome.answers = run.answers;
    if (run.skipTo) outcome.skipTo = run.skipTo;
    page = run.page;
  });
  return outcome;
}

/** One run of the triggers for a change of `names`, and then for what they change in turn (three rounds at most). */
function runTriggers(survey: SurveyModel, answers: Answers, names: string[], context: ChangeContext): TriggerOutcome & { page: SurveyPage | undefined } {
  const triggers = survey.triggers ?? [];
  const questions = survey.pages.flatMap((page) => page.questions);
  let skipTo: Question | undefined;
  // A skip changes the page that later complete triggers mark.
  let { page } = context;
  let keys = new Set(names.map((name) => name.toLowerCase()));
  /** Sets a value as a trigger does: the values the survey computes follow, and what changed joins the keys. */
  const set = (name: string, value: unknown) => {
    const previous = answers;
    answers = withAnswer(answers, name, value as AnswerValue);
    answers = COMPUTE.run?.(survey, answers, previous, context.typed, context.locale) ?? answers;
    for (const each of changes(previous, answers)) keys.add(each.toLowerCase());
  };
  for (let round = 0; round < 3; round++) {
    const original = new Set(keys);
    for (const trigger of triggers) {
      const { type, setToName } = trigger;
      if (context.invalid && (type == 'skip' || type == 'complete')) continue;
      // A value the trigger sets itself does not run it again.
      if ((type == 'setvalue' || type == 'copyvalue') && keys.size == 1 && keys.has(setToName!.toLowerCase())) continue;
      if (!runsFor(trigger, keys)) continue;
      const now = holds(trigger, answers, survey);
      if (type == 'complete') {
        if (now) context.state.ready.set(trigger, page);
        else context.state.ready.delete(trigger);
      } else if (!now) continue;
      else if (type == 'setvalue') set(setToName!, structuredClone(trigger.setValue));
      else if (type == 'copyvalue') {
        if (trigger.fromName! in answers || questions.some((question) => question.name == trigger.fromName)) set(setToName!, structuredClone(answers[trigger.fromName!]));
      } else if (type == 'runexpression') {
        const value = trigger.runExpression?.value(answers, survey);
        // A date is set as survey-core sets it: its local day, as a date input writes it.
        if (setToName && value !== undefined) set(setToName, value instanceof Date ? day(value) : value);
      } else if (type == 'skip') {
        const target = questions.find((question) => question.name == trigger.gotoName);
        if (target && context.shows(target, answers)) {
          skipTo = target;
          context.state.skipped.push({ from: page, to: pageOf(survey, target) });
          page = pageOf(survey, target);
        }
      }
    }
    if (keys.size == original.size) break;
    keys = new Set([...keys].filter((key) => !original.has(key)));
  }
  return { answers, skipTo, page };
}

/**
 * Whether Next completes the survey on `page` (with `shown`, the questions on it now): survey-core runs
 * the complete triggers then for the page's questions (hidden ones too) and the calculated values, or with
 * one question a page for that question only. A trigger that no longer holds no longer marks the page.
 */
export function completesOnNext(survey: SurveyModel, answers: Answers, page: SurveyPage | undefined, shown: Question[], { ready }: TriggerState, onePerPage = false): boolean {
  const names = onePerPage ? shown.map(({ name }) => name) : [...(page?.questions ?? []).map(({ name }) => name), ...(survey.calculatedValues ?? []).map(({ name }) => name)];
  const keys = new Set(names.map((name) => name.toLowerCase()));
  let completes = false;
  for (const trigger of survey.triggers ?? []) {
    if (trigger.type != 'complete' || !runsFor(trigger, keys)) continue;
    if (holds(trigger, answers, survey)) completes = true;
    else ready.delete(trigger);
  }
  return completes;
}

/** Whether a complete trigger held on `page` when last run: Next sends there (survey-core's `canBeCompletedByTrigger`). */
export const canComplete = ({ ready }: TriggerState, page: SurveyPage | undefined) => [...ready.values()].some((held) => !page || held == page);

/** The survey page that holds `question`. */
export const pageOf = (survey: SurveyModel, question: Question | undefined) => survey.pages.find((page) => question && page.questions.includes(question));

/**
 * The fast pass's check of what the triggers name (the checker words each problem itself): true when
 * the survey has it all; the variables they set join `names`, which expressions may read.
 */
export function knowsNames(survey: { triggers?: unknown; calculatedValues?: unknown }, pages: SurveyPage[], names: string[]): boolean {
  const triggers = survey.triggers as Trigger[];
  const calculated = ((survey.calculatedValues ?? []) as Array<{ name: string }>).map(({ name }) => name);
  names.push(...variables(triggers));
  return !triggerProblems(triggers, pages.flatMap((page) => page.questions.map(({ name }) => name)), calculated).length;
}

/** What a change did, for the element: with `news`, the text the live region says (Next turned into Send, or back). */
export type TriggerNews = TriggerOutcome & { news?: 'survey.endsHere' | 'survey.continues' };

/**
 * A person's visit of `survey`, as the element runs it: pages are named by a question shown on them
 * (`first`), the answers the person gave (`typed`) and the language (`locale`) go to computed.ts.
 */
export function visit(survey: SurveyModel) {
  const state = triggerState();
  const context = (page: SurveyPage | undefined, typed: Set<string>, locale: string): ChangeContext => ({
    page,
    state,
    typed,
    locale,
    shows: (target, answers) => visiblePages(survey, answers).flat().includes(target),
  });
  return {
    /** As the survey starts with `answers`: no page is current yet, as in survey-core. */
    start: (answers: Answers, typed: Set<string>, locale: string) => atStart(survey, answers, context(undefined, typed, locale)),
    /** After the person answered `question`, from `before`, on the page of `first`. */
    change(before: Answers, answers: Answers, question: Question, first: Question | undefined, typed: Set<string>, locale: string): TriggerNews {
      const page = pageOf(survey, first);
      const could = canComplete(state, page);
      const invalid = !!problemOf(question, answers) || validationErrors(question, answers).length > 0;
      const outcome: TriggerNews = afterChange(survey, before, answers, question.name, { ...context(page, typed, locale), invalid });
      const can = canComplete(state, page);
      if (can != could) outcome.news = can ? 'survey.endsHere' : 'survey.continues';
      return outcome;
    },
    /** Whether Next sends on the page of `first`. */
    sends: (first: Question | undefined) => canComplete(state, pageOf(survey, first)),
    /** Whether Next, its page's answers checked, completes the survey: `shown`, the page's questions. */
    completes: (answers: Answers, shown: Question[], onePerPage: boolean) => completesOnNext(survey, answers, pageOf(survey, shown[0]), shown, state, onePerPage),
    /** Where Previous goes from the page of `first`, when a skip went there. */
    back: (first: Question | undefined) => skippedFrom(state, pageOf(survey, first)),
  };
}

/** A visit (`visit`). */
export type Visit = ReturnType<typeof visit>;

// Fetched as a question family is (questions/registry.ts), with no types of its own.
export const properties = {};
export const render = {};
// The fast pass reads `triggers` (kind g) with this chunk; the checker calls `readTriggers` itself.
export const kinds: QuestionModule['kinds'] = { g: (value, host) => readTriggers(value, host) };
export const triggers = { visit, knowsNames, problems: triggerProblems, variables };

// The HTML of every benchmark page. Each page marks `bench:start` in its first script, before any
// library loads, and resolves `window.__benchDone` once the thing measured is interactive.
import { snippetFor } from '../../scripts/lib/snippets.js';

/** The CDN folder the pages load from (bench/run.js sets it), whose snippets/ name each entry's hints. */
let snippetsFrom;
export const useSnippetsFrom = (cdnDir) => (snippetsFrom = cdnDir);

/**
 * What a partner pastes for `cdnFile` on a Finnish page (cdn/snippets/, written by the build; for a
 * survey, one with its own definition, as every page here has): its `modulepreload` hints and the
 * script; with `alone`, or without a snippet, the script line alone.
 */
export function entryScript(cdnFile, { alone = false } = {}) {
  const script = `<script type="module" src="/cdn/${cdnFile}"></script>`;
  return (!alone && snippetsFrom && snippetFor(snippetsFrom, cdnFile)) || script;
}

/** JSON safe to put inside <script type="application/json">. */
const inlineJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

const HARNESS = `<script>
performance.mark('bench:start');
(() => {
  let done;
  window.__benchDone = new Promise((resolve) => (done = resolve));
  /** A mark's time from navigation start (the page's time origin). */
  const raw = (name) => performance.getEntriesByName(name)[0]?.startTime;
  /** A mark's time from bench:start, the page's first script. */
  const at = (name) => {
    const mark = raw(name);
    return mark === undefined ? undefined : mark - raw('bench:start');
  };
  window.__bench = {
    /** The library has loaded and run: the page's own script starts. */
    library() { performance.mark('bench:library'); },
    /**
     * Polls check() (now, after every task, and on every change in the nodes \`within()\` gives) until it
     * holds; then waits for the next frame too.
     * first: an earlier point to note on the way (the first input in the DOM), marked when it first holds.
     * within: where the render happens (a shadow root, a container), watched with a MutationObserver: its
     * callback runs as the task that rendered ends, so the point is taken when the inputs are in the DOM,
     * as the floor's are when its HTML is parsed; a check only after the next task would come after the
     * frame the browser draws first (tens of ms on the mobile profile), which the floor never waits for.
     */
    waitFor(check, details, { first, within = () => [], timeoutMs = 90000 } = {}) {
      const begun = performance.now();
      const channel = new MessageChannel();
      let firstSeen = !first;
      let finished = false;
      let observer;
      const finish = (error) => {
        finished = true;
        observer.disconnect();
        performance.mark('bench:interactive');
        if (!firstSeen) performance.mark('bench:first');
        let info;
        try { info = error ? undefined : details(); } catch (e) { error = String(e); }
        const result = {
          error,
          library: at('bench:library'),
          first: first ? at('bench:first') : at('bench:interactive'),
          interactive: at('bench:interactive'),
          details: info,
          nav: { start: raw('bench:start'), library: raw('bench:library'), usable: raw('bench:interactive') },
          // The scripts and styles the page fetched: when each was requested and when it had arrived.
          resources: performance.getEntriesByType('resource').map((e) => ({
            name: new URL(e.name).pathname,
            start: e.startTime,
            end: e.responseEnd,
            bytes: e.transferSize,
          })),
        };
        requestAnimationFrame(() => setTimeout(() => {
          performance.mark('bench:frame');
          result.frame = at('bench:frame');
          result.nav.frame = raw('bench:frame');
          done(result);
        }));
      };
      /** Whether check() holds now (finishing then); an error in it finishes too. */
      const holds = () => {
        if (finished) return true;
        for (const node of within()) if (node) observer.observe(node, { subtree: true, childList: true, attributes: true });
        let ok;
        try {
          if (!firstSeen && first()) {
            firstSeen = true;
            performance.mark('bench:first');
          }
          ok = check();
        } catch (e) {
          finish(String(e));
          return true;
        }
        if (ok) finish();
        return ok;
      };
      // After every task: one message at a time, posted again until check() holds.
      const poll = () => {
        if (holds()) return;
        if (performance.now() - begun > timeoutMs) return finish('timed out waiting for the render');
        channel.port2.postMessage(0);
      };
      observer = new MutationObserver(() => void holds());
      channel.port1.onmessage = poll;
      poll();
    },
    /**
     * Waits until tag is defined (or timeoutMs has passed: a build without it), then marks the library as
     * loaded and run. An entry may define its elements only after a top-level await (its chunks), so
     * the page's own module script, run right after the entry's, cannot just look.
     */
    async defined(tag, timeoutMs = 60000) {
      await Promise.race([customElements.whenDefined(tag), new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
      performance.mark('bench:library');
    },
    fail(message) { done({ error: message }); },
  };
  /** Every question in root (matching selector) has an enabled control, and there are count of them. */
  window.__allUsable = (root, selector, count) => {
    if (!root) return false;
    const questions = root.querySelectorAll(selector);
    if (questions.length !== count) return false;
    for (const question of questions) {
      if (!question.querySelector('input:not([disabled]), textarea:not([disabled]), select:not([disabled])')) return false;
    }
    return true;
  };
  addEventListener('error', (event) => window.__bench.fail('page error: ' + event.message));
})();
</script>`;

const page = (head, body, extraHead = '') =>
  `<!doctype html>
<html lang="fi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>vertaistuki-widgets benchmark</title>
<link rel="icon" href="data:,">
${HARNESS}
${extraHead}
${head}
</head>
<body>
${body}
</body>
</html>
`;

const SURVEYJS_HEAD = `<link rel="stylesheet" href="/surveyjs/survey-core/survey-core.fontless.min.css">
<script src="/surveyjs/survey-core/survey.core.min.js"></script>
<script src="/surveyjs/survey-js-ui/survey-js-ui.min.js"></script>`;

/**
 * A what-if for the profile: `Intl.NumberFormat` replaced, before anything loads, by one that writes
 * numbers with `String()` (the same text for the small whole numbers a survey shows). The first
 * `new Intl.NumberFormat()` in a fresh page loads ICU's number data, which the profile shows as the
 * largest single cost of our first render.
 */
export const WITHOUT_NUMBER_FORMAT = `<script>
Intl.NumberFormat = function NumberFormat() {
  return { format: (value) => String(value), resolvedOptions: () => ({ locale: document.documentElement.lang }) };
};
</script>`;

const questionCount = (definition) => definition.pages.reduce((sum, p) => sum + p.elements.length, 0);

/** One <vt-survey> given the definition as a property, as a JavaScript user would. */
export function vtSurveyPage(cdnFile, definition, extraHead = '', { alone = false } = {}) {
  return page(
    entryScript(cdnFile, { alone }),
    `<main id="root"></main>
<script type="application/json" id="definition">${inlineJson(definition)}</script>
<script type="module">
await __bench.defined('vt-survey');
if (!customElements.get('vt-survey')) {
  __bench.fail('<vt-survey> is not defined by cdn/${cdnFile}');
} else {
  const survey = document.createElement('vt-survey');
  survey.definition = JSON.parse(document.getElementById('definition').textContent);
  document.getElementById('root').append(survey);
  __bench.waitFor(
    () => __allUsable(survey.shadowRoot, '[part~="question"]', ${questionCount(definition)}),
    () => ({
      questions: survey.shadowRoot.querySelectorAll('[part~="question"]').length,
      controls: survey.shadowRoot.querySelectorAll('input, textarea, select').length,
    }),
    { first: () => survey.shadowRoot?.querySelector('input, textarea, select'), within: () => [survey.shadowRoot] },
  );
}
</script>`,
    extraHead,
  );
}

/** The same definition with survey-core + survey-js-ui, as SurveyJS's "Get started" page shows. */
export function surveyJsPage(definition) {
  return page(
    SURVEYJS_HEAD,
    `<main id="root"></main>
<script type="application/json" id="definition">${inlineJson(definition)}</script>
<script>
__bench.library();
if (typeof Survey === 'undefined' || typeof SurveyUI === 'undefined') {
  __bench.fail('survey-core or survey-js-ui did not load');
} else {
  const root = document.getElementById('root');
  const model = new Survey.Model(JSON.parse(document.getElementById('definition').textContent));
  model.render(root);
  __bench.waitFor(
    () => __allUsable(root, '.sd-question', ${questionCount(definition)}),
    () => ({
      questions: root.querySelectorAll('.sd-question').length,
      controls: root.querySelectorAll('input, textarea, select').length,
    }),
    { first: () => root.querySelector('.sd-question input, .sd-question textarea, .sd-question select'), within: () => [root] },
  );
}
</script>`,
  );
}

/** Markup of one instance of each element, as the element docs show it. */
const INSTANCE = {
  'vt-config': (i) =>
    `<vt-config endpoint="/api/submissions" programme="bench" privacy-notice-url="/tietosuoja"><p>Osio ${i}</p></vt-config>`,
  'vt-survey': (i, { smallSurvey }) =>
    `<vt-survey endpoint="/api/submissions" privacy-notice-url="/tietosuoja" survey-id="bench-${i}"><script type="application/json">${inlineJson(smallSurvey)}</script></vt-survey>`,
  'vt-group-signup': (i) =>
    `<vt-group-signup endpoint="/api/submissions" privacy-notice-url="/tietosuoja">
  <vt-group value="pori-${i}" starts="2027-02-03T17:00" meetings="6" location="Pori, SAMK" capacity="8" seats-left="3" type="horizontal" format="hybrid" audience="yksinyrittäjät">Porin yksinyrittäjien vertaisryhmä<p>Kuusi iltaa keväällä.</p></vt-group>
  <vt-group value="verkko-${i}" seats-left="0" type="vertical" format="online">Esihenkilöiden verkkoryhmä</vt-group>
</vt-group-signup>`,
  'vt-reflection-card': (i) => `<vt-reflection-card card-id="bench-${i}"></vt-reflection-card>`,
  'vt-phase-timer': () => `<vt-phase-timer preset="co-development-workshop"></vt-phase-timer>`,
};

export const ELEMENTS = Object.keys(INSTANCE);

/** `count` instances of one element, in the page's HTML, upgraded when the CDN file has loaded. */
export function vtManyPage(tag, cdnFile, count, fixtures) {
  const instances = Array.from({ length: count }, (_, i) => INSTANCE[tag](i, fixtures)).join('\n');
  return page(
    entryScript(cdnFile),
    `<main id="root">
${instances}
</main>
<script type="module">
await __bench.defined(${JSON.stringify(tag)});
const tag = ${JSON.stringify(tag)};
const elements = [...document.querySelectorAll(tag)];
if (!customElements.get(tag)) {
  __bench.fail('<' + tag + '> is not defined by cdn/${cdnFile}');
} else {
  // Rendered: its first update wrote into the shadow root (Lit's render leaves at least a marker there).
  __bench.waitFor(
    () => elements.every((element) => element.shadowRoot?.childNodes.length),
    () => ({
      instances: elements.length,
      rendered: elements.filter((element) => element.shadowRoot && element.shadowRoot.childNodes.length).length,
      controls: elements.reduce((sum, element) => sum + element.shadowRoot.querySelectorAll('input, textarea, select, button').length, 0),
    }),
    { within: () => elements.map((element) => element.shadowRoot) },
  );
}
</script>`,
  );
}

/** `count` SurveyJS surveys of the same small definition, each in its own container. */
export function surveyJsManyPage(count, fixtures) {
  const roots = Array.from({ length: count }, (_, i) => `<div class="survey" id="s${i}"></div>`).join('\n');
  return page(
    SURVEYJS_HEAD,
    `<main id="root">
${roots}
</main>
<script type="application/json" id="definition">${inlineJson(fixtures.smallSurvey)}</script>
<script>
__bench.library();
const roots = [...document.querySelectorAll('.survey')];
const json = document.getElementById('definition').textContent;
for (const root of roots) new Survey.Model(JSON.parse(json)).render(root);
const expected = ${fixtures.smallSurvey.pages[0].elements.length};
__bench.waitFor(
  () => roots.every((root) => root.querySelectorAll('.sd-question').length === expected),
  () => ({
    instances: roots.length,
    rendered: roots.filter((root) => root.querySelector('.sd-question input, .sd-question textarea')).length,
    controls: document.querySelectorAll('#root input, #root textarea, #root select, #root button').length,
  }),
  { within: () => roots },
);
</script>`,
  );
}

/** The harness alone: the heap a page has before any library. */
export function blankPage() {
  return page('', `<main id="root"></main>
<script>__bench.library(); __bench.waitFor(() => true, () => ({}));</script>`);
}

/**
 * One running <vt-phase-timer>, with counters for its renders: `updated()` calls (patched on the
 * class's prototype) and shadow-root mutation callbacks.
 */
export function phaseTimerPage(cdnFile) {
  return page(
    entryScript(cdnFile),
    `<main id="root"><vt-phase-timer preset="co-development-workshop" timer-id="bench"></vt-phase-timer></main>
<script type="module">
await __bench.defined('vt-phase-timer');
const Timer = customElements.get('vt-phase-timer');
if (!Timer) {
  __bench.fail('<vt-phase-timer> is not defined by cdn/${cdnFile}');
} else {
  const counts = (window.__timerCounts = { updates: 0, mutations: 0, visibility: [] });
  const updated = Timer.prototype.updated;
  Timer.prototype.updated = function (...args) {
    counts.updates++;
    return updated.apply(this, args);
  };
  document.addEventListener('visibilitychange', () => counts.visibility.push(document.visibilityState));
  const timer = document.querySelector('vt-phase-timer');
  await timer.updateComplete;
  new MutationObserver(() => counts.mutations++).observe(timer.shadowRoot, {
    subtree: true, childList: true, characterData: true, attributes: true,
  });
  __bench.waitFor(() => timer.shadowRoot.childNodes.length, () => ({}));
}
</script>`,
  );
}

// ---------------------------------------------------------------------------------------------------
// The plain-HTML floors: what the same content costs with no library at all. Served as finished HTML
// (built here, in Node, as a server or a static-site generator would), with native controls and no CSS
// or script beyond the harness: nothing can reach "all inputs usable" sooner.

const escapeHtml = (value) => String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** A choice as [value, text]: `{ value, text }`, `'value|text'` or a plain value. */
const choiceOf = (c) => (typeof c === 'object' ? [c.value, c.text ?? c.value] : String(c).includes('|') ? String(c).split('|') : [c, c]);

/** A survey definition as a plain HTML form: the same questions, native controls, no library. */
export function plainSurveyHtml(definition) {
  const choices = (type, name, list) =>
    list.map((c) => `<label><input type="${type}" name="${escapeHtml(name)}" value="${escapeHtml(choiceOf(c)[0])}"> ${escapeHtml(choiceOf(c)[1])}</label>`).join('\n');
  const control = (q) => {
    switch (q.type) {
      case 'rating': {
        const values = Array.from({ length: (q.rateMax ?? 5) - (q.rateMin ?? 1) + 1 }, (_, i) => (q.rateMin ?? 1) + i);
        return `${choices('radio', q.name, values)}<p>${escapeHtml(q.minRateDescription ?? '')} – ${escapeHtml(q.maxRateDescription ?? '')}</p>`;
      }
      case 'radiogroup': return choices('radio', q.name, q.choices);
      case 'checkbox': return choices('checkbox', q.name, q.choices);
      case 'boolean': return choices('radio', q.name, [`true|${q.labelTrue ?? 'Kyllä'}`, `false|${q.labelFalse ?? 'Ei'}`]);
      case 'comment': return `<textarea name="${escapeHtml(q.name)}" rows="4" maxlength="${q.maxLength ?? ''}"></textarea>`;
      case 'matrix':
        return q.rows.map((r) => `<fieldset><legend>${escapeHtml(choiceOf(r)[1])}</legend>${choices('radio', `${q.name}-${choiceOf(r)[0]}`, q.columns)}</fieldset>`).join('\n');
      default: return `<input type="${q.inputType ?? 'text'}" name="${escapeHtml(q.name)}" maxlength="${q.maxLength ?? ''}">`;
    }
  };
  const questions = definition.pages.flatMap((p) => p.elements).map((q) =>
    `<fieldset class="question"><legend>${escapeHtml(q.title ?? q.name)}${q.isRequired ? ' (pakollinen)' : ''}</legend>` +
      `${q.description ? `<p>${escapeHtml(q.description)}</p>` : ''}\n${control(q)}</fieldset>`);
  return `<form><h2>${escapeHtml(definition.title ?? '')}</h2><p>${escapeHtml(definition.description ?? '')}</p>\n${questions.join('\n')}\n<button>Lähetä vastaukset</button></form>`;
}

/** The floor for a survey: plainSurveyHtml in the page as served, timed like the libraries. */
export function floorSurveyPage(definition) {
  return page(
    '',
    `<main id="root">
${plainSurveyHtml(definition)}
</main>
<script>
__bench.library();
const root = document.getElementById('root');
__bench.waitFor(
  () => __allUsable(root, '.question', ${questionCount(definition)}),
  () => ({ questions: root.querySelectorAll('.question').length, controls: root.querySelectorAll('input, textarea, select').length }),
);
</script>`,
  );
}

/** `count` <vt-survey> elements on one page, each with the definition inline, as the docs show it. */
export function vtSurveysPage(cdnFile, definition, count) {
  const surveys = Array.from(
    { length: count },
    (_, i) => `<vt-survey endpoint="/api/submissions" privacy-notice-url="/tietosuoja" survey-id="bench-${i}"><script type="application/json">${inlineJson(definition)}</script></vt-survey>`,
  ).join('\n');
  return page(
    entryScript(cdnFile),
    `<main id="root">
${surveys}
</main>
<script type="module">
await __bench.defined('vt-survey');
const surveys = [...document.querySelectorAll('vt-survey')];
if (!customElements.get('vt-survey')) {
  __bench.fail('<vt-survey> is not defined by cdn/${cdnFile}');
} else {
  const usable = (survey) => __allUsable(survey.shadowRoot, '[part~="question"]', ${questionCount(definition)});
  __bench.waitFor(
    () => surveys.every(usable),
    () => ({
      instances: surveys.length,
      rendered: surveys.filter(usable).length,
      questions: surveys.reduce((sum, s) => sum + s.shadowRoot.querySelectorAll('[part~="question"]').length, 0),
    }),
    { within: () => surveys.map((survey) => survey.shadowRoot) },
  );
}
</script>`,
  );
}

/** Each element's first usable control, and the plain HTML that offers the same. */
export const FIRST_CONTROL = {
  'vt-group-signup': 'input:not([disabled])',
  'vt-reflection-card': 'textarea:not([disabled])',
  'vt-phase-timer': 'button:not([disabled])',
};

const FLOOR = {
  'vt-group-signup': `<form>
<h2>Ilmoittaudu vertaisryhmään</h2>
<p>Tiedoistasi pakollisia ovat vain nimi ja sähköposti.</p>
<fieldset><legend>Valitse ryhmä (pakollinen)</legend>
<label><input type="radio" name="group" value="pori-0"> Porin yksinyrittäjien vertaisryhmä</label>
<p>Kuusi iltaa keväällä.</p><p>Alkaa keskiviikko 3. helmikuuta 2027 klo 17.00 · 6 tapaamista · Hybridi · Pori, SAMK · Kenelle: yksinyrittäjät</p><p>3 paikkaa vapaana</p>
<label><input type="radio" name="group" value="verkko-0"> Esihenkilöiden verkkoryhmä</label>
<p>Verkossa</p><p>Ryhmä on täynnä: voit ilmoittautua jonoon.</p>
</fieldset>
<fieldset><legend>Yhteystietosi</legend>
<label>Nimi (pakollinen) <input name="name" autocomplete="name" required></label>
<label>Sähköposti (pakollinen) <input name="email" type="email" autocomplete="email" required></label>
</fieldset>
<label>Roolisi (vapaaehtoinen) <select name="role"><option value="">Valitse</option><option>Keikkatyön tekijä</option><option>Yksinyrittäjä</option><option>Työntekijä</option><option>Esihenkilö</option><option>Muu</option></select></label>
<label><input type="checkbox" name="consent" required> Hyväksyn tietojeni käsittelyn (<a href="/tietosuoja">tietosuojaseloste</a>)</label>
<button>Ilmoittaudu</button>
</form>`,
  'vt-reflection-card': `<div role="group" aria-labelledby="title">
<p id="title">Pohdintatehtävä</p><p>1 / 3</p>
<label for="answer-0">Mieti ja kirjaa yksi mielestäsi hyvä esimerkki siitä, kun olet saanut vertaistukea elämäsi aikana.</label>
<textarea id="answer-0" rows="5" maxlength="10000"></textarea>
<button disabled>Edellinen</button> <button>Seuraava</button>
<p>Vastauksesi tallentuvat vain tälle laitteelle.</p>
</div>`,
  'vt-phase-timer': `<div>
<p>Vaihe 1/6 · Yhteinen osa · Yhteinen aloitus</p>
<div role="timer" id="clock">20:00</div>
<p>Ei vielä käynnissä</p>
<progress max="1000" value="0" aria-label="Vaiheen eteneminen"></progress>
<button id="toggle">Käynnistä</button> <button>Edellinen vaihe</button> <button>Seuraava vaihe</button> <button>Aloita alusta</button>
</div>
<script>
// The clock: counts down from 20:00 once started.
document.getElementById('toggle').onclick = () => {
  const end = Date.now() + 20 * 60000;
  setInterval(() => {
    const s = Math.max(0, Math.round((end - Date.now()) / 1000));
    document.getElementById('clock').textContent = String(Math.floor(s / 60)).padStart(2, '0') + ':' + String(s % 60).padStart(2, '0');
  }, 1000);
};
</script>`,
};

/** One element, as its docs show it, timed to its first usable control. */
export function vtElementPage(tag, cdnFile, fixtures) {
  return page(
    entryScript(cdnFile),
    `<main id="root">
${INSTANCE[tag](0, fixtures)}
</main>
<script type="module">
await __bench.defined(${JSON.stringify(tag)});
const element = document.querySelector(${JSON.stringify(tag)});
if (!customElements.get(${JSON.stringify(tag)})) {
  __bench.fail('<${tag}> is not defined by cdn/${cdnFile}');
} else {
  __bench.waitFor(
    () => element.shadowRoot?.querySelector(${JSON.stringify(FIRST_CONTROL[tag])}),
    () => ({ controls: element.shadowRoot.querySelectorAll('input, textarea, select, button').length }),
    { within: () => [element.shadowRoot] },
  );
}
</script>`,
  );
}

/** The element's plain-HTML floor: a form, a textarea, a clock. */
export function floorElementPage(tag) {
  return page(
    '',
    `<main id="root">
${FLOOR[tag]}
</main>
<script>
__bench.library();
const root = document.getElementById('root');
__bench.waitFor(
  () => root.querySelector(${JSON.stringify(FIRST_CONTROL[tag])}),
  () => ({ controls: root.querySelectorAll('input, textarea, select, button').length }),
);
</script>`,
  );
}

/**
 * Installed in a loaded page before answering: for each trusted click or keydown, the time from the
 * event's own time stamp (when the browser received the input) to the end of the next frame after the
 * page handled it (a requestAnimationFrame callback, then a task: style, layout and paint are done);
 * `handled`: to that frame's requestAnimationFrame callback (the handlers and the update have run, the
 * frame's style, layout and paint not yet).
 */
export const ANSWER_TIMING = () => {
  window.__answers = [];
  const time = (event) => {
    if (!event.isTrusted) return;
    const start = event.timeStamp;
    requestAnimationFrame(() => {
      const handled = performance.now() - start;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.__answers.push({ type: event.type, handled, ms: performance.now() - start });
      channel.port2.postMessage(0);
    });
  };
  addEventListener('click', time, true);
  addEventListener('keydown', time, true);
};

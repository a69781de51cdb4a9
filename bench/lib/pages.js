// The HTML of every benchmark page. Each page marks `bench:start` in its first script, before any
// library loads, and resolves `window.__benchDone` once the thing measured is interactive.

/** JSON safe to put inside <script type="application/json">. */
const inlineJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

const HARNESS = `<script>
performance.mark('bench:start');
(() => {
  let done;
  window.__benchDone = new Promise((resolve) => (done = resolve));
  const at = (name) => {
    const start = performance.getEntriesByName('bench:start')[0].startTime;
    const mark = performance.getEntriesByName(name)[0];
    return mark ? mark.startTime - start : undefined;
  };
  window.__bench = {
    /** The library has loaded and run: the page's own script starts. */
    library() { performance.mark('bench:library'); },
    /** Polls check() (now, then after every task) until it holds; then waits for the next frame too. */
    waitFor(check, details, timeoutMs = 90000) {
      const begun = performance.now();
      const channel = new MessageChannel();
      const finish = (error) => {
        performance.mark('bench:interactive');
        let info;
        try { info = error ? undefined : details(); } catch (e) { error = String(e); }
        const result = { error, library: at('bench:library'), interactive: at('bench:interactive'), details: info };
        requestAnimationFrame(() => setTimeout(() => {
          performance.mark('bench:frame');
          result.frame = at('bench:frame');
          done(result);
        }));
      };
      const poll = () => {
        let ok;
        try { ok = check(); } catch (e) { return finish(String(e)); }
        if (ok) return finish();
        if (performance.now() - begun > timeoutMs) return finish('timed out waiting for the render');
        channel.port2.postMessage(0);
      };
      channel.port1.onmessage = poll;
      poll();
    },
    fail(message) { done({ error: message }); },
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

/** One <vt-survey> given the definition as a property, as a JavaScript user would. */
export function vtSurveyPage(cdnFile, definition, extraHead = '') {
  return page(
    `<script type="module" src="/cdn/${cdnFile}"></script>`,
    `<main id="root"></main>
<script type="application/json" id="definition">${inlineJson(definition)}</script>
<script type="module">
__bench.library();
if (!customElements.get('vt-survey')) {
  __bench.fail('<vt-survey> is not defined by cdn/${cdnFile}');
} else {
  const survey = document.createElement('vt-survey');
  survey.definition = JSON.parse(document.getElementById('definition').textContent);
  document.getElementById('root').append(survey);
  __bench.waitFor(
    () => survey.shadowRoot?.querySelector('input, textarea, select'),
    () => ({
      questions: survey.shadowRoot.querySelectorAll('[part~="question"]').length,
      controls: survey.shadowRoot.querySelectorAll('input, textarea, select').length,
    }),
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
    () => root.querySelector('.sd-question input, .sd-question textarea, .sd-question select'),
    () => ({
      questions: root.querySelectorAll('.sd-question').length,
      controls: root.querySelectorAll('input, textarea, select').length,
    }),
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
    `<script type="module" src="/cdn/${cdnFile}"></script>`,
    `<main id="root">
${instances}
</main>
<script type="module">
__bench.library();
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
    `<script type="module" src="/cdn/${cdnFile}"></script>`,
    `<main id="root"><vt-phase-timer preset="co-development-workshop" timer-id="bench"></vt-phase-timer></main>
<script type="module">
__bench.library();
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

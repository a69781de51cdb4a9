// What Lit itself costs for the 30-question survey's DOM: the same questions and controls rendered into a
// shadow root three ways in Debian Chromium, each in a fresh page, and timed around the render alone:
//   - Lit, with the bindings `<vt-survey>` has on each control (id, name, value, checked, disabled,
//     aria-describedby, a change listener);
//   - Lit, with the choices' attributes written out (only their labels bound);
//   - the floor's HTML (bench/lib/pages.js `plainSurveyHtml`) set as the shadow root's innerHTML.
// It tells how much of the element's first render is the stack's own cost for this DOM rather than
// ours. A tool for working on the first render, not part of `npm run bench`.
// Run: node bench/lit-floor.js [loads per way, default 9]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchBrowser } from './lib/browser.js';
import { plainSurveyHtml } from './lib/pages.js';
import { startServer } from './lib/server.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LOADS = Number(process.argv[2]) || 9;
const definition = readFileSync(join(ROOT, 'bench/fixtures/survey-30.json'), 'utf8');

/** The page's module: renders the definition's questions with Lit, the choices bound as `<vt-survey>` binds them or not. */
const litPage = (bound) => `
import { html, nothing, render } from 'lit';
const questions = JSON.parse(document.getElementById('definition').textContent).pages[0].elements;
const options = (q) =>
  q.type == 'rating' ? [1, 2, 3, 4, 5].map((value) => ({ value, text: String(value) }))
  : q.type == 'boolean' ? [{ value: true, text: q.labelTrue }, { value: false, text: q.labelFalse }]
  : (q.choices ?? []).map((c) => (typeof c == 'object' ? c : { value: c, text: c }));
const choice = (name, c, at, type) => ${
  bound
    ? "html`<span class=\"choice\"><input type=${type} id=${name + '-' + at} name=${name} value=${String(c.value)} .checked=${false} ?disabled=${false} aria-describedby=${nothing} @change=${() => {}} /><label for=${name + '-' + at}>${c.text}</label></span>`"
    : 'html`<span class="choice"><input type="radio" id="c" name="c" value="c" /><label for="c">${c.text}</label></span>`'
};
const question = (q, i) => {
  const title = html\`<span class="number">\${i + 1}.</span> \${q.title ?? q.name}\${q.isRequired ? html\` <span class="mark">*</span>\` : nothing}\`;
  const about = html\`\${q.description ? html\`<p class="vt-note" id="\${q.name}-description">\${q.description}</p>\` : nothing}\`;
  if (q.type == 'comment' || q.type == 'text') {
    const control = q.type == 'comment'
      ? html\`<textarea id=\${q.name} .value=\${''} maxlength=\${q.maxLength ?? nothing} @input=\${() => {}}></textarea>\`
      : html\`<input id=\${q.name} type=\${q.inputType ?? 'text'} .value=\${''} maxlength=\${q.maxLength ?? nothing} @input=\${() => {}} />\`;
    return html\`<div class="question field"><label for=\${q.name}>\${title}</label>\${about}\${control}</div>\`;
  }
  const body = q.type == 'matrix'
    ? q.rows.map((row, r) => html\`<fieldset class="matrix-row"><legend>\${row.text ?? row}</legend><div class="choices">\${q.columns.map((c, at) => choice(q.name + '-r' + r, typeof c == 'object' ? c : { value: c, text: c }, at, 'radio'))}</div></fieldset>\`)
    : html\`<div class="choices">\${options(q).map((c, at) => choice(q.name, c, at, q.type == 'checkbox' ? 'checkbox' : 'radio'))}</div>\`;
  return html\`<fieldset class="question" aria-describedby=\${nothing} @focusout=\${() => {}}><legend>\${title}</legend>\${about} \${body}</fieldset>\`;
};
const root = document.getElementById('root').attachShadow({ mode: 'open' });
const begun = performance.now();
render(html\`<form>\${questions.map(question)}<button>Lähetä</button></form>\`, root);
window.__rendered = { ms: performance.now() - begun, controls: root.querySelectorAll('input, textarea').length };
`;

const scratch = mkdtempSync(join(os.tmpdir(), 'vt-lit-floor-'));
const page = (body) => `<!doctype html><html lang="fi"><main id="root"></main>
<script type="application/json" id="definition">${definition.replace(/</g, '\\u003c')}</script>${body}`;
const pages = new Map();
for (const [name, bound] of [['lit-bound', true], ['lit-unbound', false]]) {
  writeFileSync(join(scratch, `${name}.src.js`), litPage(bound));
  // Lit's production build, minified, as the CDN build has it.
  await build({ entryPoints: [join(scratch, `${name}.src.js`)], bundle: true, format: 'esm', minify: true, conditions: ['production'], nodePaths: [join(ROOT, 'node_modules')], outfile: join(scratch, `${name}.js`), logLevel: 'error' });
  pages.set(`/${name}.html`, page(`<script type="module" src="/scratch/${name}.js"></script>`));
}
pages.set(
  '/inner-html.html',
  page(`<script>
const root = document.getElementById('root').attachShadow({ mode: 'open' });
const begun = performance.now();
root.innerHTML = ${JSON.stringify(plainSurveyHtml(JSON.parse(definition)))};
window.__rendered = { ms: performance.now() - begun, controls: root.querySelectorAll('input, textarea').length };
</script>`),
);
const server = await startServer({ mounts: { '/scratch/': scratch }, pages });
const browser = await launchBrowser();
try {
  const times = Object.fromEntries([...pages.keys()].map((path) => [path, []]));
  const controls = {};
  // The ways alternate, load by load, so a slow spell of the machine falls on all of them.
  for (let load = 0; load < LOADS; load++) {
    for (const path of pages.keys()) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      await tab.goto(server.origin + path);
      const rendered = await (await tab.waitForFunction(() => window.__rendered)).jsonValue();
      times[path].push(rendered.ms);
      controls[path] = rendered.controls;
      await context.close();
    }
  }
  for (const [path, values] of Object.entries(times)) {
    const sorted = values.sort((a, b) => a - b);
    console.log(`${path.slice(1, -5)}: median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms (${sorted.map((v) => v.toFixed(1)).join(' ')}), ${controls[path]} controls`);
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
}

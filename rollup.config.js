import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// VT_CDN_DIR puts the CDN files elsewhere (a scratch folder for size experiments).
const cdnDir = process.env.VT_CDN_DIR ?? 'cdn';

// Every other element folder with a define.ts gets its own entry, so a new element needs no edit here.
// core/define.ts is the define guard itself, not an element.
const elements = readdirSync('src', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'core' && existsSync(`src/${entry.name}/define.ts`))
  .map((entry) => entry.name)
  .sort();

const typescript = () =>
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', sourceMap: true, minify: false });

/** npm build: one module per source file, Lit left to the app so a page holds one copy of it. */
const npm = {
  input: ['src/index.ts', 'src/all.ts', ...elements.map((name) => `src/${name}/define.ts`)],
  external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/'),
  plugins: [typescript()],
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    sourcemap: true,
  },
};

const banner = `/*! ${pkg.name} ${pkg.version} | ${pkg.license} */`;

/**
 * A `manualChunks` for one CDN build: `root` (the element's define.ts, or all.ts) and every module it
 * imports statically, directly or not, go to the `main` chunk; the rest (language texts, the preset
 * questionnaire, the delivery loop, the survey's checker) stay in chunks of their own.
 */
function loadedAtOnce(root) {
  let atOnce; // one build's answer, worked out on the first call
  return (id, { getModuleInfo }) => {
    if (!atOnce) {
      atOnce = new Set();
      const visit = (module) => {
        if (atOnce.has(module)) return;
        atOnce.add(module);
        for (const next of getModuleInfo(module)?.importedIds ?? []) visit(next);
      };
      visit(root);
    }
    return atOnce.has(id) ? 'main' : undefined;
  };
}

/**
 * `chunks` with the survey's expression parser named `parser`: its module's name, `expression`, is the
 * `expression` question family's too, and the entry and the tests tell them apart by name.
 */
const named = (chunks) => (id, api) => (id.endsWith('/src/survey/expression.ts') ? 'parser' : chunks(id, api));

const ENTRY_PREFIX = '\0vt-cdn-entry:';
const source = (path) => JSON.stringify(new URL(path, import.meta.url).pathname);

/**
 * The CDN entry file of `root`, made here rather than in src/: it fetches the elements' code (the main
 * chunk) and the texts of the page's languages at once, in parallel, where the elements would otherwise
 * ask for their texts only once their code had arrived and run: one round trip instead of two, and on a
 * page with a preset survey, instead of three. The guess of the languages (src/core/page-languages.ts)
 * stays in this small file. A failed early fetch is left to the element, which asks again and reports it.
 * It defines the elements after a top-level await: a page script that needs them waits with
 * `customElements.whenDefined`, as the script's `load` event can come first.
 */
function cdnEntry({ root, tags, texts, presets, dates }) {
  const languages = ['fi', 'sv', 'en'];
  // `then(({}) => …)` reads nothing of the module, so rollup still gives each language's chunk only
  // the text areas the elements use; without it, every area of fi.ts would be in the chunk.
  const loaders = (path) =>
    `{ ${languages.map((language) => `${language}: () => import(${source(`${path}/${language}.ts`)}).then(({}) => undefined)`).join(', ')} }`;
  const code = [
    `import { languageOf, pageLanguages } from ${source('./src/core/page-languages.ts')};`,
    'const early = (load) => void load().catch(() => undefined);',
    texts && `const texts = ${loaders('./src/i18n')};`,
    texts && `for (const language of pageLanguages(${JSON.stringify(tags)})) early(texts[language]);`,
    // A preset survey (no src, no inline definition) loads its questionnaire, a chunk per language, too.
    presets && `const presets = ${loaders('./src/survey/preset')};`,
    presets &&
      `for (const survey of document.querySelectorAll('vt-survey[preset]:not([src])')) if (!survey.querySelector(':scope > script[type="application/json"]')) early(presets[languageOf(survey)]);`,
    // Any other survey (a definition from src, inline or a script) most likely has an expression
    // (`visibleIf`, …): its parser, a chunk of its own that the preset never needs, comes at once too,
    // rather than once the code has read the definition, a round trip later. So does a page that loads
    // the survey's own file with no <vt-survey> in its HTML: a script will make one, and give it a
    // definition (the preset is an attribute a page editor writes).
    presets &&
      `if (${tags.length == 1 ? "!document.querySelector('vt-survey') || " : ''}[...document.querySelectorAll('vt-survey')].some((survey) => !survey.hasAttribute('preset') || survey.hasAttribute('src') || survey.querySelector(':scope > script[type="application/json"]'))) early(() => import(${source('./src/survey/expression.ts')}));`,
    `const code = import(${source(root)});`,
    // The first date a page formats loads the browser's date data (about 20 ms here, 80 ms on a slow
    // phone: docs/performance.md), and a signup formats its groups' start dates as it first renders
    // them. Done here, while the code is still on its way, it costs the page nothing it would not pay
    // later; a signup whose groups have no dates (none starts, none from groups-src) does not pay it.
    dates &&
      `for (const language of document.querySelector('vt-group-signup vt-group[starts], vt-group-signup[groups-src]') ? pageLanguages(['vt-group-signup']) : []) new Intl.DateTimeFormat(language, { dateStyle: 'full', timeStyle: 'short' }).format(0);`,
    'await code;',
  ];
  const id = ENTRY_PREFIX + root;
  return {
    input: id,
    plugin: {
      name: 'vt-cdn-entry',
      resolveId: (specifier) => (specifier === id ? id : null),
      load: (module) => (module === id ? code.filter(Boolean).join('\n') : null),
    },
    manualChunks: named(loadedAtOnce(new URL(root, import.meta.url).pathname)),
    tags,
    presets,
  };
}

/**
 * Writes `snippets/<entry>.html` beside the entry: what a partner pastes, for a page in each language.
 * Besides the script, `modulepreload` hints name the main chunk and that language's texts, and for a
 * survey the expression parser (a definition of its own) or the preset questionnaire, so the browser
 * asks for them all as it reads the page, instead of once the entry has arrived: one round trip less
 * before the first question (measured in docs/performance.md). They name this build's hashed files, so
 * the file is written by the build. Each block starts with a comment naming it (`fi`, or for a survey
 * `fi, a survey with its own definition` and `fi, the preset survey`): bench/lib/pages.js and
 * scripts/serve-demo.js pick theirs by it.
 */
function snippets(file, tags, presets) {
  const name = file.replace(/^cdn\//, '');
  return {
    name: 'vt-cdn-snippets',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((chunk) => chunk.type == 'chunk');
      const main = chunks.find((chunk) => chunk.name == 'main');
      const parser = chunks.find((chunk) => chunk.name == 'parser');
      const of = (path) => chunks.find((chunk) => chunk.facadeModuleId?.endsWith(path));
      const elements = tags.map((tag) => `<${tag}>`).join(', ');
      const block = (title, hinted) =>
        [
          `<!-- ${title} -->`,
          ...hinted.filter(Boolean).map((chunk) => `<link rel="modulepreload" href="/assets/${chunk.fileName}">`),
          `<script type="module" src="/assets/${name}"></script>`,
        ].join('\n');
      const blocks = ['fi', 'sv', 'en'].flatMap((language) => {
        const texts = of(`/src/i18n/${language}.ts`);
        return presets
          ? [
              block(`${language}, a survey with its own definition`, [main, texts, parser]),
              block(`${language}, the preset survey`, [main, texts, of(`/src/survey/preset/${language}.ts`)]),
            ]
          : [block(language, [main, texts])];
      });
      this.emitFile({
        type: 'asset',
        fileName: `snippets/${name.replace(/\.js$/, '.html')}`,
        source: `<!--
  ${pkg.name} ${pkg.version}: ${elements} from ${name}, with what it fetches at once.
  Paste the block for your page's language (fi, sv or en)${presets ? ' and kind of survey' : ''} into the page, with /assets/
  changed to where this folder's files are on your site. The <link> lines are optional: the script alone works.
  They let the browser fetch the code and the texts while it reads the page, rather than once ${name}
  has arrived. They name this build's files: paste them anew whenever you copy in a new cdn folder (a line
  naming a file that is gone costs one failed request, nothing more).
-->

${blocks.join('\n\n')}
`,
      });
    },
  };
}

/**
 * CDN build: one self-contained, minified module per entry, Lit inlined in its production build. Each
 * language's texts are a chunk of their own under cdn/chunks/, imported when a page shows that language,
 * so a page downloads one language, not three.
 */
const cdn = (entry, file) => ({
  input: entry.input,
  // Everything an entry loads at once goes into one chunk beside it (chunks/main-*.js), and the entry
  // file only imports that. A lazily loaded chunk (the delivery loop) then imports main-*.js, never the
  // entry: a page that loads the entry as `vertaistuki.js?ver=3` (WordPress and Drupal add such queries)
  // or under another name would otherwise fetch and run the whole entry a second time.
  plugins: [
    entry.plugin,
    snippets(file, entry.tags, entry.presets),
    // Without 'development' in the conditions, Lit resolves to its production build (no dev-mode warning).
    nodeResolve({ exportConditions: ['browser', 'import', 'default'], browser: true }),
    typescript(),
    // Whitespace inside html`` and css`` templates is a large share of an element's bytes.
    minifyTemplateLiterals({ include: ['src/**/*.ts'] }),
    terser({ module: true, compress: { passes: 3 }, format: { comments: /^!/ } }),
  ],
  output: {
    dir: cdnDir,
    entryFileNames: file.replace(/^cdn\//, ''),
    // Named after their module (fi, sv, en): scripts/check-size.js counts one language per page by name.
    chunkFileNames: 'chunks/[name]-[hash].js',
    manualChunks: entry.manualChunks,
    format: 'es',
    // The notice goes with the code: not on an entry, which only imports the main chunk, nor on a
    // language chunk, which only holds texts (every byte of both is counted on every page).
    banner: (chunk) => (chunk.isEntry || /^(fi|sv|en)$/.test(chunk.name) ? '' : banner),
    sourcemap: false,
  },
});

/** What a CDN entry defines, and what its page may fetch early (the config has no texts of its own). */
const entryOf = (root, names) =>
  cdnEntry({
    root,
    tags: names.map((name) => `vt-${name}`),
    texts: names.some((name) => name !== 'config'),
    presets: names.includes('survey'),
    dates: names.includes('group-signup'),
  });

export default [
  npm,
  cdn(entryOf('./src/all.ts', elements), 'cdn/vertaistuki.js'),
  ...elements.map((name) => cdn(entryOf(`./src/${name}/define.ts`, [name]), `cdn/${name}.js`)),
];

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
 * A `manualChunks` for one CDN build: the modules an entry imports statically, directly or not, go to
 * the `main` chunk; the rest (language texts, the delivery loop of an element that never sends) stay in
 * chunks of their own.
 */
function loadedAtOnce() {
  let atOnce; // one build's answer, worked out on the first call
  return (id, { getModuleIds, getModuleInfo }) => {
    if (!atOnce) {
      atOnce = new Set();
      const visit = (module) => {
        if (atOnce.has(module)) return;
        atOnce.add(module);
        for (const next of getModuleInfo(module)?.importedIds ?? []) visit(next);
      };
      [...getModuleIds()].filter((module) => getModuleInfo(module)?.isEntry).forEach(visit);
    }
    return atOnce.has(id) && !getModuleInfo(id)?.isEntry ? 'main' : undefined;
  };
}

/**
 * CDN build: one self-contained, minified module per entry, Lit inlined in its production build. Each
 * language's texts are a chunk of their own under cdn/chunks/, imported when a page shows that language,
 * so a page downloads one language, not three.
 */
const cdn = (input, file) => ({
  input,
  // Everything an entry loads at once goes into one chunk beside it (chunks/main-*.js), and the entry
  // file only imports that. A lazily loaded chunk (the delivery loop) then imports main-*.js, never the
  // entry: a page that loads the entry as `vertaistuki.js?ver=3` (WordPress and Drupal add such queries)
  // or under another name would otherwise fetch and run the whole entry a second time.
  plugins: [
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
    manualChunks: loadedAtOnce(),
    format: 'es',
    // The notice goes with the code: not on an entry, which only imports the main chunk, nor on a
    // language chunk, which only holds texts (every byte of both is counted on every page).
    banner: (chunk) => (chunk.isEntry || /^(fi|sv|en)$/.test(chunk.name) ? '' : banner),
    sourcemap: false,
  },
});

export default [
  npm,
  cdn('src/all.ts', 'cdn/vertaistuki.js'),
  ...elements.map((name) => cdn(`src/${name}/define.ts`, `cdn/${name}.js`)),
];

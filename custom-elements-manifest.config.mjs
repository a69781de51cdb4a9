// Config for `cem analyze` (@custom-elements-manifest/analyzer). The output is committed, so it must come
// out byte-identical on every machine: `npm run test:manifest` compares it.

const VALID_TAG = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;

/**
 * Our elements register through the guarded `defineElement('vt-x', VtX)` rather than a bare
 * `customElements.define`, so record those calls as definitions (which module registers which tag), and
 * drop what the analyzer reads into the guard itself: `customElements.define(tagName, class extends …)`
 * inside `defineElement` is not an element.
 */
function vertaistukiPlugin() {
  return {
    name: 'vertaistuki-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'defineElement') return;
      const [tag, elementClass] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !elementClass || !ts.isIdentifier(elementClass)) return;
      const name = elementClass.text;
      const declaration = { name, module: moduleOf(ts, node.getSourceFile(), name, moduleDoc.path) };
      moduleDoc.exports.push({ kind: 'custom-element-definition', name: tag.text, declaration });
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        const bogus = (mod.exports ?? []).filter(
          (e) => e.kind === 'custom-element-definition' && !VALID_TAG.test(e.name),
        );
        const bogusClasses = new Set(bogus.map((e) => e.declaration.name));
        mod.exports = (mod.exports ?? []).filter((e) => !bogus.includes(e));
        mod.declarations = (mod.declarations ?? []).filter(
          (d) => !(bogusClasses.has(d.name) && d.name.startsWith('anonymous_')),
        );
      }
      // Glob order follows the file system; sort so every machine writes the same file.
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      // The package ships dist/, not src/: point tools that read the published manifest at real files.
      pointAtBuiltFiles(customElementsManifest);
    },
  };
}

/** `src/config/config.ts` → `dist/config/config.js`, in every `path` and `module` field. */
function pointAtBuiltFiles(value) {
  if (Array.isArray(value)) {
    value.forEach(pointAtBuiltFiles);
  } else if (value && typeof value === 'object') {
    for (const [key, field] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof field === 'string' && /^\/?src\/.+\.ts$/.test(field)) {
        value[key] = field.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');
      } else {
        pointAtBuiltFiles(field);
      }
    }
  }
}

/** The manifest path of the module that declares `name`, following a relative import if there is one. */
function moduleOf(ts, sourceFile, name, modulePath) {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    if (!bindings.elements.some((element) => element.name.text === name)) continue;
    const specifier = statement.moduleSpecifier.text;
    if (!specifier.startsWith('.')) return specifier;
    const resolved = new URL(specifier, `file:///${modulePath}`).pathname.slice(1);
    return resolved.replace(/\.js$/, '.ts');
  }
  return modulePath;
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest; without this, `--outdir` would rewrite package.json.
  packagejson: false,
  plugins: [vertaistukiPlugin()],
};

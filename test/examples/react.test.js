// examples/react: a React 19 app with the package installed from the `npm pack` tarball, bundled with
// esbuild. Properties go in through JSX (`groups={groups}`), vt- events come out (`onvt-submitted`).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { launch, openPage } from './support/browser.js';
import { serve } from './support/server.js';
import { installExampleApp } from './support/app.js';
import { waitForElements } from './support/elements.js';
import { consumerAppTests } from './support/consumer-app.js';

const app = {};
let example, bundled, browser;

before(async () => {
  example = await installExampleApp('react', ['react', 'react-dom']);
  // As `npm run build` in examples/react, but not minified: React's development build then reports
  // misuse on the console, and the test fails on any console error.
  bundled = await build({
    absWorkingDir: example.app,
    entryPoints: ['src/main.jsx'],
    bundle: true,
    format: 'esm',
    jsx: 'automatic',
    outdir: 'dist',
    metafile: true,
    logLevel: 'silent',
  });
  app.server = await serve({ mounts: { '/': example.app } });
  browser = await launch();
  app.tab = await openPage(browser, `${app.server.origin}/`);
  await waitForElements(app.tab.page);
});

after(async () => {
  await browser?.close();
  await app.server?.close();
  await example?.remove();
});

test('the app bundles the package from the tarball, and one Lit', () => {
  const inputs = Object.keys(bundled.metafile.inputs);
  assert.ok(inputs.includes('node_modules/vertaistuki-widgets/dist/all.js'), 'vertaistuki-widgets/all.js from the tarball');
  // One copy of Lit's templates (the elements' base class is the package's own).
  assert.equal(inputs.filter((input) => input.endsWith('lit-html/lit-html.js')).length, 1);
});

consumerAppTests(app);

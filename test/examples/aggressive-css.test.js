// examples/aggressive-css: a theme that restyles every element it can reach. The widgets must look and
// work as they do on a plain page, and must leave the theme's own elements exactly as the theme made them.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './support/browser.js';
import { serve, repoRoot, cdnDir } from './support/server.js';
import { signUp, startTimer, waitForElements, writeReflection } from './support/elements.js';

// Controls that the theme's rules (`input { display: none }`, `button { visibility: hidden }`, ...) would
// break if they reached into the shadow roots: host tag, then the selector inside its shadow root.
const CONTROLS = [
  ['vt-group-signup', '#name'],
  ['vt-group-signup', 'label[for="name"]'],
  ['vt-group-signup', '#group-0'],
  ['vt-group-signup', '#consent'],
  ['vt-group-signup', '#role'],
  ['vt-group-signup', '[part="submit"]'],
  ['vt-survey', '#q0-0'],
  ['vt-survey', 'label[for="q0-0"]'],
  ['vt-survey', '[part="submit"]'],
  ['vt-reflection-card', 'textarea'],
  ['vt-reflection-card', '[part="actions"] button'],
  ['vt-phase-timer', '[data-command="toggle"]'],
  ['vt-phase-timer', 'progress'],
];

// Not inherited, so nothing on the page should change them inside a shadow root. (Font and colour are
// inherited from the page on purpose; sizes in rem follow the page's root font size on purpose.)
const OWN_PROPERTIES = [
  'display',
  'visibility',
  'opacity',
  'position',
  'box-sizing',
  'border-top-style',
  'border-top-width',
  'background-color',
  'pointer-events',
];

// Computed values that are layout results: they move when anything on the page takes more or less room.
const LAYOUT = /^(width|height|inline-size|block-size|top|left|right|bottom|inset-.*|perspective-origin|transform-origin)$/;

const THEME_ELEMENTS = ['html', 'body', 'header', 'h1', 'nav a', 'main', '.theme-search', '.theme-field', '#theme-q', '.theme-search label', '.theme-search button', '.theme-text'];

let server, browser, themed, plain, bare;

before(async () => {
  server = await serve({ mounts: { '/': repoRoot, '/cdn/': cdnDir } });
  browser = await launch();
  const url = `${server.origin}/examples/aggressive-css/`;
  // The page as it is; the same page without the theme (what the widgets look like normally); and the
  // same page without our script (what the theme looks like without us).
  [themed, plain, bare] = await Promise.all([
    openPage(browser, url, { viewport: { width: 640, height: 900 } }),
    openPage(browser, url, { viewport: { width: 640, height: 900 }, block: /aggressive\.css$/ }),
    openPage(browser, url, { viewport: { width: 640, height: 900 }, block: /\/cdn\// }),
  ]);
  await Promise.all([waitForElements(themed.page), waitForElements(plain.page)]);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** `host selector: property=value` for each control, in order. */
function stylesOf(page, controls, properties) {
  return page.evaluate(
    ([controls, properties]) =>
      controls.flatMap(([host, selector]) => {
        const style = getComputedStyle(document.querySelector(host).shadowRoot.querySelector(selector));
        return properties.map((name) => `${host} ${selector}: ${name}=${style.getPropertyValue(name)}`);
      }),
    [controls, properties],
  );
}

test('the theme reaches no control inside the widgets', async () => {
  const themedStyles = await stylesOf(themed.page, CONTROLS, OWN_PROPERTIES);
  const plainStyles = await stylesOf(plain.page, CONTROLS, OWN_PROPERTIES);
  const changed = themedStyles.flatMap((line, at) => (line === plainStyles[at] ? [] : [`${line}, on a plain page ${plainStyles[at].slice(plainStyles[at].lastIndexOf('=') + 1)}`]));
  assert.deepEqual(changed, []);
  // The theme's rules one by one: `input { display: none }`, `button { visibility: hidden }`, `label { color: transparent }`.
  const [input] = await stylesOf(themed.page, [['vt-group-signup', '#name']], ['display']);
  const [button] = await stylesOf(themed.page, [['vt-group-signup', '[part="submit"]']], ['visibility']);
  const [label] = await stylesOf(themed.page, [['vt-group-signup', 'label[for="name"]']], ['color']);
  assert.match(input, /display=block$/);
  assert.match(button, /visibility=visible$/);
  assert.doesNotMatch(label, /color=rgba\(0, 0, 0, 0\)$/);
});

test('text keeps AA contrast against the page behind it', async () => {
  const ratios = await themed.page.evaluate((controls) => {
    const channels = (color) => color.match(/[\d.]+/g).map(Number);
    const luminance = (color) => {
      const [r, g, b] = channels(color).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    /** The first opaque background behind an element, across shadow boundaries. */
    const backgroundOf = (element) => {
      for (let node = element; node; node = node.parentElement ?? node.getRootNode().host) {
        const background = getComputedStyle(node).backgroundColor;
        if (channels(background)[3] !== 0) return background;
      }
      return 'rgb(255, 255, 255)';
    };
    return controls.map(([host, selector]) => {
      const element = document.querySelector(host).shadowRoot.querySelector(selector);
      const [a, b] = [luminance(getComputedStyle(element).color), luminance(backgroundOf(element))];
      return { control: `${host} ${selector}`, ratio: Math.round(((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)) * 10) / 10 };
    });
  }, CONTROLS.filter(([, selector]) => /label|button|submit|textarea|#name/.test(selector)));
  for (const { control, ratio } of ratios) assert.ok(ratio >= 4.5, `${control}: contrast ${ratio}:1`);
});

test('focus stays visible inside the widgets (the theme removes outlines with !important)', async () => {
  await themed.page.locator('vt-group-signup #name').focus();
  const outline = await themed.page.evaluate(() => {
    const style = getComputedStyle(document.querySelector('vt-group-signup').shadowRoot.querySelector('#name'));
    return `${style.outlineStyle} ${style.outlineWidth}`;
  });
  assert.equal(outline, 'solid 3px');
});

test('nothing spills out of its form or makes the page scroll sideways', async () => {
  const overflow = await themed.page.evaluate(() => {
    const spills = [];
    for (const host of document.querySelectorAll('vt-group-signup, vt-survey, vt-reflection-card, vt-phase-timer')) {
      const box = host.shadowRoot.firstElementChild.getBoundingClientRect();
      for (const control of host.shadowRoot.querySelectorAll('input:not([type="radio"], [type="checkbox"]), textarea, select, progress')) {
        const right = control.getBoundingClientRect().right;
        if (right > box.right + 0.5) spills.push(`${host.localName} #${control.id || control.localName}: ${Math.round(right - box.right)} px`);
      }
    }
    const { scrollWidth, clientWidth } = document.documentElement;
    return { spills, sideways: scrollWidth - clientWidth };
  });
  assert.deepEqual(overflow, { spills: [], sideways: 0 });
});

test('every widget still works', async () => {
  await signUp(themed.page);
  await writeReflection(themed.page, 'Teema ei haitannut.');
  await startTimer(themed.page);
  assert.equal(server.submissions.length, 1);
  assert.deepEqual(themed.problems, []);
});

test('the widgets leave the theme exactly as it was: no global styles, no stylesheets', async () => {
  const snapshot = (page) =>
    page.evaluate(
      ([selectors, layout]) => ({
        styles: selectors.map((selector) => {
          const style = getComputedStyle(document.querySelector(selector));
          const values = [...style].filter((name) => !new RegExp(layout).test(name)).map((name) => `${name}: ${style.getPropertyValue(name)}`);
          return { selector, values };
        }),
        styleSheets: document.styleSheets.length,
        adoptedStyleSheets: document.adoptedStyleSheets.length,
        styleElements: document.querySelectorAll('style').length,
      }),
      [THEME_ELEMENTS, LAYOUT.source],
    );
  const [withWidgets, withoutWidgets] = [await snapshot(themed.page), await snapshot(bare.page)];
  assert.equal(await bare.page.evaluate(() => customElements.get('vt-survey')), undefined);
  assert.deepEqual(withWidgets, withoutWidgets);
  assert.deepEqual([withWidgets.styleSheets, withWidgets.adoptedStyleSheets, withWidgets.styleElements], [1, 0, 0]);
});

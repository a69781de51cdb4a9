// Shared by the accessibility end-to-end tests: the built Storybook on a static server, one Chromium,
// and a few probes that run in the page. Playwright's CSS locators go into open shadow roots, so
// `page.locator('vt-survey #q0-0')` finds a control inside the survey.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import {
  launchChromium,
  newStoryContext,
  serveStorybook,
  storyTab,
  unexpectedProblems,
} from '../../scripts/check-storybook.js';

/**
 * Starts the server and the browser before the file's tests and stops them after.
 * `open(storyId, contextOptions)` gives `{ page, problems, done }` for a story, in a page kept for
 * stories with the same context options (a warm cache and renderer make loading fast; storage is
 * emptied for each story, and a page serves one story at a time). `done(allow)` gives the page back
 * and fails the test on a console error, a page error or a request outside Storybook that neither the
 * story (scripts/check-storybook.js EXPECTED) nor `allow` (`{ console, requests }` patterns) expects.
 * A test that fails before `done()` leaves its page out of use; the next one gets a new page.
 */
export function storybook() {
  const state = { server: undefined, browser: undefined, free: new Map(), contexts: new Map() };
  before(async () => {
    state.server = await serveStorybook();
    state.browser = await launchChromium();
  });
  after(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  // Pages open at the same time must not share a context: they would share localStorage, and one
  // story's outbox or timer state would show up in another. So each free page has a context of its own.
  const borrow = async (options) => {
    const key = JSON.stringify(options);
    const free = state.free.get(key) ?? [];
    state.free.set(key, free);
    const tab = free.pop() ?? (await storyTab(await newStoryContext(state.browser, state.server.url, options), state.server.url));
    // A test may have resized the page (reflow): each story starts at the context's size.
    await tab.page.setViewportSize(options.viewport ?? { width: 1280, height: 720 });
    return { tab, giveBack: () => free.push(tab) };
  };
  return {
    /** The ids of the built Storybook's stories. */
    get storyIds() {
      return state.server.stories.map((story) => story.id);
    },
    async open(id, contextOptions = {}) {
      const { tab, giveBack } = await borrow(contextOptions);
      await tab.open(id);
      const done = async (allow = {}) => {
        const left = unexpectedProblems(id, tab.problems, allow);
        giveBack();
        assert.deepEqual(left, { console: [], pageErrors: [], requests: [] }, `${id}: console errors or outside requests`);
      };
      return { page: tab.page, problems: tab.problems, done };
    },
  };
}

/** The focused element, looked for through shadow roots: its tag, id, text and a few attributes. */
export function focused(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element || element === document.body) return null;
    return {
      tag: element.localName,
      id: element.id,
      type: element.getAttribute('type'),
      name: element.getAttribute('name'),
      text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
      value: 'value' in element ? String(element.value) : undefined,
      checked: 'checked' in element ? element.checked : undefined,
      command: element.dataset?.command,
      host: element.getRootNode()?.host?.localName,
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `test`, as a keyboard user would; fails
 * after `max` presses.
 */
export async function tabTo(page, test, { max = 40, back = false, what = String(test) } = {}) {
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const current = await focused(page);
    if (current && test(current)) return current;
  }
  throw new Error(`${back ? 'Shift+Tab' : 'Tab'} never reached ${what}`);
}

/** Types text as key presses (each character a keydown/keypress/input/keyup, as a keyboard does). */
export async function type(page, text) {
  await page.keyboard.type(text, { delay: 0 });
}

/**
 * Everything that makes the page scroll sideways at the current viewport: the document's own
 * overflow, and every rendered element (into shadow roots and the top layer) whose box reaches past
 * the viewport's left or right edge, or that scrolls sideways itself. Visually hidden text (1 px,
 * clipped) is left out, and so is what such a box clips.
 */
export function sidewaysOverflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scroller = document.scrollingElement;
    const found = [];
    if (scroller.scrollWidth > scroller.clientWidth) {
      found.push(`the document scrolls sideways: scrollWidth ${scroller.scrollWidth} > clientWidth ${scroller.clientWidth}`);
    }
    const describe = (element) => {
      const path = [];
      for (let node = element; node; ) {
        path.unshift(node.localName + (node.id ? `#${node.id}` : '') + (node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : ''));
        const parent = node.parentElement ?? node.getRootNode()?.host;
        node = parent && parent !== document.body && parent !== document.documentElement ? parent : undefined;
      }
      return path.slice(-4).join(' > ');
    };
    const visit = (element) => {
      const style = getComputedStyle(element);
      if (style.display === 'none' || element.localName === 'script' || element.localName === 'style') return;
      const box = element.getBoundingClientRect();
      const clips = style.overflowX !== 'visible';
      // Visually hidden text and the bot trap: a 1 px box that clips what is in it.
      if (clips && box.width <= 1 && box.height <= 1) return;
      if (style.visibility !== 'hidden' && box.width > 0 && box.height > 0 && (box.right > width + 0.5 || box.left < -0.5)) {
        found.push(`${describe(element)}: from ${Math.round(box.left)} to ${Math.round(box.right)} px, viewport ${width} px`);
      }
      const scrollsSideways =
        ['auto', 'scroll'].includes(style.overflowX) && element.scrollWidth > element.clientWidth + 1 && !element.matches('input, textarea, select');
      if (scrollsSideways) found.push(`${describe(element)}: scrolls sideways inside (${element.scrollWidth} > ${element.clientWidth})`);
      for (const child of element.shadowRoot?.children ?? []) visit(child);
      for (const child of element.children) visit(child);
    };
    visit(document.body);
    return found;
  });
}

/**
 * The share of pixels (0 to 1) that differ clearly (by more than `threshold` in a colour channel)
 * between two PNG screenshots of the same size. The page's browser decodes them, so no image library
 * is needed; anti-aliasing at an edge changes a few pixels, a visible change many.
 */
export function differingPixels(page, pngA, pngB, threshold = 64) {
  return page.evaluate(
    async ({ a, b, threshold }) => {
      const pixels = async (base64) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight);
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, canvas.width, canvas.height);
      };
      const [first, second] = await Promise.all([pixels(a), pixels(b)]);
      if (first.width !== second.width || first.height !== second.height) return 1;
      let differing = 0;
      for (let i = 0; i < first.data.length; i += 4) {
        for (let channel = 0; channel < 3; channel++) {
          if (Math.abs(first.data[i + channel] - second.data[i + channel]) > threshold) {
            differing++;
            break;
          }
        }
      }
      return differing / (first.width * first.height);
    },
    { a: pngA.toString('base64'), b: pngB.toString('base64'), threshold },
  );
}

/** WCAG 1.4.12's text spacing, as the usual bookmarklets apply it. */
export const TEXT_SPACING_CSS = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

/** Adds `css` to the document and to every shadow root, as a user style sheet would reach them all. */
export function addStylesEverywhere(page, css) {
  return page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    const add = (root) => {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) add(element.shadowRoot);
    };
    add(document);
  }, css);
}

/**
 * Boxes that cut off their content: an element that hides overflow (not a scrolling one, not a form
 * control, not 1 px visually hidden text) whose content is larger than it.
 */
export function clippedContent(page) {
  return page.evaluate(() => {
    const found = [];
    const visit = (element) => {
      const style = getComputedStyle(element);
      if (style.display === 'none') return;
      const box = element.getBoundingClientRect();
      const hides = (overflow) => overflow === 'hidden' || overflow === 'clip';
      if ((hides(style.overflowX) || hides(style.overflowY)) && box.width <= 1 && box.height <= 1) return;
      if (!element.matches('input, textarea, select, progress')) {
        const wide = hides(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
        const tall = hides(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
        if (wide || tall) {
          const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
          found.push(`${element.localName}${element.id ? `#${element.id}` : ''} "${text}": content ${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight}`);
        }
      }
      for (const child of element.shadowRoot?.children ?? []) visit(child);
      for (const child of element.children) visit(child);
    };
    visit(document.body);
    return found;
  });
}

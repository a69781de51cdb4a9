import type { CSSResult } from 'lit';
import { ref } from 'lit/directives/ref.js';

/**
 * Styles only a lazily fetched question family needs, so the survey's own stylesheet (survey.styles.ts,
 * in every page) stays without them: a directive on the family's element that adds them, once, to the
 * survey's shadow root as a constructable stylesheet, which a strict Content-Security-Policy allows as it
 * allows Lit's own. Lit calls it before a new element is in the root (still in its template's fragment),
 * so it adopts a microtask later, before the first paint; `then` runs there too, with the element.
 *
 * This module (with Lit's `ref`) is a chunk of its own that registry.ts fetches beside each family that
 * uses it, so it never waits for that family's chunk to arrive first.
 */
export const familyStyles = (styles: CSSResult, then?: (element: Element) => void) =>
  ref(
    (element) =>
      element &&
      queueMicrotask(() => {
        const root = element.getRootNode();
        const sheet = styles.styleSheet;
        if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) {
          root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        }
        then?.(element);
      }),
  );

import type { CSSResult } from 'lit';
import { ref } from 'lit/directives/ref.js';

/**
 * Styles only a lazily fetched question family needs, so the survey's own stylesheet (survey.styles.ts,
 * in every page) stays without them: a directive on the family's element that adds them, once, to the
 * survey's shadow root as a constructable stylesheet, which a strict Content-Security-Policy allows as it
 * allows Lit's own.
 */
export const familyStyles = (styles: CSSResult) =>
  ref((element) => {
    const root = element?.getRootNode();
    const sheet = styles.styleSheet;
    if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  });

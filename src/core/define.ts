import { registry } from './registry.js';
import { VERSION } from './version.js';

/** A custom element class of ours: it carries the library version that defined it. */
export interface VersionedElement extends CustomElementConstructor {
  readonly vtVersion?: string;
}

/**
 * Defines `tagName` unless it is already taken. Partner pages load scripts twice, or an old and a new
 * version side by side: that must never throw. The same version returns quietly; another version keeps
 * the element that came first and logs one warning for the whole page.
 */
export function defineElement(tagName: string, elementClass: VersionedElement): void {
  const existing = customElements.get(tagName) as VersionedElement | undefined;
  if (!existing) {
    try {
      customElements.define(tagName, elementClass);
      return;
    } catch {
      // The same class under another tag (a site's own name for it): register a subclass instead.
      customElements.define(tagName, class extends (elementClass as unknown as typeof HTMLElement) {});
      return;
    }
  }
  if (existing === elementClass) return;
  const theirs = existing.vtVersion ?? 'unknown';
  if (theirs === VERSION) return;
  const shared = registry();
  if (shared.warnedVersionClash) return;
  shared.warnedVersionClash = true;
  console.warn(
    `vertaistuki-widgets ${VERSION}: <${tagName}> is already defined by version ${theirs}. ` +
      `The page loads two versions of the library; the first one stays in use. Load only one.`,
  );
}

/**
 * The one global the library owns. Every copy of the library on a page (a CDN script loaded twice, the
 * npm build beside the CDN one, two versions) finds the same object, so they warn about a version clash
 * only once.
 */
export interface VtRegistry {
  /** Set once the "two versions" warning has been logged. */
  warnedVersionClash?: boolean;
}

const REGISTRY_KEY = Symbol.for('vertaistuki-widgets');

export function registry(): VtRegistry {
  const holder = globalThis as unknown as Record<symbol, VtRegistry | undefined>;
  return (holder[REGISTRY_KEY] ??= {});
}

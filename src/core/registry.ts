import { VERSION } from './version.js';

/**
 * The one global the library owns. Every copy of the library on a page (a CDN script loaded twice, the
 * npm build beside the CDN one, two versions) finds the same object, so they can agree on who has
 * defined what and warn about a version clash only once.
 */
export interface VtRegistry {
  /** Versions of the library that have run on this page, first one first. */
  versions: string[];
  /** Set once the "two versions" warning has been logged. */
  warnedVersionClash: boolean;
}

const REGISTRY_KEY = Symbol.for('vertaistuki-widgets');

export function registry(): VtRegistry {
  const holder = globalThis as unknown as Record<symbol, VtRegistry | undefined>;
  let found = holder[REGISTRY_KEY];
  if (!found) {
    found = { versions: [], warnedVersionClash: false };
    holder[REGISTRY_KEY] = found;
  }
  if (!found.versions.includes(VERSION)) found.versions.push(VERSION);
  return found;
}

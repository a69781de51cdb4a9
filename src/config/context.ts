import type { TextOverrides } from '../i18n/localize.js';

/** What `<vt-config>` shares with the elements inside it. Every field is optional. */
export interface VtConfigValue {
  endpoint?: string;
  lang?: string;
  privacyNoticeUrl?: string;
  programme?: string;
  texts?: TextOverrides;
}

/**
 * Keyed by a registered symbol, not a fresh one, so that two copies of the library on one page (the
 * CDN script and the npm build, or two versions) still find each other's `<vt-config>`.
 */
export const configContext = Symbol.for('vertaistuki-widgets/config');

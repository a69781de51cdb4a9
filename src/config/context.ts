import { createContext } from '@lit/context';
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
 * The `@lit/context` key of `<vt-config>`'s settings. A registered symbol, not a fresh one, so that two
 * copies of the library on one page (the CDN script and the npm build, or two versions) still find each
 * other's `<vt-config>`; any `@lit/context` consumer of this key receives the settings too.
 */
export const configContext = createContext<VtConfigValue>(Symbol.for('vertaistuki-widgets/config'));

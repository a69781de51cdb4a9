import type { Catalogues, CoreKey } from './catalogue.js';
import * as en from './en.js';
import * as fi from './fi.js';
import * as sv from './sv.js';

/** The shared texts alone: what a Localizer knows when it is given nothing else. */
export const coreTexts: Catalogues<CoreKey> = { fi: fi.core, sv: sv.core, en: en.core };

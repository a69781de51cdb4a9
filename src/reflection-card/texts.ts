import type { Catalogue, Catalogues, CoreKey, ReflectionKey, SendingKey } from '../i18n/catalogue.js';

/** The shared texts this card shows: its configuration error and the sharing status (see share.ts). */
type SharedKey = 'core.configError' | 'core.sending' | 'core.sent' | 'core.queued' | 'core.deliveredLater' | 'core.rejected';

export type ReflectionTextKey = SharedKey | ReflectionKey;

/** A key of the card's own texts without its `reflection.` prefix: `title` for `reflection.title`. */
export type CardText = ReflectionKey extends infer Key ? (Key extends `reflection.${infer Name}` ? Name : never) : never;

/**
 * Only the shared texts the card uses, not whole areas: the bundler drops the other keys from the
 * language chunk (the `sending` area also holds form texts such as the error summary's).
 */
const shared = (core: Catalogue<CoreKey>, sending: Catalogue<SendingKey>): Catalogue<SharedKey> => ({
  'core.configError': core['core.configError'],
  'core.sending': sending['core.sending'],
  'core.sent': sending['core.sent'],
  'core.queued': sending['core.queued'],
  'core.deliveredLater': sending['core.deliveredLater'],
  'core.rejected': sending['core.rejected'],
});

/**
 * This element's texts in each locale: a dynamic import that names the areas it takes, so the bundler
 * puts just those texts in that language's small chunk.
 */
export const reflectionTexts: Catalogues<ReflectionTextKey> = {
  fi: () => import('../i18n/fi.js').then(({ core, sending, reflection }) => ({ ...shared(core, sending), ...reflection })),
  sv: () => import('../i18n/sv.js').then(({ core, sending, reflection }) => ({ ...shared(core, sending), ...reflection })),
  en: () => import('../i18n/en.js').then(({ core, sending, reflection }) => ({ ...shared(core, sending), ...reflection })),
};

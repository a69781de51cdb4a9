import type { fi } from './fi.js';

/** A plural message: one form per `Intl.PluralRules` category; `other` is always there. */
export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** A visible text: a string with `{name}` placeholders, or plural forms chosen by `{count}`. */
export type Message = string | PluralMessage;

/** Every key of the library's texts. Finnish is the source language, so its catalogue defines the keys. */
export type MessageKey = keyof typeof fi;

/** A complete catalogue: a locale that misses a key, or adds one, does not compile. */
export type Catalogue = { readonly [K in MessageKey]: Message };

export const LOCALES = ['fi', 'sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fi';

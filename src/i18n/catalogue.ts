import type * as fi from './fi.js';

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

/** A translation of one area of `fi.ts`: exactly its keys, no more, no fewer, or tsc fails. */
export type Texts<Finnish> = { readonly [K in keyof Finnish]: Message };

/** Keys of the texts every element shares (configuration errors, storage). */
export type CoreKey = keyof typeof fi.core;
/** Keys of what an element that sends shows: progress, outcome, the outbox, form errors. */
export type SendingKey = keyof typeof fi.sending;
export type SignupKey = keyof typeof fi.signup;
export type ReflectionKey = keyof typeof fi.reflection;
export type TimerKey = keyof typeof fi.timer;
export type SurveyKey = keyof typeof fi.survey;
/** Every key of the library's texts. */
export type MessageKey = CoreKey | SendingKey | SignupKey | ReflectionKey | TimerKey | SurveyKey;

export const LOCALES = ['fi', 'sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fi';

/** The texts one element uses (`core` plus its own area) in one locale. */
export type Catalogue<Key extends string> = Readonly<Record<Key, Message>>;

/**
 * Where an element's texts come from: one loader per locale, each a dynamic import, so a page downloads
 * the language it shows and not the other two (see docs/performance-budget.md).
 */
export type Catalogues<Key extends string> = Readonly<Record<Locale, () => Promise<Catalogue<Key>>>>;

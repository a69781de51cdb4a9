import type { Locale } from '../i18n/catalogue.js';

/*
 * A guess, made by a CDN entry before the elements' code has arrived, of the languages they will ask
 * for: the entry then fetches those texts at the same time as the code, not after it. No runtime
 * imports: this module stays in the entry file, apart from the code it fetches.
 */

const LANGUAGES: readonly string[] = ['fi', 'sv', 'en'];

function toLanguage(tag: string | null): Locale | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && LANGUAGES.includes(primary) ? (primary as Locale) : undefined;
}

/**
 * The language `element` will show, as `resolveLocale` finds it: its own or the nearest ancestor's
 * `lang` (a `<vt-config lang>` is such an ancestor), else `<html lang>`, else Finnish.
 */
export function languageOf(element: Element): Locale {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const language = toLanguage(node.getAttribute('lang'));
    if (language) return language;
  }
  return 'fi';
}

/**
 * The languages of the elements named by `tags` on the page now, or the page's own language when none is
 * there yet (a script that adds them later). A wrong guess costs one small download, never a wrong
 * text: each element still works out its own language.
 */
export function pageLanguages(tags: string[]): Locale[] {
  const elements = [...document.querySelectorAll(tags.join(','))];
  return [...new Set(elements.length ? elements.map(languageOf) : [languageOf(document.documentElement)])];
}

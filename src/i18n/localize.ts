import { DEFAULT_LOCALE, LOCALES, type Catalogue, type CoreKey, type Locale, type SendingKey, type Message } from './catalogue.js';

/**
 * Texts a page puts in place of ours, parsed from a `texts` attribute. Either one set for every
 * language, `{"core.sent": "Kiitos!"}`, or one set per language, `{"fi": {...}, "sv": {...}}`.
 */
export interface TextOverrides {
  all: Partial<Record<string, Message>>;
  byLocale: Partial<Record<Locale, Partial<Record<string, Message>>>>;
}

export const NO_OVERRIDES: TextOverrides = { all: {}, byLocale: {} };

/** `sv-FI` → `sv`; anything we have no catalogue for → undefined. */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(primary ?? '') ? (primary as Locale) : undefined;
}

function isMessage(value: unknown): value is Message {
  if (typeof value === 'string') return true;
  return typeof value === 'object' && value !== null && typeof (value as { other?: unknown }).other === 'string';
}

function pickMessages(
  source: Record<string, unknown>,
  where: string,
  isKnown: (key: string) => boolean,
): Partial<Record<string, Message>> {
  const picked: Partial<Record<string, Message>> = {};
  for (const [key, value] of Object.entries(source)) {
    if (!isKnown(key)) {
      console.warn(`vertaistuki-widgets: ${where} has an unknown text key "${key}"; it is ignored.`);
    } else if (!isMessage(value)) {
      console.warn(`vertaistuki-widgets: ${where} key "${key}" needs a string (or plural forms with "other"); it is ignored.`);
    } else {
      picked[key] = value;
    }
  }
  return picked;
}

/**
 * Reads a `texts` attribute. A page editor typing JSON by hand makes mistakes: a malformed value logs
 * one console error naming the element and leaves our own texts in place rather than breaking it.
 * `isKnown` tells the keys of the element the texts are for; `<vt-config>`'s texts serve every element,
 * so it accepts any key.
 */
export function parseTexts(value: unknown, where = 'texts', isKnown: (key: string) => boolean = () => true): TextOverrides {
  if (value === null || value === undefined || value === '') return NO_OVERRIDES;
  let parsed: unknown = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      console.error(`vertaistuki-widgets: ${where} is not valid JSON; the built-in texts are used.`);
      return NO_OVERRIDES;
    }
  }
  if (typeof parsed !== 'object' || !parsed || Array.isArray(parsed)) {
    console.error(`vertaistuki-widgets: ${where} must be a JSON object; the built-in texts are used.`);
    return NO_OVERRIDES;
  }
  const overrides: TextOverrides = { all: {}, byLocale: {} };
  const flat: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(parsed)) {
    const locale = toLocale(key);
    if (locale && key === locale && typeof entry === 'object' && entry !== null && !isMessage(entry)) {
      overrides.byLocale[locale] = pickMessages(entry as Record<string, unknown>, `${where}.${locale}`, isKnown);
    } else {
      flat[key] = entry;
    }
  }
  overrides.all = pickMessages(flat, where, isKnown);
  return overrides;
}

export interface LocalizeParams {
  [name: string]: string | number;
}

/**
 * Turns message keys into the text a person reads, in one locale, with the page's overrides applied.
 * Numbers, dates and plural forms come from `Intl`, so "1 lähetys" / "2 lähetystä" follow the
 * language's own rules.
 */
export class Localizer<Key extends string = CoreKey | SendingKey> {
  readonly locale: Locale;
  #catalogue: Partial<Catalogue<string>>;
  #layers: ReadonlyArray<TextOverrides>;

  /**
   * `catalogue` holds the element's texts in `locale` (a key with no text shows as itself); `layers` are
   * the page's overrides, most specific first (the element's own, then `<vt-config>`'s).
   */
  constructor(
    locale: Locale = DEFAULT_LOCALE,
    catalogue: Partial<Catalogue<Key>> = {},
    layers: ReadonlyArray<TextOverrides> = [],
  ) {
    this.locale = locale;
    this.#catalogue = catalogue;
    this.#layers = layers;
  }

  message(key: Key): Message {
    for (const layer of this.#layers) {
      const own = layer.byLocale[this.locale]?.[key] ?? layer.all[key];
      if (own !== undefined) return own;
    }
    return this.#catalogue[key] ?? key;
  }

  /** The text for `key`, placeholders filled in; plural forms are chosen by `params.count`. */
  t(key: Key, params: LocalizeParams = {}): string {
    return this.#fill(this.message(key), params);
  }

  /**
   * The same for a text that travels in a lazily loaded chunk, not in the catalogue: the page's own
   * wording of `key` (its `texts`) when it has one, else `ours`.
   */
  or(key: string, ours: Message, params: LocalizeParams = {}): string {
    const own = this.message(key as Key);
    return this.#fill(own === key ? ours : own, params);
  }

  #fill(message: Message, params: LocalizeParams): string {
    const text = typeof message === 'string' ? message : (message[this.plural(+(params.count ?? 0))] ?? message.other);
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      // Whole numbers up to 999 read the same in fi, sv and en (our counts are never below 0): written as
      // they are, they spare the page loading the locale's number data, tens of ms before its first render.
      return value === undefined ? whole : typeof value === 'number' && (value > 999 || value % 1) ? this.number(value) : '' + value;
    });
  }

  plural(count: number): Intl.LDMLPluralRule {
    return new Intl.PluralRules(this.locale).select(count);
  }

  // toLocaleString: engines keep the formatter of a locale and options for reuse.
  number(value: number, options?: Intl.NumberFormatOptions): string {
    return value.toLocaleString(this.locale, options);
  }
}

/**
 * A date in the locale's own order and words; `dateStyle: 'long'` unless told otherwise. A function, not
 * a Localizer method, so that an element that shows no dates does not carry it.
 */
export function formatDate(
  locale: Locale,
  value: Date | string | number,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(locale, options).format(date);
}

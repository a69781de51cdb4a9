import type { ReactiveController } from 'lit';
import { DEFAULT_LOCALE, type Catalogue, type Catalogues, type Locale } from '../i18n/catalogue.js';
import { Localizer, NO_OVERRIDES, parseTexts, toLocale, type TextOverrides } from '../i18n/localize.js';
import type { ConfigController, ConfigurableHost } from './config-controller.js';

/**
 * The locale for `element`: its own `lang`, else the nearest ancestor's `lang` (crossing shadow roots),
 * else `<vt-config lang>`, else `<html lang>`, else Finnish. A language we have no texts for is passed
 * over, as if it were not set.
 */
export function resolveLocale(element: Element, configLang?: string): Locale {
  const html = element.ownerDocument.documentElement;
  let node: Node | null = element;
  while (node && node !== html) {
    if (node instanceof Element) {
      const found = toLocale(node.getAttribute('lang'));
      if (found) return found;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return toLocale(configLang) ?? toLocale(html.getAttribute('lang')) ?? DEFAULT_LOCALE;
}

// One observer for every element of this copy of the library: a `lang` change anywhere, in the
// document or in a shadow root around one of ours, makes each element check its locale again.
const watching = new Set<LocaleController<string>>();
const NOT_READ = Symbol('not read');
let langObserver: MutationObserver | undefined;

function observeRootsAround(element: Element): void {
  langObserver ??= new MutationObserver(() => {
    for (const controller of watching) controller.refresh();
  });
  let root: Node = element.getRootNode();
  for (;;) {
    langObserver.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    if (!(root instanceof ShadowRoot)) break;
    root = root.host.getRootNode();
  }
}

/**
 * Keeps an element's locale and texts current: it follows `lang` changes on the element, its
 * ancestors, `<vt-config>` and `<html>` at run time, loads that language's texts (a small chunk of its
 * own, fetched once) and applies the page's `texts` overrides.
 *
 * The host's first render waits for its texts, so nobody sees a key or another language flash by:
 * the host calls `whenReady` from its `scheduleUpdate`. Later language changes keep the old texts on
 * screen until the new ones have arrived.
 */
export class LocaleController<Key extends string> implements ReactiveController {
  /** The locale of the texts on screen. */
  locale: Locale = DEFAULT_LOCALE;
  localizer: Localizer<Key> = new Localizer<Key>();
  private readonly loaded = new Map<Locale, Catalogue<Key>>();
  private readonly loading = new Map<Locale, Promise<void>>();
  private firstTexts?: Promise<void>;
  private ownTexts: TextOverrides = NO_OVERRIDES;
  private ownTextsSource: unknown = NOT_READ;
  private configTexts: TextOverrides = NO_OVERRIDES;

  /**
   * `catalogues`: the element's texts, `core` plus its own area (see e.g. `group-signup/texts.ts`);
   * `lazyKeys`: the keys of texts that travel in a lazy chunk instead, which the element's `texts` may name too.
   */
  constructor(
    private readonly host: ConfigurableHost,
    private readonly config: ConfigController,
    private readonly catalogues: Catalogues<Key>,
    private readonly lazyKeys?: RegExp,
  ) {
    host.addController(this);
  }

  /**
   * Runs `update` at once when texts are on hand, else once the first language has loaded. Hosts call it
   * from `scheduleUpdate`, which Lit lets return a promise to hold a render back.
   */
  whenReady(update: () => void): void | Promise<void> {
    if (this.loaded.size > 0) return update();
    this.refresh();
    return this.firstTexts!.then(update);
  }

  hostConnected(): void {
    watching.add(this);
    observeRootsAround(this.host);
    this.refresh();
  }

  hostDisconnected(): void {
    watching.delete(this);
  }

  hostUpdate(): void {
    this.refresh();
  }

  /** Re-resolves the locale and texts; asks for a render only when something changed. */
  refresh(): void {
    const locale = resolveLocale(this.host, this.config.provided.lang);
    const catalogue = this.loaded.get(locale);
    if (!catalogue) {
      this.load(locale);
      return;
    }
    const ownTextsSource = this.host.texts;
    const configTexts = this.config.provided.texts ?? NO_OVERRIDES;
    // The first pass always goes on: the own texts have not been read yet.
    if (locale === this.locale && ownTextsSource === this.ownTextsSource && configTexts === this.configTexts) return;
    if (ownTextsSource !== this.ownTextsSource) {
      this.ownTexts = parseTexts(ownTextsSource, `<${this.host.localName} texts>`, (key) => key in catalogue || !!this.lazyKeys?.test(key));
    }
    this.locale = locale;
    this.ownTextsSource = ownTextsSource;
    this.configTexts = configTexts;
    this.localizer = new Localizer(locale, catalogue, [this.ownTexts, configTexts]);
    this.host.requestUpdate();
  }

  private load(locale: Locale): void {
    if (this.loading.has(locale)) return;
    const done = this.catalogues[locale]().then(
      (catalogue) => {
        this.loaded.set(locale, catalogue);
        this.refresh();
      },
      (error: unknown) => {
        console.error(`vertaistuki-widgets: the ${locale} texts of <${this.host.localName}> could not be loaded.`, error);
        // A language switched to while offline: the texts on screen stay, and nothing typed is touched.
        if (this.loaded.size > 0) return;
        // No texts at all (a CDN folder copied without chunks/): show the keys rather than nothing, so
        // the element can still be found and used.
        this.loaded.set(locale, {} as Catalogue<Key>);
        this.refresh();
      },
    );
    this.loading.set(locale, done);
    this.firstTexts ??= done;
  }
}

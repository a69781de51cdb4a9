import type { ReactiveController } from 'lit';
import { DEFAULT_LOCALE, type Catalogues, type CoreKey, type Locale } from '../i18n/catalogue.js';
import { coreTexts } from '../i18n/core-texts.js';
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
 * ancestors, `<vt-config>` and `<html>` at run time, and applies the page's `texts` overrides.
 */
export class LocaleController<Key extends string = CoreKey> implements ReactiveController {
  locale: Locale = DEFAULT_LOCALE;
  localizer: Localizer<Key>;
  private ownTexts: TextOverrides = NO_OVERRIDES;
  private ownTextsSource: unknown = NOT_READ;
  private configTexts: TextOverrides = NO_OVERRIDES;

  /** `catalogues`: the element's texts, `core` plus its own area (see e.g. `group-signup/texts.ts`). */
  constructor(
    private readonly host: ConfigurableHost,
    private readonly config: ConfigController,
    private readonly catalogues: Catalogues<Key> = coreTexts as Catalogues<string> as Catalogues<Key>,
  ) {
    this.localizer = new Localizer(DEFAULT_LOCALE, catalogues);
    host.addController(this);
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
    const ownTextsSource = this.host.texts;
    const configTexts = this.config.provided.texts ?? NO_OVERRIDES;
    if (locale === this.locale && ownTextsSource === this.ownTextsSource && configTexts === this.configTexts) return;
    if (ownTextsSource !== this.ownTextsSource) {
      const known = (key: string) => key in this.catalogues.fi;
      this.ownTexts = parseTexts(ownTextsSource, `<${this.host.localName} texts>`, known);
    }
    this.locale = locale;
    this.ownTextsSource = ownTextsSource;
    this.configTexts = configTexts;
    this.localizer = new Localizer(locale, this.catalogues, [this.ownTexts, configTexts]);
    this.host.requestUpdate();
  }
}

import { render, type TemplateResult } from 'lit/html.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/*
 * The base class of every element: Lit's templates (lit-html) on a small reactive base of our own,
 * instead of Lit's `ReactiveElement` and `LitElement`. Those two and Lit's `css` are about 3 KB of every
 * page, a fifth of an element's 15 KB budget; this does the part of them our elements use in well under
 * 1 KB (docs/performance-budget.md). It keeps Lit's contract where the elements and their tests lean on
 * it: `static properties` (attribute names, Boolean and Number attributes, `reflect`, `state`), updates
 * batched in a microtask and held back until the element is connected, `scheduleUpdate` able to return
 * a promise, `willUpdate` / `updated` with the changed properties, reactive controllers, `updateComplete`,
 * and properties set on an element before its class was defined.
 */

export interface PropertyDeclaration {
  /** The attribute's name, or `false` for a property without one; default: the name in lower case. */
  attribute?: string | boolean;
  /** How the attribute reads: `Boolean` (present or not), `Number`, or a string (default). */
  type?: typeof Boolean | typeof Number | typeof String;
  /** Writes the property back to its attribute on each update. */
  reflect?: boolean;
  /** Internal state: no attribute, but a change re-renders. */
  state?: boolean;
}

/** The properties changed since the last update, with their previous values. */
export type PropertyValues = Map<PropertyKey, unknown>;

/** Styles of an element, adopted by its shadow root as one constructable style sheet per `css` block. */
export interface ElementStyles {
  readonly cssText: string;
  /** Made on first use, so that importing an element outside a browser (server rendering, tools) works. */
  readonly styleSheet: CSSStyleSheet;
}

/** A block of an element's CSS (no interpolation: a theme goes through custom properties). */
export const css = ([cssText]: TemplateStringsArray): ElementStyles => {
  let sheet: CSSStyleSheet | undefined;
  return {
    cssText: cssText!,
    get styleSheet() {
      if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(cssText!);
      return sheet;
    },
  };
};

/** Per element class: its attributes and the property each one sets. */
const attributesOf = new WeakMap<object, Map<string, string>>();

export class VtElement extends HTMLElement implements ReactiveControllerHost {
  static properties: Record<string, PropertyDeclaration> = {};
  static styles: ElementStyles | ElementStyles[] = [];

  /** Read once per class, when it is defined: makes every declared property a reactive accessor. */
  static get observedAttributes(): string[] {
    const attributes = new Map<string, string>();
    for (const [name, declaration] of Object.entries(this.properties)) {
      Object.defineProperty(this.prototype, name, {
        get(this: VtElement) {
          return this.#values.get(name);
        },
        set(this: VtElement, value: unknown) {
          const old = this.#values.get(name);
          this.#values.set(name, value);
          if (!Object.is(old, value)) this.requestUpdate(name, old);
        },
        // Reading observedAttributes again (a subclass, a tool) may define the accessors again.
        configurable: true,
      });
      if (declaration.attribute !== false && !declaration.state) {
        attributes.set(typeof declaration.attribute == 'string' ? declaration.attribute : name.toLowerCase(), name);
      }
    }
    attributesOf.set(this, attributes);
    return [...attributes.keys()];
  }

  /** The shadow root the element renders into. */
  declare readonly renderRoot: ShadowRoot;
  #values = new Map<string, unknown>();
  #changed = new Map<PropertyKey, unknown>();
  #controllers = new Set<ReactiveController>();
  #pending = false;
  #updating: Promise<boolean>;
  #connect!: () => void;
  /** Properties a page set on the element before its class was defined (they hide the accessors). */
  #early = new Map<string, unknown>();

  constructor() {
    super();
    const own = this as unknown as Record<string, unknown>;
    for (const name of Object.keys((this.constructor as typeof VtElement).properties)) {
      if (Object.hasOwn(this, name)) {
        this.#early.set(name, own[name]);
        delete own[name];
      }
    }
    // The first update waits for the element to be connected.
    this.#updating = new Promise((resolve) => (this.#connect = () => resolve(true)));
    this.requestUpdate();
  }

  addController(controller: ReactiveController): void {
    this.#controllers.add(controller);
    if (this.renderRoot && this.isConnected) controller.hostConnected?.();
  }

  removeController(controller: ReactiveController): void {
    this.#controllers.delete(controller);
  }

  connectedCallback(): void {
    if (!this.renderRoot) {
      const root = this.attachShadow({ mode: 'open' });
      const styles = (this.constructor as typeof VtElement).styles;
      root.adoptedStyleSheets = [styles].flat().map((block) => block.styleSheet);
      (this as { renderRoot: ShadowRoot }).renderRoot = root;
    }
    this.#connect();
    for (const controller of this.#controllers) controller.hostConnected?.();
    // Back on the page after a move: what it shows may have changed meanwhile (children, ancestors' lang).
    this.requestUpdate();
  }

  disconnectedCallback(): void {
    for (const controller of this.#controllers) controller.hostDisconnected?.();
  }

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    const name = attributesOf.get(this.constructor)!.get(attribute)!;
    const type = (this.constructor as typeof VtElement).properties[name]!.type;
    (this as unknown as Record<string, unknown>)[name] =
      type === Boolean ? value !== null : type === Number && value !== null ? Number(value) : value;
  }

  /** Asks for an update; `name` and `old` record a property's change for `willUpdate` and `updated`. */
  requestUpdate(name?: PropertyKey, old?: unknown): void {
    if (name !== undefined && !this.#changed.has(name)) this.#changed.set(name, old);
    if (this.#pending) return;
    this.#pending = true;
    this.#updating = this.#enqueue(this.#updating);
  }

  async #enqueue(previous: Promise<boolean>): Promise<boolean> {
    await previous.catch(() => undefined);
    const scheduled = this.scheduleUpdate();
    if (scheduled) await scheduled;
    return !this.#pending;
  }

  /** True when no other update was asked for meanwhile. */
  get updateComplete(): Promise<boolean> {
    return this.getUpdateComplete();
  }

  protected getUpdateComplete(): Promise<boolean> {
    return this.#updating;
  }

  /** Runs the update now; an element may override it to hold an update back (returning a promise). */
  protected scheduleUpdate(): void | Promise<void> {
    this.performUpdate();
  }

  protected performUpdate(): void {
    if (!this.#pending) return;
    for (const [name, value] of this.#early) (this as unknown as Record<string, unknown>)[name] = value;
    this.#early.clear();
    const changed = this.#changed;
    let template: unknown;
    try {
      this.willUpdate(changed);
      for (const controller of this.#controllers) controller.hostUpdate?.();
      template = this.render();
      this.#reflect(changed);
    } finally {
      this.#changed = new Map();
      this.#pending = false;
    }
    render(template, this.renderRoot, { host: this });
    for (const controller of this.#controllers) controller.hostUpdated?.();
    this.updated(changed);
  }

  #reflect(changed: PropertyValues): void {
    const { properties } = this.constructor as typeof VtElement;
    for (const [attribute, name] of attributesOf.get(this.constructor)!) {
      if (!properties[name]!.reflect || !changed.has(name)) continue;
      const value = (this as unknown as Record<string, unknown>)[name];
      // Writing the attribute sets the property again, to the value it has: no new update.
      if (value === false || value == null) this.removeAttribute(attribute);
      else this.setAttribute(attribute, value === true ? '' : String(value));
    }
  }

  protected willUpdate(_changed: PropertyValues): void {}

  protected updated(_changed: PropertyValues): void {}

  protected render(): TemplateResult | unknown {
    return undefined;
  }
}

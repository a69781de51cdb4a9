import { LitElement, type PropertyValues } from 'lit';
import { VERSION } from './version.js';

/**
 * The base of every vertaistuki element: Lit's `LitElement`, as lit.dev documents it, with the little
 * every element of ours adds. Lit's lifecycle, reactive properties, controllers and dev tools all apply.
 */
export class VtElement extends LitElement {
  /** The library version that defined the element: the define guard compares it with a tag's owner. */
  static readonly vtVersion = VERSION;

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a move: what it shows may have changed meanwhile (children, ancestors' lang),
    // and Lit renders again only when a property changes.
    if (this.hasUpdated) this.requestUpdate();
  }

  #rendering = false;

  /**
   * True while Lit renders the element. A focused control that the render removes fires `focusout` in
   * the middle of it: a handler then has nothing left to show and must not ask for another update.
   */
  protected get rendering(): boolean {
    return this.#rendering;
  }

  protected override update(changed: PropertyValues): void {
    this.#rendering = true;
    try {
      super.update(changed);
    } finally {
      this.#rendering = false;
    }
  }
}

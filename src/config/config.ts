import { ContextProvider } from '@lit/context';
import { css, html, type PropertyValues } from 'lit';
import { VtElement } from '../core/vt-element.js';
import { resumeWaitingDeliveries } from '../core/delivery/index.js';
import { NO_OVERRIDES, parseTexts, type TextOverrides } from '../i18n/localize.js';
import { configContext, type VtConfigValue } from './context.js';

/**
 * Shared settings for every vertaistuki element inside it, so a page states them once. An element's
 * own attribute always wins over these; elements also work with no `<vt-config>` at all.
 *
 * @summary Shares endpoint, language, privacy notice, programme and texts with the elements inside it.
 * @tag vt-config
 *
 * @slot - The elements (and any other content) that use these settings.
 *
 * @example
 * ```html
 * <vt-config endpoint="https://example.fi/api/submissions" programme="kestava-keikkatyo"
 *            privacy-notice-url="/tietosuoja" lang="fi">
 *   <vt-group-signup></vt-group-signup>
 *   <vt-survey preset="peer-group-satisfaction"></vt-survey>
 * </vt-config>
 * ```
 */
export class VtConfig extends VtElement {
  static override properties = {
    endpoint: { reflect: true },
    lang: { reflect: true },
    privacyNoticeUrl: { attribute: 'privacy-notice-url', reflect: true },
    programme: { reflect: true },
    texts: {},
  };

  // It adds no box of its own: the page's layout applies to its children as if it were not there.
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** URL that receives submissions (`POST`, JSON), as in the submission contract. */
  declare endpoint?: string;

  /** Language for the elements inside (`fi`, `sv` or `en`), unless they or a closer ancestor say otherwise. */
  declare lang: string;

  /** Address of the privacy notice that consent checkboxes link to. */
  declare privacyNoticeUrl?: string;

  /** Identifier of the programme, sent with every submission (e.g. `kestava-keikkatyo`). */
  declare programme?: string;

  /**
   * JSON replacing any of the built-in texts, for every language (`{"core.sent": "Kiitos!"}`) or per
   * language (`{"sv": {"core.sent": "Tack!"}}`). See the README for the keys.
   */

  declare texts?: string | Record<string, unknown>;

  private readonly provider = new ContextProvider(this, { context: configContext, initialValue: {} });
  private parsedTexts: TextOverrides = NO_OVERRIDES;

  override connectedCallback(): void {
    super.connectedCallback();
    resumeWaitingDeliveries();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('texts')) this.parsedTexts = parseTexts(this.texts, '<vt-config texts>');
    const value: VtConfigValue = {
      endpoint: this.endpoint || undefined,
      lang: this.lang || undefined,
      privacyNoticeUrl: this.privacyNoticeUrl || undefined,
      programme: this.programme || undefined,
      texts: this.parsedTexts,
    };
    this.provider.setValue(value);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

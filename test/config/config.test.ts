import { ContextConsumer } from '@lit/context';
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LitElement } from 'lit';
import { configContext } from '../../src/config/context.js';
import { VtConfig } from '../../src/config/config.js';
import '../../src/config/define.js';
import { defineElement } from '../../src/core/define.js';
import { scenario } from '../support/endpoint.js';
import '../support/test-form.js';
import type { VtTestForm } from '../support/test-form.js';

/** A partner's own Lit element, written with @lit/context alone, none of our code but the key. */
class PartnerWidget extends LitElement {
  readonly settings = new ContextConsumer(this, { context: configContext, subscribe: true });
}
customElements.define('partner-widget', PartnerWidget);

describe('<vt-config>', () => {
  it('is accessible and adds no box of its own', async () => {
    const config = await fixture<VtConfig>(html`<vt-config><p>Sisältö</p></vt-config>`);
    await expect(config).to.be.accessible();
    expect(getComputedStyle(config).display).to.equal('contents');
  });

  it('lets an element work with no provider at all', async () => {
    const form = await fixture<VtTestForm>(html`<vt-test-form endpoint="/own" programme="oma"></vt-test-form>`);
    expect(form.config.endpoint).to.equal('/own');
    expect(form.config.programme).to.equal('oma');
    expect(form.config.privacyNoticeUrl).to.equal(undefined);
  });

  it('provides its settings, and an element’s own attribute wins', async () => {
    const config = await fixture<VtConfig>(html`
      <vt-config endpoint="/shared" programme="kestava-keikkatyo" privacy-notice-url="/tietosuoja">
        <div><vt-test-form id="plain"></vt-test-form></div>
        <vt-test-form id="own" endpoint="/own" privacy-notice-url="/oma-tietosuoja"></vt-test-form>
      </vt-config>
    `);
    const plain = config.querySelector<VtTestForm>('#plain')!;
    const own = config.querySelector<VtTestForm>('#own')!;
    expect(plain.config.endpoint).to.equal('/shared');
    expect(plain.config.programme).to.equal('kestava-keikkatyo');
    expect(plain.config.privacyNoticeUrl).to.equal('/tietosuoja');
    expect(own.config.endpoint).to.equal('/own');
    expect(own.config.programme).to.equal('kestava-keikkatyo');
    expect(own.config.privacyNoticeUrl).to.equal('/oma-tietosuoja');

    config.endpoint = '/moved';
    await config.updateComplete;
    expect(plain.config.endpoint).to.equal('/moved');
  });

  it('lets the nearest of nested providers win', async () => {
    const outer = await fixture(html`
      <vt-config endpoint="/outer" programme="outer">
        <vt-config endpoint="/inner"><vt-test-form></vt-test-form></vt-config>
      </vt-config>
    `);
    const form = outer.querySelector('vt-test-form')!;
    expect(form.config.endpoint).to.equal('/inner');
    // Settings are not merged across providers: the nearest one answers.
    expect(form.config.programme).to.equal(undefined);
  });

  it('reaches children that upgraded before it did, and their submissions carry its programme', async () => {
    const server = await scenario([201]);
    const page = await fixture(html`
      <vt-config-late endpoint=${server.endpoint} programme="myohassa">
        <vt-test-form></vt-test-form>
      </vt-config-late>
    `);
    const form = page.querySelector('vt-test-form')!;
    await form.updateComplete;
    expect(form.config.endpoint).to.equal(undefined);

    // The provider's script arrives last, as when a page loads the config entry after the elements.
    defineElement('vt-config-late', VtConfig);
    await aTimeout(0);
    expect(form.config.endpoint).to.equal(server.endpoint);

    form.shadowRoot!.querySelector<HTMLInputElement>('#name')!.value = 'Aino';
    form.shadowRoot!.querySelector('button')!.click();
    await oneEvent(form, 'vt-submitted');
    const [request] = await server.log();
    expect(request!.body.programme).to.equal('myohassa');
  });

  it('moves children to a nested provider that appears later', async () => {
    const outer = await fixture(html`
      <vt-config endpoint="/outer">
        <vt-config-inner-late endpoint="/inner"><vt-test-form></vt-test-form></vt-config-inner-late>
      </vt-config>
    `);
    const form = outer.querySelector('vt-test-form')!;
    expect(form.config.endpoint).to.equal('/outer');
    defineElement('vt-config-inner-late', class extends VtConfig {});
    await aTimeout(0);
    expect(form.config.endpoint).to.equal('/inner');
  });

  it('provides through @lit/context: a Lit element of the page’s own receives its settings and their changes', async () => {
    const config = await fixture<VtConfig>(html`
      <vt-config endpoint="/shared" programme="kestava-keikkatyo" lang="sv"><partner-widget></partner-widget></vt-config>
    `);
    const widget = config.querySelector<PartnerWidget>('partner-widget')!;
    expect(widget.settings.value).to.include({ endpoint: '/shared', programme: 'kestava-keikkatyo', lang: 'sv' });
    config.programme = 'toinen';
    await config.updateComplete;
    expect(widget.settings.value!.programme).to.equal('toinen');
  });
});

import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { VtElement } from '../../src/core/vt-element.js';

/**
 * A small element on the base class, recording what it does with it: the parts of Lit's contract the
 * elements lean on, and what VtElement adds.
 */
class VtProbe extends VtElement {
  static override properties = {
    label: {},
    count: { type: Number },
    open: { type: Boolean, reflect: true },
    mode: { attribute: 'probe-mode', reflect: true },
    items: { attribute: false },
    seen: { state: true },
  };

  static override styles = css`
    p {
      margin: 3px;
    }
  `;

  declare label?: string;
  declare count?: number;
  declare open: boolean;
  declare mode?: string;
  declare items?: string[];
  declare seen: number;
  renders = 0;
  changes: string[][] = [];

  constructor() {
    super();
    this.open = false;
    this.seen = 0;
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.changes.push([...changed.keys()].map(String).sort());
  }

  protected override render(): unknown {
    this.renders++;
    return html`<p>${this.label ?? ''} ${this.count ?? ''} ${(this.items ?? []).join(',')}</p>`;
  }
}

describe('the base class', () => {
  it('is a LitElement', () => {
    expect(new VtProbe()).to.be.instanceOf(LitElement);
  });

  before(() => {
    // Set before the class is defined, as a framework may do on an element it created early.
    const early = document.createElement('vt-probe') as unknown as { items: string[] };
    early.items = ['early'];
    (early as unknown as HTMLElement).id = 'early';
    document.body.append(early as unknown as HTMLElement);
    customElements.define('vt-probe', VtProbe);
  });

  after(() => document.querySelector('#early')?.remove());

  it('reads attributes as strings, numbers and booleans, and renders once per batch of changes', async () => {
    const probe = await fixture<VtProbe>(fixtureHtml`<vt-probe label="Hei" count="3" open></vt-probe>`);
    expect(probe.label).to.equal('Hei');
    expect(probe.count).to.equal(3);
    expect(probe.open).to.equal(true);
    expect(probe.renders).to.equal(1);
    expect(probe.shadowRoot!.querySelector('p')!.textContent).to.equal('Hei 3 ');
    probe.label = 'Moi';
    probe.count = 4;
    probe.items = ['a', 'b'];
    expect(await probe.updateComplete).to.equal(true);
    expect(probe.renders).to.equal(2);
    expect(probe.changes.at(-1)).to.deep.equal(['count', 'items', 'label']);
    expect(probe.shadowRoot!.querySelector('p')!.textContent).to.equal('Moi 4 a,b');
    probe.removeAttribute('open');
    await probe.updateComplete;
    expect(probe.open).to.equal(false);
  });

  it('reflects properties marked so, under their attribute names, and does not loop', async () => {
    const probe = await fixture<VtProbe>(fixtureHtml`<vt-probe></vt-probe>`);
    probe.open = true;
    probe.mode = 'list';
    await probe.updateComplete;
    expect(probe.hasAttribute('open')).to.equal(true);
    expect(probe.getAttribute('probe-mode')).to.equal('list');
    const renders = probe.renders;
    probe.open = false;
    await probe.updateComplete;
    expect(probe.hasAttribute('open')).to.equal(false);
    expect(probe.renders).to.equal(renders + 1);
    // A state property and an attribute-less one have no attribute at all.
    probe.seen = 2;
    await probe.updateComplete;
    expect(probe.hasAttribute('seen')).to.equal(false);
    expect(VtProbe.observedAttributes).to.have.members(['label', 'count', 'open', 'probe-mode']);
  });

  it('waits with the first update until the element is connected', async () => {
    const probe = document.createElement('vt-probe') as VtProbe;
    probe.label = 'Ei vielä';
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(probe.renders).to.equal(0);
    expect(probe.shadowRoot).to.equal(null);
    document.body.append(probe);
    await probe.updateComplete;
    expect(probe.renders).to.equal(1);
    expect(probe.shadowRoot!.querySelector('p')!.textContent).to.contain('Ei vielä');
    probe.remove();
  });

  it('keeps a property set before the class was defined', async () => {
    const early = document.querySelector<VtProbe>('#early')!;
    await early.updateComplete;
    expect(early.items).to.deep.equal(['early']);
    expect(early.shadowRoot!.querySelector('p')!.textContent).to.contain('early');
  });

  it('adopts its styles as constructable style sheets', async () => {
    const probe = await fixture<VtProbe>(fixtureHtml`<vt-probe label="x"></vt-probe>`);
    expect(probe.shadowRoot!.adoptedStyleSheets).to.have.length(1);
    expect(probe.shadowRoot!.querySelector('style')).to.equal(null);
    expect(getComputedStyle(probe.shadowRoot!.querySelector('p')!).marginTop).to.equal('3px');
  });

  it('tells its controllers when it connects, updates and disconnects', async () => {
    const probe = await fixture<VtProbe>(fixtureHtml`<vt-probe></vt-probe>`);
    const calls: string[] = [];
    const controller = {
      hostConnected: () => calls.push('connected'),
      hostUpdate: () => calls.push('update'),
      hostUpdated: () => calls.push('updated'),
      hostDisconnected: () => calls.push('disconnected'),
    };
    probe.addController(controller);
    probe.label = 'x';
    await probe.updateComplete;
    probe.remove();
    probe.removeController(controller);
    document.body.append(probe);
    await probe.updateComplete;
    probe.remove();
    expect(calls).to.deep.equal(['connected', 'update', 'updated', 'disconnected']);
  });

  it('renders again when moved, so it shows what changed around it meanwhile', async () => {
    const probe = await fixture<VtProbe>(fixtureHtml`<vt-probe></vt-probe>`);
    const renders = probe.renders;
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    elsewhere.append(probe);
    await probe.updateComplete;
    expect(probe.renders).to.equal(renders + 1);
    elsewhere.remove();
  });
});

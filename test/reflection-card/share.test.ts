import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/config/define.js';
import { OUTBOX_KEY } from '../../src/core/delivery/keys.js';
import '../../src/reflection-card/define.js';
import type { VtReflectionCard } from '../../src/reflection-card/reflection-card.js';
import { scenario } from '../support/endpoint.js';
import { $, $$, button, focused, textOf, typeAnswer } from './helpers.js';

describe('<vt-reflection-card> sharing', () => {
  beforeEach(() => localStorage.clear());

  it('offers sharing only with both shareable and an endpoint (its own or <vt-config>\'s)', async () => {
    const server = await scenario();
    const noEndpoint = await fixture<VtReflectionCard>(html`<vt-reflection-card shareable></vt-reflection-card>`);
    expect($$(noEndpoint, '[data-action="share"]')).to.have.length(0);
    const notShareable = await fixture<VtReflectionCard>(
      html`<vt-reflection-card endpoint=${server.endpoint}></vt-reflection-card>`,
    );
    expect($$(notShareable, '[data-action="share"]')).to.have.length(0);
    const wrapper = await fixture<HTMLElement>(html`<vt-config endpoint=${server.endpoint} lang="en">
      <vt-reflection-card shareable></vt-reflection-card>
    </vt-config>`);
    const card = wrapper.querySelector('vt-reflection-card')!;
    await card.updateComplete;
    expect(textOf(card, '[data-action="share"]')).to.equal('Share with the facilitator');
    await expect(card).to.be.accessible();
  });

  it('loads its submission client before Share is pressed, and only when it can share', async () => {
    const server = await scenario();
    const plain = await fixture<VtReflectionCard>(html`<vt-reflection-card endpoint=${server.endpoint}></vt-reflection-card>`);
    const presenting = await fixture<VtReflectionCard>(
      html`<vt-reflection-card presenter shareable endpoint=${server.endpoint}></vt-reflection-card>`,
    );
    expect(plain.submission).to.equal(undefined);
    expect(presenting.submission).to.equal(undefined);
    expect($$(plain, '#share-dialog')).to.have.length(0);
    // From the first render on, with nothing pressed: the client and the (closed) confirmation are there.
    const card = await fixture<VtReflectionCard>(
      html`<vt-reflection-card lang="en" shareable endpoint=${server.endpoint}></vt-reflection-card>`,
    );
    expect(card.submission?.state).to.equal('idle');
    expect($<HTMLDialogElement>(card, '#share-dialog').open).to.equal(false);
    expect(textOf(card, '[part="status"]')).to.equal('');
    expect(await server.log()).to.deep.equal([]);
  });

  it('sends exactly what the confirmation showed, after the participant confirms', async () => {
    const server = await scenario([201]);
    const wrapper = await fixture<HTMLElement>(html`<vt-config programme="kestava-keikkatyo" privacy-notice-url="/tietosuoja">
      <vt-reflection-card card-id="share-1" lang="en" layout="list" shareable endpoint=${server.endpoint}></vt-reflection-card>
    </vt-config>`);
    const card = wrapper.querySelector('vt-reflection-card')!;
    await card.updateComplete;
    await typeAnswer(card, 'It helped.\nA lot.', '#answer-0');
    await typeAnswer(card, 'At the fair.', '#answer-2');

    const shareButton = $<HTMLButtonElement>(card, '[data-action="share"]');
    shareButton.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = $<HTMLDialogElement>(card, '#share-dialog');
    await waitUntil(() => dialog.open, 'confirmation open');
    expect(focused(card)?.textContent?.trim()).to.equal('Cancel');
    // Nothing has gone anywhere yet.
    expect(await server.log()).to.deep.equal([]);
    await expect(card).to.be.accessible();

    const shown = $$(card, '[part="share-preview"] dt').map((dt, index) => ({
      prompt: dt.textContent!,
      answer: $$(card, '[part="share-preview"] dd')[index]!.textContent!,
    }));
    expect(shown.map((pair) => pair.answer)).to.deep.equal(['It helped.\nA lot.', 'At the fair.']);
    expect(textOf(card, '#share-dialog .vt-note')).to.contain(`${location.origin}${location.pathname}`);
    expect($<HTMLAnchorElement>(card, '#share-dialog a').getAttribute('href')).to.equal('/tietosuoja');

    const submitted = oneEvent(card, 'vt-submitted');
    await sendKeys({ press: 'Tab' });
    expect(focused(card)?.textContent?.trim()).to.equal('Share with the facilitator');
    await sendKeys({ press: 'Enter' });
    const { detail } = await submitted;
    const [request] = await server.log();
    expect(request!.body.schema).to.equal('vt.reflection/1');
    expect(request!.body.programme).to.equal('kestava-keikkatyo');
    expect(request!.body.locale).to.equal('en');
    expect(request!.body.data).to.deep.equal({ cardId: 'share-1', exercise: 'peer-support', answers: shown });
    expect(detail.envelope.data).to.deep.equal(request!.body.data);
    await card.updateComplete;
    expect(textOf(card, '[part="status"]')).to.equal('Sent. Thank you!');
    expect(focused(card)).to.equal(shareButton);
    await expect(card).to.be.accessible();
  });

  it('cancelling the confirmation sends nothing', async () => {
    const server = await scenario();
    const card = await fixture<VtReflectionCard>(
      html`<vt-reflection-card lang="en" shareable endpoint=${server.endpoint}></vt-reflection-card>`,
    );
    await typeAnswer(card, 'Private');
    button(card, 'Share with the facilitator').click();
    const dialog = $<HTMLDialogElement>(card, '#share-dialog');
    await waitUntil(() => dialog.open, 'confirmation open');
    $(card, '#share-dialog [data-cancel]').click();
    await waitUntil(() => !dialog.open, 'closed');
    await aTimeout(200);
    expect(await server.log()).to.deep.equal([]);
  });

  it('has nothing to share before an answer is written', async () => {
    const server = await scenario();
    const card = await fixture<VtReflectionCard>(
      html`<vt-reflection-card lang="en" shareable endpoint=${server.endpoint}></vt-reflection-card>`,
    );
    button(card, 'Share with the facilitator').click();
    await card.updateComplete;
    expect($<HTMLDialogElement>(card, '#share-dialog').open).to.equal(false);
    expect(textOf(card, '[part="notice"]')).to.equal('Write an answer first: there is nothing to share yet.');
    await expect(card).to.be.accessible();
  });

  it('queues a share when the endpoint fails, and says it will be sent', async () => {
    const server = await scenario([503, 201]);
    const card = await fixture<VtReflectionCard>(
      html`<vt-reflection-card lang="en" shareable endpoint=${server.endpoint}></vt-reflection-card>`,
    );
    await typeAnswer(card, 'Later');
    button(card, 'Share with the facilitator').click();
    await waitUntil(() => $<HTMLDialogElement>(card, '#share-dialog').open, 'confirmation open');
    const queued = oneEvent(card, 'vt-submit-queued');
    $(card, '#share-dialog [data-confirm]').click();
    await queued;
    await card.updateComplete;
    expect(textOf(card, '[part="status"]')).to.contain('saved on this device');
    await expect(card).to.be.accessible();
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => localStorage.getItem(OUTBOX_KEY) === null, 'delivered later');
  });

  it('makes no request at all without an explicit, confirmed share', async () => {
    const server = await scenario();
    // Let the test's own set-up request settle into the resource timeline before counting.
    await aTimeout(300);
    const before = performance.getEntriesByType('resource').length;
    const seen: string[] = [];
    const observer = new PerformanceObserver((list) => seen.push(...list.getEntries().map((entry) => entry.name)));
    observer.observe({ type: 'resource' });
    const { fetch: realFetch, XMLHttpRequest: RealXhr } = window;
    const beacon = navigator.sendBeacon;
    const calls: string[] = [];
    window.fetch = (input, init) => {
      calls.push(`fetch ${String(input)}`);
      return realFetch(input, init);
    };
    window.XMLHttpRequest = class extends RealXhr {
      override open(...args: [string, string | URL]) {
        calls.push(`xhr ${String(args[1])}`);
        super.open(...args);
      }
    };
    navigator.sendBeacon = (url) => {
      calls.push(`beacon ${String(url)}`);
      return false;
    };
    const clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => undefined } });
    try {
      const card = await fixture<VtReflectionCard>(
        html`<vt-reflection-card lang="en" shareable endpoint=${server.endpoint}></vt-reflection-card>`,
      );
      await typeAnswer(card, 'Mine only');
      button(card, 'Next').click();
      await card.updateComplete;
      await typeAnswer(card, 'Also mine');
      button(card, 'Copy').click();
      card.shadowRoot!.addEventListener('click', (event) => event.preventDefault(), { capture: true });
      button(card, 'Download (.txt)').click();
      // Opening the confirmation and cancelling it is not a share.
      button(card, 'Share with the facilitator').click();
      await waitUntil(() => $<HTMLDialogElement>(card, '#share-dialog').open, 'confirmation open');
      $(card, '#share-dialog [data-cancel]').click();
      card.setAttribute('lang', 'fi');
      await card.updateComplete;
      await aTimeout(1000);
    } finally {
      window.fetch = realFetch;
      window.XMLHttpRequest = RealXhr;
      navigator.sendBeacon = beacon;
      if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
    observer.disconnect();
    expect(calls).to.deep.equal([]);
    expect(seen.filter((name) => !name.startsWith('blob:'))).to.deep.equal([]);
    expect(
      performance
        .getEntriesByType('resource')
        .slice(before)
        .map((entry) => entry.name)
        .filter((name) => !name.startsWith('blob:')),
    ).to.deep.equal([]);
    expect(await server.log()).to.deep.equal([]);
  });
});

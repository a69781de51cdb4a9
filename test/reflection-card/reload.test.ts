import { expect, waitUntil } from '@open-wc/testing';
import { draftKey } from '../../src/reflection-card/drafts.js';
import type { VtReflectionCard } from '../../src/reflection-card/reflection-card.js';

function loaded(frame: HTMLIFrameElement): Promise<void> {
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
}

async function cardIn(frame: HTMLIFrameElement): Promise<VtReflectionCard> {
  const win = frame.contentWindow!;
  await waitUntil(() => win.customElements.get('vt-reflection-card'), 'element defined in the frame');
  const card = win.document.querySelector('vt-reflection-card')!;
  await card.updateComplete;
  return card;
}

describe('<vt-reflection-card> after a real page reload', () => {
  let frame: HTMLIFrameElement;
  beforeEach(() => localStorage.clear());
  afterEach(() => frame?.remove());

  it('has the answers back', async () => {
    frame = document.createElement('iframe');
    frame.title = 'reload';
    const firstLoad = loaded(frame);
    frame.src = new URL('./reload-page.html', import.meta.url).pathname;
    document.body.append(frame);
    await firstLoad;
    let card = await cardIn(frame);

    const textarea = card.shadowRoot!.querySelector('textarea')!;
    textarea.value = 'Ennen uudelleenlatausta';
    textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part="navigation"] button:last-child')!.click();
    await card.updateComplete;
    const second = card.shadowRoot!.querySelector('textarea')!;
    second.value = 'Toinen vastaus';
    second.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitUntil(() => localStorage.getItem(draftKey('reload-page'))?.includes('Toinen vastaus'), 'draft saved');

    const reloaded = loaded(frame);
    frame.contentWindow!.location.reload();
    await reloaded;
    card = await cardIn(frame);
    expect(card.shadowRoot!.querySelector('textarea')!.value).to.equal('Ennen uudelleenlatausta');
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part="navigation"] button:last-child')!.click();
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('textarea')!.value).to.equal('Toinen vastaus');
  });

  it('keeps what was typed just before leaving, without waiting for the pause', async () => {
    frame = document.createElement('iframe');
    frame.title = 'reload';
    const firstLoad = loaded(frame);
    frame.src = new URL('./reload-page.html', import.meta.url).pathname;
    document.body.append(frame);
    await firstLoad;
    let card = await cardIn(frame);
    const textarea = card.shadowRoot!.querySelector('textarea')!;
    textarea.value = 'Viime hetkellä';
    textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const reloaded = loaded(frame);
    frame.contentWindow!.location.reload();
    await reloaded;
    card = await cardIn(frame);
    expect(card.shadowRoot!.querySelector('textarea')!.value).to.equal('Viime hetkellä');
  });
});

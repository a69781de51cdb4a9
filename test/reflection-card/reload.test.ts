import { expect, waitUntil } from '@open-wc/testing';
import { draftKey } from '../../src/reflection-card/drafts.js';
import type { VtReflectionCard } from '../../src/reflection-card/reflection-card.js';

import { elementIn, openFrame, reloadFrame } from '../support/frame.js';

const page = new URL('./reload-page.html', import.meta.url).pathname;
const cardIn = (frame: HTMLIFrameElement) => elementIn<VtReflectionCard>(frame, 'vt-reflection-card');

describe('<vt-reflection-card> after a real page reload', () => {
  let frame: HTMLIFrameElement;
  beforeEach(() => localStorage.clear());
  afterEach(() => frame?.remove());

  it('has the answers back', async () => {
    frame = await openFrame(page);
    let card = await cardIn(frame);

    const textarea = card.shadowRoot!.querySelector('textarea')!;
    textarea.value = 'Ennen uudelleenlatausta';
    textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part="navigation"] button:last-child')!.click();
    await card.updateComplete;
    const second = card.shadowRoot!.querySelector('textarea')!;
    second.value = 'Toinen vastaus';
    second.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitUntil(() => localStorage.getItem(draftKey('reload-page'))?.includes('Toinen vastaus'), 'draft saved', { timeout: 5000 });

    await reloadFrame(frame);
    card = await cardIn(frame);
    expect(card.shadowRoot!.querySelector('textarea')!.value).to.equal('Ennen uudelleenlatausta');
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part="navigation"] button:last-child')!.click();
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('textarea')!.value).to.equal('Toinen vastaus');
  });

  it('keeps what was typed just before leaving, without waiting for the pause', async () => {
    frame = await openFrame(page);
    let card = await cardIn(frame);
    const textarea = card.shadowRoot!.querySelector('textarea')!;
    textarea.value = 'Viime hetkellä';
    textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await reloadFrame(frame);
    card = await cardIn(frame);
    expect(card.shadowRoot!.querySelector('textarea')!.value).to.equal('Viime hetkellä');
  });
});

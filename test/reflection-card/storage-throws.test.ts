import { expect, fixture, html } from '@open-wc/testing';
import { deviceStorage } from '../../src/core/storage.js';
import '../../src/reflection-card/define.js';
import type { VtReflectionCard } from '../../src/reflection-card/reflection-card.js';
import { $, button, textOf, typeAnswer } from './helpers.js';

// In its own file: once the page's storage has refused, it stays in memory for the rest of the page.
describe('<vt-reflection-card> when the browser refuses storage', () => {
  const { setItem, getItem } = Storage.prototype;
  after(() => {
    Storage.prototype.setItem = setItem;
    Storage.prototype.getItem = getItem;
  });

  it('still works in memory and says so visibly', async () => {
    const card = await fixture<VtReflectionCard>(html`<vt-reflection-card lang="en" card-id="mem"></vt-reflection-card>`);
    expect(textOf(card, '[part="device-note"]')).to.contain('saved only on this device');
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    Storage.prototype.getItem = () => {
      throw new DOMException('Access denied.', 'SecurityError');
    };
    const detail = await typeAnswer(card, 'Kept in memory');
    expect(detail.persistent).to.equal(false);
    expect(deviceStorage().persistent).to.equal(false);
    await card.updateComplete;
    expect(textOf(card, '[part="device-note"]')).to.contain('does not allow saving');
    // No "Saved" claim when nothing was saved on the device.
    expect(textOf(card, '[part="notice"]')).to.equal('');
    await expect(card).to.be.accessible();

    button(card, 'Next').click();
    await card.updateComplete;
    button(card, 'Previous').click();
    await card.updateComplete;
    expect($<HTMLTextAreaElement>(card, 'textarea').value).to.equal('Kept in memory');

    // A card created later on the same page still finds the answers kept in memory.
    card.remove();
    const again = await fixture<VtReflectionCard>(html`<vt-reflection-card lang="en" card-id="mem"></vt-reflection-card>`);
    expect($<HTMLTextAreaElement>(again, 'textarea').value).to.equal('Kept in memory');
    expect(textOf(again, '[part="device-note"]')).to.contain('does not allow saving');
  });
});

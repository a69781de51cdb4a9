import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { deviceStorage } from '../../src/core/storage.js';
import { queuedItems } from '../../src/core/delivery/queue.js';
import '../support/test-form.js';
import type { VtTestForm } from '../support/test-form.js';

// In its own file, so its page starts with storage that works and ends with storage that refuses.
describe('storage that throws (private mode, full quota)', () => {
  const setItem = Storage.prototype.setItem;
  const getItem = Storage.prototype.getItem;
  const uncaught: unknown[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
    uncaught.push('reason' in event ? event.reason : event.error);

  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });

  after(() => {
    Storage.prototype.setItem = setItem;
    Storage.prototype.getItem = getItem;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  });

  it('keeps a queued submission in memory, says so visibly, and throws nothing', async () => {
    const form = await fixture<VtTestForm>(html`<vt-test-form lang="en" endpoint="http://127.0.0.1:9/"></vt-test-form>`);
    expect(form.shadowRoot!.querySelector('[part="storage-note"]')).to.equal(null);

    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    Storage.prototype.getItem = () => {
      throw new DOMException('Access denied.', 'SecurityError');
    };
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      form.shadowRoot!.querySelector<HTMLInputElement>('#name')!.value = 'Aino';
      form.shadowRoot!.querySelector('button')!.click();
      await oneEvent(form, 'vt-submit-queued');
      await form.updateComplete;
    } finally {
      console.warn = warn;
    }
    // The page editor reads in the console what the browser did and what that means.
    expect(warnings).to.include('vertaistuki-widgets: this browser refuses local storage; data is kept in memory for this page only.');

    expect(deviceStorage().persistent).to.equal(false);
    // Waiting in the outbox all the same, in memory for this page.
    expect(queuedItems(deviceStorage())).to.have.length(1);
    expect(form.shadowRoot!.querySelector('[part="storage-note"]')!.textContent!.trim()).to.equal(
      'This browser does not allow saving on this device. Your details are kept only until you close or reload the page.',
    );
    await expect(form).to.be.accessible();
    expect(uncaught).to.deep.equal([]);
  });

  it('still works when localStorage itself cannot be reached', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access denied.', 'SecurityError');
      },
    });
    try {
      const store = deviceStorage();
      store.set('vt-probe', 'kept');
      expect(store.get('vt-probe')).to.equal('kept');
      store.remove('vt-probe');
      expect(store.get('vt-probe')).to.equal(null);
    } finally {
      if (descriptor) Object.defineProperty(window, 'localStorage', descriptor);
    }
    expect(uncaught).to.deep.equal([]);
  });
});

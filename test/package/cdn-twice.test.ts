import { expect, fixture, html, waitUntil } from '@open-wc/testing';

// A partner page that pastes the CDN script twice (two blocks, or a theme and a block both adding it).
describe('the CDN script loaded twice', () => {
  it('defines every element and logs no error or warning', async () => {
    const logged: string[] = [];
    const [error, warn] = [console.error, console.warn];
    console.error = (...args: unknown[]) => logged.push(`error: ${args.join(' ')}`);
    console.warn = (...args: unknown[]) => logged.push(`warn: ${args.join(' ')}`);
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.message);
    window.addEventListener('error', onError);
    try {
      for (const copy of ['first', 'second']) {
        const script = document.createElement('script');
        script.type = 'module';
        // A different query makes the browser evaluate the module again, as two copies would be.
        script.src = `/cdn/vertaistuki.js?copy=${copy}`;
        const loaded = new Promise((resolve, reject) => {
          script.onload = resolve;
          script.onerror = reject;
        });
        document.head.append(script);
        await loaded;
        // The script's load event comes as soon as the entry has run; it defines the elements once their
        // code has arrived, which a page script waits for with whenDefined.
        await Promise.all(['vt-config', 'vt-phase-timer', 'vt-reflection-card', 'vt-group-signup', 'vt-survey'].map((tag) => customElements.whenDefined(tag)));
      }
      const config = await fixture(html`<vt-config lang="sv"><vt-phase-timer></vt-phase-timer></vt-config>`);
      expect(customElements.get('vt-config')).to.be.a('function');
      expect(config.shadowRoot).to.not.equal(null);
      // The timer's Swedish texts are a chunk of their own next to the bundle (cdn/chunks/sv-*.js).
      const timer = config.querySelector('vt-phase-timer')!;
      await waitUntil(() => timer.shadowRoot?.querySelector('[data-command="toggle"]'), 'the timer renders');
      expect(timer.shadowRoot!.querySelector('[data-command="toggle"]')!.textContent!.trim()).to.equal('Starta');
      const card = await fixture(html`<vt-reflection-card lang="en"></vt-reflection-card>`);
      await waitUntil(() => card.shadowRoot?.querySelector('[part="title"]'), 'the reflection card renders');
      expect(card.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).to.equal('Reflection exercise');
      const signup = await fixture(html`<vt-group-signup lang="en" privacy-notice-url="/privacy"></vt-group-signup>`);
      await waitUntil(() => signup.shadowRoot?.querySelector('form'), 'the signup renders');
      expect(signup.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Sign up for a peer group');
    } finally {
      console.error = error;
      console.warn = warn;
      window.removeEventListener('error', onError);
    }
    expect(logged).to.deep.equal([]);
    expect(uncaught).to.deep.equal([]);
  });
});

import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';

// These import the built package (`npm run build` runs before the browser tests), as a consumer would.
describe('package entry points', () => {
  it('importing the main entry defines nothing; importing all.js defines every element', async () => {
    // Paths in variables: the type check runs before the build, when dist/ does not exist yet.
    const main = '/dist/index.js';
    const all = '/dist/all.js';
    const library = await import(main);
    expect(library.VtConfig).to.be.a('function');
    expect(library.VtPhaseTimer).to.be.a('function');
    expect(library.VtReflectionCard).to.be.a('function');
    expect(library.VtGroupSignup).to.be.a('function');
    expect(library.VtSurvey).to.be.a('function');
    expect(customElements.get('vt-config')).to.equal(undefined);
    expect(customElements.get('vt-phase-timer')).to.equal(undefined);
    expect(customElements.get('vt-reflection-card')).to.equal(undefined);
    expect(customElements.get('vt-group-signup')).to.equal(undefined);
    expect(customElements.get('vt-survey')).to.equal(undefined);

    await import(all);
    expect(customElements.get('vt-config')).to.equal(library.VtConfig);
    expect(customElements.get('vt-phase-timer')).to.equal(library.VtPhaseTimer);
    expect(customElements.get('vt-reflection-card')).to.equal(library.VtReflectionCard);
    expect(customElements.get('vt-group-signup')).to.equal(library.VtGroupSignup);
    expect(customElements.get('vt-survey')).to.equal(library.VtSurvey);
    // Lit stays external in the npm build: the elements extend the app's own LitElement.
    for (const name of ['VtConfig', 'VtGroupSignup', 'VtPhaseTimer', 'VtReflectionCard', 'VtSurvey']) {
      expect(Object.prototype.isPrototypeOf.call(LitElement, library[name]), name).to.equal(true);
    }
  });
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';

const TAGS = ['vt-config', 'vt-group-signup', 'vt-phase-timer', 'vt-reflection-card', 'vt-survey'];

/** Lit marks its LitElement class with this static flag; a subclass inherits it. */
const LIT_ELEMENT_FLAG = '_$litElement$';

/** The classes from `elementClass` up to HTMLElement, each with whether it is Lit's LitElement itself. */
function chainOf(elementClass: CustomElementConstructor): Array<{ isLitElement: boolean }> {
  const chain = [];
  for (let current: unknown = elementClass; current && current !== HTMLElement; current = Object.getPrototypeOf(current)) {
    chain.push({ isLitElement: Object.hasOwn(current as object, LIT_ELEMENT_FLAG) });
  }
  return chain;
}

// The CDN bundle as a partner page loads it: Lit inlined, every element defined.
describe('cdn/vertaistuki.js', () => {
  before(async () => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/cdn/vertaistuki.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    document.head.append(script);
    await loaded;
    // The script's load event comes as soon as the entry has run; it defines the elements once their
    // code has arrived, which a page script waits for with whenDefined.
    await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
  });

  it('defines every element as a subclass of Lit’s LitElement', () => {
    for (const tag of TAGS) {
      const elementClass = customElements.get(tag);
      expect(elementClass, tag).to.be.a('function');
      const chain = chainOf(elementClass!);
      // LitElement is an ancestor, not the element itself.
      expect(chain.findIndex((link) => link.isLitElement), tag).to.be.greaterThan(0);
    }
    // Lit registers each LitElement it loads here: the bundle's one.
    expect((globalThis as { litElementVersions?: string[] }).litElementVersions).to.have.length.greaterThan(0);
  });

  it('shows a survey', async () => {
    const survey = await fixture<HTMLElement & { definition: unknown }>(html`<vt-survey lang="en"></vt-survey>`);
    survey.definition = {
      title: 'Feedback',
      pages: [{ elements: [{ type: 'radiogroup', name: 'useful', title: 'Was the meeting useful?', choices: ['Yes', 'No'] }] }],
    };
    await waitUntil(() => survey.shadowRoot?.querySelector('fieldset legend'), 'the survey renders');
    expect(survey.shadowRoot!.querySelector('fieldset legend')!.textContent!.trim()).to.equal('Was the meeting useful?');
    await expect(survey).to.be.accessible();
  });
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/config/define.js';
import { defineElement } from '../../src/core/define.js';
import { resolveLocale } from '../../src/core/locale-controller.js';
import { signupTexts } from '../../src/group-signup/texts.js';
import { coreTexts } from '../support/core-texts.js';
import { Localizer, formatDate, parseTexts, toLocale } from '../../src/i18n/localize.js';
import { VtTestForm } from '../support/test-form.js';

const heading = (form: VtTestForm) => form.shadowRoot!.querySelector('#heading')!.textContent;
const HEADINGS = { fi: 'Lomakkeessa on virheitä', sv: 'Formuläret innehåller fel', en: 'There is a problem' };

/**
 * Waits until the form shows `expected` as its heading: a language change renders once that language's
 * texts have loaded (a chunk of their own, fetched once), after the mutation observer has noticed.
 */
async function showsHeading(form: VtTestForm, expected: string): Promise<void> {
  await waitUntil(
    () => form.shadowRoot?.querySelector('#heading')?.textContent === expected,
    `the heading never became "${expected}"; it is "${form.shadowRoot?.querySelector('#heading')?.textContent}"`,
  );
}

describe('locale resolution', () => {
  const htmlLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  it('falls back to Finnish when nothing says otherwise', async () => {
    document.documentElement.removeAttribute('lang');
    const form = await fixture<VtTestForm>(html`<vt-test-form></vt-test-form>`);
    expect(form.i18n.locale).to.equal('fi');
    expect(heading(form)).to.equal(HEADINGS.fi);
  });

  it('uses <html lang>, passing over languages it has no texts for', async () => {
    document.documentElement.lang = 'en-GB';
    const wrapper = await fixture(html`<div lang="de"><vt-test-form></vt-test-form></div>`);
    await showsHeading(wrapper.querySelector('vt-test-form')!, HEADINGS.en);
  });

  it('prefers <vt-config lang> over <html lang>', async () => {
    document.documentElement.lang = 'en';
    const config = await fixture(html`<vt-config lang="sv-FI"><vt-test-form></vt-test-form></vt-config>`);
    const form = config.querySelector('vt-test-form')!;
    await form.updateComplete;
    expect(form.i18n.locale).to.equal('sv');
  });

  it('prefers the nearest ancestor lang, across shadow roots', async () => {
    const outer = await fixture(html`<section lang="sv"><div class="host"></div></section>`);
    const host = outer.querySelector('.host')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<div><vt-test-form></vt-test-form></div>';
    const form = root.querySelector('vt-test-form')!;
    await form.updateComplete;
    expect(form.i18n.locale).to.equal('sv');
    expect(resolveLocale(form)).to.equal('sv');

    root.querySelector('div')!.setAttribute('lang', 'en');
    await showsHeading(form, HEADINGS.en);
  });

  it('lets the element’s own lang win over everything', async () => {
    document.documentElement.lang = 'sv';
    const config = await fixture(html`<vt-config lang="sv"><div lang="sv"><vt-test-form lang="en"></vt-test-form></div></vt-config>`);
    await showsHeading(config.querySelector('vt-test-form')!, HEADINGS.en);
  });

  it('follows changes at run time: own, ancestor, vt-config and html', async () => {
    document.documentElement.lang = 'fi';
    const config = await fixture<HTMLElement>(html`<vt-config><div><vt-test-form></vt-test-form></div></vt-config>`);
    const form = config.querySelector('vt-test-form')!;
    const wrapper = config.querySelector('div')!;
    await showsHeading(form, HEADINGS.fi);

    document.documentElement.lang = 'en';
    await showsHeading(form, HEADINGS.en);

    config.setAttribute('lang', 'sv');
    await showsHeading(form, HEADINGS.sv);

    wrapper.lang = 'en';
    await showsHeading(form, HEADINGS.en);

    form.lang = 'fi';
    await showsHeading(form, HEADINGS.fi);

    form.removeAttribute('lang');
    wrapper.removeAttribute('lang');
    await showsHeading(form, HEADINGS.sv);
  });

  it('reads region tags and rejects the rest', () => {
    expect(toLocale('sv-FI')).to.equal('sv');
    expect(toLocale('EN_us')).to.equal('en');
    expect(toLocale('se')).to.equal(undefined);
    expect(toLocale('')).to.equal(undefined);
    expect(toLocale(null)).to.equal(undefined);
  });
});

describe('texts a page overrides without JavaScript', () => {
  it('takes a flat texts attribute for every language', async () => {
    const form = await fixture<VtTestForm>(
      html`<vt-test-form lang="en" texts='{"core.errorSummaryTitle": "Please check"}'></vt-test-form>`,
    );
    expect(heading(form)).to.equal('Please check');
    form.lang = 'sv';
    await showsHeading(form, 'Please check');
  });

  it('takes texts per language, and the element’s own win over <vt-config>’s', async () => {
    const config = await fixture(html`
      <vt-config texts='{"sv": {"core.errorSummaryTitle": "Från config"}, "core.sent": "Kiitos paljon"}'>
        <vt-test-form lang="sv"></vt-test-form>
        <vt-test-form lang="fi" texts='{"fi": {"core.errorSummaryTitle": "Oma otsikko"}}'></vt-test-form>
      </vt-config>
    `);
    const [swedish, finnish] = [...config.querySelectorAll('vt-test-form')];
    await swedish!.updateComplete;
    await finnish!.updateComplete;
    expect(heading(swedish!)).to.equal('Från config');
    expect(heading(finnish!)).to.equal('Oma otsikko');
    expect(finnish!.i18n.localizer.t('core.sent')).to.equal('Kiitos paljon');

    config.setAttribute('texts', '{"core.errorSummaryTitle": "Uusi"}');
    await showsHeading(swedish!, 'Uusi');
  });

  it('keeps the built-in texts when the JSON is broken, and says why in the console', async () => {
    const errors: string[] = [];
    const warnings: string[] = [];
    const [error, warn] = [console.error, console.warn];
    console.error = (message: string) => errors.push(message);
    console.warn = (message: string) => warnings.push(message);
    try {
      const form = await fixture<VtTestForm>(html`<vt-test-form lang="en" texts='{"core.sent": "oops"'></vt-test-form>`);
      expect(heading(form)).to.equal(HEADINGS.en);
      expect(parseTexts('[1, 2]')).to.deep.equal({ all: {}, byLocale: {} });
      const known = (key: string) => key.startsWith('core.');
      expect(parseTexts({ 'core.sentt': 'typo', 'core.sent': 42 }, 'texts', (key) => key === 'core.sent').all).to.deep.equal({});
      expect(parseTexts({ 'signup.title': 'Ilmoittaudu' }, '<vt-config texts>').all).to.deep.equal({ 'signup.title': 'Ilmoittaudu' });
      expect(parseTexts({ 'signup.title': 'x' }, 'texts', known).all).to.deep.equal({});
    } finally {
      console.error = error;
      console.warn = warn;
    }
    // Each mistake in its own words, so that the page editor knows what to fix.
    expect(errors[0]).to.contain('<vt-test-form texts> is not valid JSON');
    expect(errors[1]).to.contain('texts must be a JSON object');
    expect(errors).to.have.length(2);
    expect(warnings.join('\n'))
      .to.contain('texts has an unknown text key "core.sentt"; it is ignored')
      .and.contain('texts key "core.sent" needs a string');
    expect(warnings.join('\n')).to.contain('unknown text key "signup.title"');
  });
});

/** The test form, but its Swedish texts cannot be fetched (offline, or chunks/ not copied). */
class VtOfflineSvForm extends VtTestForm {
  static override catalogues = { ...coreTexts, sv: () => Promise.reject(new Error('offline')) };
}
defineElement('vt-offline-sv-form', VtOfflineSvForm);

describe('texts that cannot be loaded', () => {
  const logged: unknown[][] = [];
  const error = console.error;
  beforeEach(() => {
    logged.length = 0;
    console.error = (...args: unknown[]) => logged.push(args);
  });
  afterEach(() => {
    console.error = error;
  });

  it('keeps the texts on screen and what was typed when a switched-to language fails', async () => {
    const form = await fixture<VtTestForm>(html`<vt-offline-sv-form lang="fi"></vt-offline-sv-form>`);
    const name = form.shadowRoot!.querySelector<HTMLInputElement>('#name')!;
    name.value = 'Aino';
    form.lang = 'sv';
    await waitUntil(() => logged.length > 0, 'the failure is logged');
    await form.updateComplete;
    expect(String(logged[0]![0])).to.contain('the sv texts of <vt-offline-sv-form> could not be loaded');
    expect(heading(form)).to.equal(HEADINGS.fi);
    expect(form.shadowRoot!.querySelector<HTMLInputElement>('#name')!.value).to.equal('Aino');
  });

  it('shows the keys rather than nothing when no language can be loaded', async () => {
    const form = await fixture<VtTestForm>(html`<vt-offline-sv-form lang="sv"></vt-offline-sv-form>`);
    expect(heading(form)).to.equal('core.errorSummaryTitle');
    expect(String(logged[0]![0])).to.contain('could not be loaded');
  });
});

describe('Localizer', () => {
  it('chooses plural forms by the language’s rules', async () => {
    const fi = new Localizer('fi', await signupTexts.fi());
    expect(fi.t('signup.seatsLeft', { count: 1 })).to.equal('1 paikka vapaana');
    expect(fi.t('signup.seatsLeft', { count: 3 })).to.equal('3 paikkaa vapaana');
    expect(new Localizer('sv', await signupTexts.sv()).t('signup.meetings', { count: 2 })).to.equal('2 träffar');
    expect(new Localizer('en', await signupTexts.en()).t('signup.meetings', { count: 1 })).to.equal('1 meeting');
  });

  it('writes numbers in a text in the language’s own way, and whole ones below 1000 as they are', async () => {
    const fi = new Localizer('fi', await signupTexts.fi());
    const sv = new Localizer('sv', await signupTexts.sv());
    expect(fi.t('signup.seatsLeft', { count: 999 })).to.equal('999 paikkaa vapaana');
    expect(fi.t('signup.seatsLeft', { count: 1500 }).replace(/\s/g, ' ')).to.equal('1 500 paikkaa vapaana');
    expect(sv.t('signup.meetings', { count: 2.5 })).to.equal('2,5 träffar');
    expect(new Localizer('en', await signupTexts.en()).t('signup.meetings', { count: 1000 })).to.equal('1,000 meetings');
  });

  it('shows a key it has no text for as the key itself', () => {
    expect(new Localizer('fi').t('core.sent')).to.equal('core.sent');
  });

  it('formats numbers and dates with Intl', () => {
    const fi = new Localizer('fi');
    expect(fi.number(1234.5).replace(/\s/g, ' ')).to.equal('1 234,5');
    expect(new Localizer('en').number(1234.5)).to.equal('1,234.5');
    expect(formatDate('fi', '2027-02-03T12:00:00Z', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' })).to.equal('3.2.2027');
    expect(formatDate('sv', new Date('2027-02-03T12:00:00Z'), { dateStyle: 'long', timeZone: 'UTC' })).to.equal('3 februari 2027');
    expect(fi.number(0.5, { style: 'percent' }).replace(/\s/g, ' ')).to.equal('50 %');
    expect(formatDate('fi', 'not a date')).to.equal('not a date');
  });

  it('leaves a placeholder it has no value for', async () => {
    expect(new Localizer('en', await coreTexts.en()).t('core.rejected')).to.contain('({status})');
  });
});

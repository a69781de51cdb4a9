import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/config/define.js';
import '../../src/group-signup/define.js';
import type { VtGroupSignup } from '../../src/group-signup/group-signup.js';
import { scenario } from '../support/endpoint.js';
import { elementIn, openFrame, reloadFrame } from '../support/frame.js';
import { typeText } from '../support/keyboard.js';

const $ = <T extends Element = HTMLElement>(signup: VtGroupSignup, selector: string) =>
  signup.shadowRoot!.querySelector<T & Element>(selector) as T | null;
const focused = (signup: VtGroupSignup) => signup.shadowRoot!.activeElement as HTMLElement | null;

/** Focuses a field, selects what is in it (as Ctrl+A would) and types over it. */
async function typeInto(signup: VtGroupSignup, id: string, text: string): Promise<void> {
  const field = $<HTMLInputElement>(signup, `#${id}`)!;
  field.focus();
  field.select();
  await typeText(text);
}

async function tick(signup: VtGroupSignup, id: string): Promise<void> {
  $<HTMLInputElement>(signup, `#${id}`)!.click();
  await signup.updateComplete;
}

/** Presses Tab until the focused control in the signup matches `selector`, as a keyboard user would. */
async function tabTo(signup: VtGroupSignup, selector: string): Promise<HTMLElement> {
  for (let presses = 0; presses < 40; presses++) {
    await sendKeys({ press: 'Tab' });
    const current = focused(signup);
    if (current?.matches(selector)) return current;
  }
  throw new Error(`Tab never reached ${selector}`);
}

function signupPage(endpoint: string, attributes = '') {
  // Tests send at once; the minimum fill time against bots has its own test.
  if (!attributes.includes('min-fill-seconds')) attributes += ' min-fill-seconds="0"';
  const wrapper = document.createElement('div');
  wrapper.innerHTML = `
    <button id="before">Before</button>
    <vt-group-signup lang="en" endpoint="${endpoint}" privacy-notice-url="/tietosuoja" ${attributes}>
      <vt-group value="pori-1" starts="2027-02-03T17:00" meetings="6" location="Pori" seats-left="3"
                type="horizontal" format="face-to-face" audience="Solo entrepreneurs">
        Pori solo entrepreneurs <p>Six evenings in spring.</p>
      </vt-group>
      <vt-group value="online-1" seats-left="0" type="vertical" format="online">Online, mixed roles</vt-group>
      <vt-group value="old-1" closed>Autumn group</vt-group>
    </vt-group-signup>`;
  return wrapper;
}

async function mount(endpoint: string, attributes = ''): Promise<VtGroupSignup> {
  const wrapper = await fixture<HTMLDivElement>(signupPage(endpoint, attributes));
  const signup = wrapper.querySelector('vt-group-signup')!;
  await signup.updateComplete;
  return signup;
}

async function fillRequired(signup: VtGroupSignup, group = 'pori-1'): Promise<void> {
  $<HTMLInputElement>(signup, `input[name="group"][value="${group}"]`)!.click();
  await typeInto(signup, 'name', 'Aino Virtanen');
  await typeInto(signup, 'email', 'aino@example.fi');
  await tick(signup, 'consent');
}

function send(signup: VtGroupSignup): void {
  $<HTMLButtonElement>(signup, 'button[type="submit"]')!.click();
}

describe('<vt-group-signup>', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('shows each group with its facts, in the page’s language, and is accessible', async () => {
    const signup = await mount('/unused');
    await expect(signup).to.be.accessible();
    const pori = $(signup, '#group-0-details')!.textContent!.replace(/\s+/g, ' ');
    expect(pori).to.contain('Six evenings in spring.');
    expect(pori).to.contain('6 meetings').and.contain('Face to face').and.contain('Pori');
    expect(pori).to.contain('Wednesday, February 3, 2027');
    expect(pori).to.contain('Horizontal group:').and.contain('3 places left');
    expect($(signup, '#group-1-details')!.textContent).to.contain('The group is full: you can join its waiting list.');
    expect($<HTMLInputElement>(signup, '#group-2')!.disabled).to.equal(true);
    expect($(signup, '#group-2-details')!.textContent).to.contain('Signup has closed.');
    expect($<HTMLInputElement>(signup, '#name')!.autocomplete).to.equal('name');
    expect($<HTMLInputElement>(signup, '#email')!.autocomplete).to.equal('email');
    expect($<HTMLInputElement>(signup, '#consent')!.checked).to.equal(false);
    expect($<HTMLAnchorElement>(signup, '.consent a')!.getAttribute('href')).to.equal('/tietosuoja');
  });

  it('says in full, in fi, sv and en, what is required, what each choice means and why competitors are asked', async () => {
    const expected = {
      fi: {
        intro: 'Tiedoistasi pakollisia ovat vain nimi ja sähköposti. Muut tiedot sinusta ovat vapaaehtoisia.',
        legend: 'Yhteystietosi',
        organisation: 'Organisaatio tai yritys',
        types: [
          'Pk-yritys, joka käyttää keikkatyötä',
          'Pk-yritys, joka välittää keikkatyötä (tekijät eivät ole sen palkkalistoilla)',
          'Pk-yritys, jonka palkkalistoilla on keikkatyöntekijöitä',
          'Keikkatyötä tekevä yksinyrittäjä (myös osa-aikainen)',
          'Muu',
        ],
        hint: 'Esimerkiksi kilpailijat. Luottamus syntyy helpoimmin, kun ryhmäläiset eivät kilpaile keskenään.',
        vertical: 'Vertikaalinen ryhmä: eri asemissa olevat yhdessä, esimerkiksi esihenkilöt, työntekijät ja työterveyshuolto.',
        hybrid: 'Hybridi (paikan päällä tai verkossa)',
      },
      sv: {
        intro: 'Av dina uppgifter är bara namn och e-post obligatoriska. Allt annat om dig är frivilligt.',
        legend: 'Dina kontaktuppgifter',
        organisation: 'Organisation eller företag',
        types: [
          'Litet eller medelstort företag som använder gigarbete',
          'Litet eller medelstort företag som förmedlar gigarbete (gigarbetarna står inte på dess lönelista)',
          'Litet eller medelstort företag med gigarbetare på lönelistan',
          'Ensamföretagare som gör gigarbete (även på deltid)',
          'Annan',
        ],
        hint: 'Till exempel konkurrenter. Förtroende uppstår lättast när deltagarna inte konkurrerar med varandra.',
        vertical: 'Vertikal grupp: personer i olika ställning tillsammans, till exempel chefer, anställda och företagshälsovården.',
        hybrid: 'Hybrid (på plats eller på nätet)',
      },
      en: {
        intro: 'Of your details, only your name and email are required. Everything else about you is optional.',
        legend: 'Your contact details',
        organisation: 'Organisation or company',
        types: [
          'A small business that uses gig work',
          'A small business that intermediates gig work (workers not on its payroll)',
          'A small business with gig workers on its payroll',
          'A solo entrepreneur doing gig work (also part-time)',
          'Other',
        ],
        hint: 'Competitors, for example. Trust grows most easily when members do not compete with each other.',
        vertical: 'Vertical group: people in different positions together, for example supervisors, workers and occupational health.',
        hybrid: 'Hybrid (on site or online)',
      },
    };
    const words = (element: Element | null) => element!.textContent!.replace(/\s+/g, ' ').trim();
    for (const [lang, text] of Object.entries(expected)) {
      const signup = await fixture<VtGroupSignup>(html`<vt-group-signup
        lang=${lang}
        privacy-notice-url="/p"
        fields="organisation organisation-type preferred-format avoid-organisations"
      >
        <vt-group value="v1" type="vertical" format="hybrid">Mixed</vt-group>
      </vt-group-signup>`);
      expect(words($(signup, '.intro')), lang).to.equal(text.intro);
      // Name, email and organisation are one named group for a screen reader.
      const contact = $(signup, 'fieldset.contact-details')!;
      expect(words(contact.querySelector('legend')), lang).to.equal(text.legend);
      expect([...contact.querySelectorAll('input')].map((input) => input.id)).to.deep.equal(['name', 'email', 'organisation']);
      expect(words($(signup, 'label[for="organisation"]')), lang).to.contain(text.organisation);
      const types = [...signup.shadowRoot!.querySelectorAll('#organisation-type option')].slice(1).map(words);
      expect(types, lang).to.deep.equal(text.types);
      expect(words($(signup, '#avoid-organisations-hint')), lang).to.equal(text.hint);
      const details = words($(signup, '#group-0-details'));
      expect(details, lang).to.contain(text.vertical).and.contain(text.hybrid);
      // The preferred format: every choice in sight, as radio buttons under their own legend.
      expect(words($(signup, 'label[for="preferred-format-hybrid"]')), lang).to.equal(text.hybrid);
      expect($<HTMLInputElement>(signup, '#preferred-format-hybrid')!.type).to.equal('radio');
      await expect(signup).to.be.accessible();
    }
  });

  it('offers the preferred format as radio buttons chosen with the arrow keys, and sends the choice', async () => {
    const server = await scenario([201]);
    const signup = await mount(server.endpoint, 'fields="preferred-format"');
    const legend = $(signup, 'fieldset.field legend')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(legend).to.equal('Preferred format (optional)');
    const radios = [...signup.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="preferred-format"]')];
    expect(radios.map((radio) => radio.value)).to.deep.equal(['face-to-face', 'online', 'hybrid', 'any']);
    expect(radios.map((radio) => radio.labels![0]!.textContent!.trim())).to.deep.equal([
      'Face to face',
      'Online',
      'Hybrid (on site or online)',
      'No preference',
    ]);
    await fillRequired(signup);
    radios[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await signup.updateComplete;
    expect(radios[2]!.checked).to.equal(true);
    await expect(signup).to.be.accessible();
    send(signup);
    await oneEvent(signup, 'vt-submitted');
    const [request] = await server.log();
    expect(request!.body.data.preferredFormat).to.equal('hybrid');
  });

  it('lets a page reword one choice of a list, without repeating the others', async () => {
    const signup = await fixture<VtGroupSignup>(html`<vt-group-signup
      lang="en"
      privacy-notice-url="/p"
      fields="role organisation-type"
      texts='{"signup.role.hr": "People team", "en": {"signup.organisationType.other": "Something else"}}'
    ></vt-group-signup>`);
    const options = (id: string) =>
      [...signup.shadowRoot!.querySelectorAll<HTMLOptionElement>(`#${id} option`)].map((option) => [option.value, option.textContent!.trim()]);
    expect(options('role')).to.deep.equal([
      ['', 'Choose'],
      ['gig-worker', 'Gig worker'],
      ['solo-entrepreneur', 'Solo entrepreneur'],
      ['employee', 'Employee'],
      ['supervisor', 'Supervisor'],
      ['owner-manager', 'Owner or manager'],
      ['hr', 'People team'],
      ['occupational-health', 'Occupational health'],
      ['other', 'Other'],
    ]);
    expect(options('organisation-type').at(-1)).to.deep.equal(['other', 'Something else']);
    expect(options('organisation-type')[1]).to.deep.equal(['uses-gig-work', 'A small business that uses gig work']);
  });

  it('can be filled in and sent with the keyboard alone, from the first Tab to success', async () => {
    const server = await scenario([201]);
    const signup = await mount(server.endpoint);
    document.querySelector<HTMLButtonElement>('#before')!.focus();

    const firstGroup = await tabTo(signup, 'input[name="group"]');
    expect(firstGroup.id).to.equal('group-0');
    await sendKeys({ press: ' ' });
    await tabTo(signup, '#name');
    await typeText('Aino Virtanen');
    await tabTo(signup, '#email');
    await sendKeys({ type: 'aino@example.fi' });
    await tabTo(signup, '#role');
    await tabTo(signup, '#consent');
    await sendKeys({ press: ' ' });
    await tabTo(signup, 'button[type="submit"]');
    const submitted = oneEvent(signup, 'vt-submitted');
    await sendKeys({ press: 'Enter' });
    await submitted;
    // Focus moves to the success heading, so a screen reader reads it and the keyboard starts there.
    await waitUntil(() => focused(signup)?.id === 'success-title', 'focus on the success heading');
    expect($(signup, '#success-title')!.textContent).to.equal('Thank you, your signup has been received!');
    expect($(signup, '[part="success"]')!.textContent).to.contain('Group: Pori solo entrepreneurs');
    await expect(signup).to.be.accessible();
    const [request] = await server.log();
    expect(request!.body.data).to.deep.equal({
      group: 'pori-1',
      waitingList: false,
      name: 'Aino Virtanen',
      email: 'aino@example.fi',
      contactAboutFutureGroups: false,
      consent: true,
    });
  });

  it('shows errors only after interaction, and on submit an error summary whose links move to the fields', async () => {
    const server = await scenario();
    const signup = await mount(server.endpoint);
    expect($(signup, '.vt-field-error')).to.equal(null);

    await typeInto(signup, 'email', 'aino@');
    expect($(signup, '#email-error')).to.equal(null);
    $<HTMLInputElement>(signup, '#name')!.focus();
    await signup.updateComplete;
    expect($(signup, '#email-error')!.textContent).to.contain('Enter an email address like name@example.com.');
    expect($(signup, '#name-error')).to.equal(null);

    send(signup);
    await waitUntil(() => focused(signup)?.classList.contains('vt-error-summary'), 'summary focused');
    const links = [...signup.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.vt-error-summary a')];
    expect(links.map((link) => link.textContent)).to.deep.equal([
      'Choose a group.',
      'Enter your name.',
      'Enter an email address like name@example.com.',
      'We need your consent to process your signup.',
    ]);
    expect($(signup, '.vt-error-summary h2')!.textContent).to.equal('There is a problem');
    expect($<HTMLInputElement>(signup, '#name')!.getAttribute('aria-invalid')).to.equal('true');
    expect($<HTMLInputElement>(signup, '#name')!.getAttribute('aria-describedby')).to.equal('name-error');
    expect($(signup, '#name-error .vt-visually-hidden')!.textContent).to.equal('Error:');
    await expect(signup).to.be.accessible();

    links[1]!.click();
    expect(focused(signup)?.id).to.equal('name');
    links[0]!.click();
    expect(focused(signup)?.id).to.equal('group-0');
    links[3]!.click();
    expect(focused(signup)?.id).to.equal('consent');
    expect(await server.log()).to.deep.equal([]);

    await fillRequired(signup);
    await signup.updateComplete;
    expect($(signup, '.vt-error-summary')).to.equal(null);
  });

  it('follows <vt-group> children a CMS changes later, also while the form was away from the page', async () => {
    const server = await scenario();
    const signup = await mount(server.endpoint);
    const label = (value: string) => $(signup, `input[value="${value}"] + label`)?.textContent?.trim();
    const added = document.createElement('vt-group');
    added.setAttribute('value', 'tre-1');
    added.textContent = 'Tampere group';
    signup.append(added);
    await waitUntil(() => label('tre-1') === 'Tampere group', 'the added group shows');
    added.setAttribute('seats-left', '0');
    await waitUntil(() => $(signup, '[data-availability="full"] input[value="tre-1"]'), 'it shows as full');
    const parent = signup.parentElement!;
    signup.remove();
    added.textContent = 'Tampere evening group';
    parent.append(signup);
    await signup.updateComplete;
    expect(label('tre-1')).to.equal('Tampere evening group');
  });

  it('sends once when Enter is pressed twice', async () => {
    const server = await scenario([201, 201]);
    const signup = await mount(server.endpoint);
    await fillRequired(signup);
    $<HTMLInputElement>(signup, '#email')!.focus();
    const submitted = oneEvent(signup, 'vt-submitted');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await submitted;
    await aTimeout(200);
    expect(await server.log()).to.have.length(1);
  });

  it('offers a full group’s waiting list and says so on success', async () => {
    const server = await scenario([201]);
    const signup = await mount(server.endpoint);
    await fillRequired(signup, 'online-1');
    expect($(signup, 'button[type="submit"]')!.textContent!.trim()).to.equal('Join the waiting list');
    send(signup);
    await oneEvent(signup, 'vt-submitted');
    await signup.updateComplete;
    expect($(signup, '#success-title')!.textContent).to.equal('Thank you, you are on the waiting list!');
    const [request] = await server.log();
    expect(request!.body.data).to.include({ group: 'online-1', waitingList: true });
    await expect(signup).to.be.accessible();
  });

  it('saves on this device when the server is down, and shows it was sent later', async () => {
    const server = await scenario([503, 201]);
    const signup = await mount(server.endpoint);
    await fillRequired(signup);
    send(signup);
    await oneEvent(signup, 'vt-submit-queued');
    await signup.updateComplete;
    expect($(signup, '#success-title')!.textContent).to.equal('Your signup is saved on this device');
    expect($(signup, '[role="status"]')!.textContent).to.contain('saved on this device');
    await expect(signup).to.be.accessible();

    const delivered = oneEvent(signup, 'vt-submitted');
    window.dispatchEvent(new Event('online'));
    expect((await delivered).detail.deliveredLater).to.equal(true);
    await signup.updateComplete;
    expect($(signup, '#success-title')!.textContent).to.equal('Thank you, your signup has been received!');
    expect($(signup, '[role="status"]')!.textContent).to.contain('have now been sent');
    const log = await server.log();
    expect(log).to.have.length(2);
    expect(log[0]!.idempotencyKey).to.equal(log[1]!.idempotencyKey);
  });

  it('shows the server’s field errors on the right fields and keeps what was typed', async () => {
    const server = await scenario([
      {
        status: 422,
        headers: { 'Content-Type': 'application/problem+json' },
        body: { status: 422, errors: [{ pointer: '/data/email', detail: 'This address does not accept mail.' }] },
      },
    ]);
    const signup = await mount(server.endpoint);
    await fillRequired(signup);
    send(signup);
    await oneEvent(signup, 'vt-submit-error');
    await signup.updateComplete;
    expect($(signup, '#email-error')!.textContent).to.contain('This address does not accept mail.');
    expect($<HTMLInputElement>(signup, '#email')!.value).to.equal('aino@example.fi');
    expect($<HTMLInputElement>(signup, '#name')!.value).to.equal('Aino Virtanen');
    await waitUntil(() => focused(signup)?.classList.contains('vt-error-summary'));
    await expect(signup).to.be.accessible();

    await typeInto(signup, 'email', 'aino@toinen.fi');
    await signup.updateComplete;
    expect($(signup, '#email-error')).to.equal(null);
  });

  it('sends only the optional fields the page asked for', async () => {
    const server = await scenario([201]);
    const signup = await mount(server.endpoint, 'fields="phone hopes"');
    expect($(signup, '#role')).to.equal(null);
    expect($(signup, '#future-contact')).to.equal(null);
    expect($(signup, '#organisation')).to.equal(null);
    await fillRequired(signup);
    await typeInto(signup, 'phone', '040 123 4567');
    await typeInto(signup, 'hopes', 'Vertaisia');
    expect($(signup, '#hopes-count')!.textContent!.trim()).to.equal('991 characters left');
    send(signup);
    await oneEvent(signup, 'vt-submitted');
    const [request] = await server.log();
    expect(Object.keys(request!.body.data).sort()).to.deep.equal(
      ['consent', 'email', 'group', 'hopes', 'name', 'phone', 'waitingList'].sort(),
    );
  });

  it('loads groups from groups-src, with a loading state, an error with a retry button, and server text as text', async () => {
    const attack = '<img src=x onerror="window.__vtPwned = true">Pori <b>bold</b>';
    const groups = await scenario([500, { status: 200, body: [{ value: 'x1', name: attack, seatsLeft: 2 }] }]);
    const [error, warn] = [console.error, console.warn];
    const logged: string[] = [];
    console.error = console.warn = (message: string) => logged.push(message);
    let signup: VtGroupSignup;
    try {
      signup = await fixture<VtGroupSignup>(
        html`<vt-group-signup lang="en" privacy-notice-url="/p" fields="phone fax" groups-src=${groups.endpoint}></vt-group-signup>`,
      );
      expect($(signup, '[role="status"]')?.textContent).to.satisfy(
        (text: string | undefined) => text === undefined || text === 'Loading groups…' || text === '',
      );
      await waitUntil(() => $(signup, '#groups-retry'), 'retry button');
    } finally {
      [console.error, console.warn] = [error, warn];
    }
    // The page editor reads which element, which attribute and which address.
    expect(logged).to.include('vertaistuki-widgets: <vt-group-signup fields> has unknown field(s): fax; they are ignored.');
    expect(logged).to.include(`vertaistuki-widgets: <vt-group-signup> could not load groups from ${groups.endpoint}:`);
    expect($(signup, '.load-failed')!.textContent).to.contain('The groups could not be loaded.');
    expect($(signup, '#name')).to.not.equal(null);
    await expect(signup).to.be.accessible();

    $<HTMLButtonElement>(signup, '#groups-retry')!.click();
    await waitUntil(() => $(signup, '#group-0'), 'groups after retry');
    expect($(signup, 'label[for="group-0"]')!.textContent).to.equal(attack);
    expect(signup.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect((window as unknown as { __vtPwned?: boolean }).__vtPwned).to.equal(undefined);
    expect((await groups.log()).map((request) => request.method)).to.deep.equal(['GET', 'GET']);
  });

  it('shows a configuration error and collects nothing without a privacy notice', async () => {
    const signup = await fixture<VtGroupSignup>(html`<vt-group-signup lang="en" endpoint="/x"></vt-group-signup>`);
    // The page editor is told where to set the address and what its absence means.
    expect($(signup, '[part="config-error"]')!.textContent!.trim()).to.equal(
      'Configuration error for the page editor: the privacy notice address is missing (set privacy-notice-url or <vt-config privacy-notice-url>). The form is not shown and nothing is collected without it.',
    );
    expect(signup.shadowRoot!.querySelector('input, form')).to.equal(null);
    await expect(signup).to.be.accessible();
  });

  it('takes endpoint and privacy notice from <vt-config>, and offers any suitable group', async () => {
    const server = await scenario([201]);
    const config = await fixture(html`
      <vt-config endpoint=${server.endpoint} privacy-notice-url="/yhteinen" programme="kk" lang="sv">
        <vt-group-signup any-group min-fill-seconds="0" fields=""></vt-group-signup>
      </vt-config>
    `);
    const signup = config.querySelector('vt-group-signup')!;
    await signup.updateComplete;
    expect($(signup, '.title')!.textContent).to.equal('Anmäl dig till en kamratgrupp');
    expect($<HTMLAnchorElement>(signup, '.consent a')!.getAttribute('href')).to.equal('/yhteinen');
    await fillRequired(signup, 'any');
    send(signup);
    await oneEvent(signup, 'vt-submitted');
    const [request] = await server.log();
    expect(request!.body).to.include({ programme: 'kk', locale: 'sv' });
    expect(request!.body.data).to.include({ group: 'any' });
    await signup.updateComplete;
    expect($(signup, '[part="success"]')!.textContent).to.contain('Handledaren kontaktar dig');
  });

  it('drops bots quietly: a filled honeypot or a form sent too fast sends nothing', async () => {
    const server = await scenario();
    const trapped = await mount(server.endpoint);
    await fillRequired(trapped);
    const trap = $<HTMLInputElement>(trapped, '#website')!;
    trap.value = 'http://spam.example';
    trap.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    send(trapped);
    await waitUntil(() => $(trapped, '#success-title'), 'a thank-you for the bot');
    await aTimeout(200);
    expect(await server.log()).to.deep.equal([]);

    const hasty = await mount(server.endpoint, 'min-fill-seconds="60"');
    await fillRequired(hasty);
    send(hasty);
    await waitUntil(() => $(hasty, '#success-title'));
    await aTimeout(200);
    expect(await server.log()).to.deep.equal([]);
  });

  it('counts characters over the limit for hopes and says so', async () => {
    const signup = await mount('/unused', 'fields="hopes"');
    const hopes = $<HTMLTextAreaElement>(signup, '#hopes')!;
    hopes.value = 'x'.repeat(1002);
    hopes.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await signup.updateComplete;
    expect($(signup, '#hopes-count')!.textContent!.trim()).to.equal('2 characters too many');
    send(signup);
    await signup.updateComplete;
    expect($(signup, '#hopes-error')!.textContent).to.contain('2 characters too many');
  });
});

describe('<vt-group-signup> across a real reload', () => {
  beforeEach(() => sessionStorage.clear());

  it('keeps what was typed for this tab, and clears it after success', async () => {
    const server = await scenario([201]);
    const frame = await openFrame('/test/group-signup/reload-page.html');
    const signupIn = () => elementIn<VtGroupSignup>(frame, 'vt-group-signup');
    const reload = () => reloadFrame(frame);

    let signup = await signupIn();
    await typeInto(signup, 'name', 'Aino');
    await typeInto(signup, 'hopes', 'Vertaistukea');
    await reload();
    signup = await signupIn();
    expect($<HTMLInputElement>(signup, '#name')!.value).to.equal('Aino');
    expect($<HTMLTextAreaElement>(signup, '#hopes')!.value).to.equal('Vertaistukea');

    signup.endpoint = server.endpoint;
    $<HTMLInputElement>(signup, '#group-0')!.click();
    await typeInto(signup, 'email', 'aino@example.fi');
    await tick(signup, 'consent');
    send(signup);
    await oneEvent(signup, 'vt-submitted');
    await reload();
    signup = await signupIn();
    expect($<HTMLInputElement>(signup, '#name')!.value).to.equal('');
    frame.remove();
  });
});

describe('<vt-group-signup> with every group closed', () => {
  it('shows the groups, says none is open, and still takes an expression of interest', async () => {
    const server = await scenario([201]);
    const signup = await fixture<VtGroupSignup>(html`
      <vt-group-signup lang="en" endpoint=${server.endpoint} privacy-notice-url="/p" min-fill-seconds="0" fields="">
        <vt-group value="old" closed>Autumn group</vt-group>
      </vt-group-signup>
    `);
    expect($(signup, '.groups')!.textContent).to.contain('No groups are open right now.');
    expect($<HTMLInputElement>(signup, '#group-0')!.disabled).to.equal(true);
    await typeInto(signup, 'name', 'Aino');
    await typeInto(signup, 'email', 'aino@example.fi');
    await tick(signup, 'consent');
    send(signup);
    await oneEvent(signup, 'vt-submitted');
    const [request] = await server.log();
    expect(request!.body.data).to.include({ group: 'any', waitingList: false });
    await expect(signup).to.be.accessible();
  });
});

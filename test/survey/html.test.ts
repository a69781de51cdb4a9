import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/survey/define.js';
import { sanitize } from '../../src/survey/questions/html.js';
import { RENDERERS } from '../../src/survey/questions/registry.js';
import type { VtSurvey } from '../../src/survey/survey.js';
import { scenario } from '../support/endpoint.js';

declare global {
  interface Window {
    xssRan?: number;
  }
}

// What each vector would run if it got through: it sets a flag the tests watch.
const RUN = 'window.xssRan=1';

/** The OWASP XSS filter-evasion cheat sheet's vectors (script payloads replaced by RUN), and a few newer ones. */
const VECTORS = [
  `<SCRIPT SRC=https://example.org/xss.js></SCRIPT>`,
  `javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/"/+/onmouseover=1/+/[*/[]/+${RUN}//'>`,
  `<IMG SRC="javascript:${RUN};">`,
  `<IMG SRC=javascript:${RUN}>`,
  `<IMG SRC=JaVaScRiPt:${RUN}>`,
  '<IMG SRC=`javascript:' + RUN + '`>',
  `<a onmouseover="${RUN}">xxs link</a>`,
  `<IMG """><SCRIPT>${RUN}</SCRIPT>"\\>`,
  `<IMG SRC=# onmouseover="${RUN}">`,
  `<IMG SRC= onmouseover="${RUN}">`,
  `<IMG onmouseover="${RUN}">`,
  `<IMG SRC=/ onerror="${RUN}"></img>`,
  `<img src=x onerror="&#0000119&#0000105&#0000110&#0000100&#0000111&#0000119&#0000046&#0000120&#0000115&#0000115&#0000082&#0000097&#0000110&#0000061&#0000049">`,
  `<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#119;&#105;&#110;&#100;&#111;&#119;&#46;&#120;&#115;&#115;&#82;&#97;&#110;&#61;&#49;>`,
  `<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A${RUN}>`,
  `<IMG SRC="jav\tascript:${RUN};">`,
  `<IMG SRC="jav&#x09;ascript:${RUN};">`,
  `<IMG SRC="jav&#x0A;ascript:${RUN};">`,
  `<IMG SRC="jav&#x0D;ascript:${RUN};">`,
  `<IMG SRC=" &#14;  javascript:${RUN};">`,
  `<SCRIPT/XSS SRC="https://example.org/xss.js"></SCRIPT>`,
  `<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^\`=${RUN}>`,
  `<<SCRIPT>${RUN};//\\<</SCRIPT>`,
  `<SCRIPT SRC=https://example.org/xss.js?< B >`,
  `<iframe src=https://example.org/scriptlet.html <`,
  `</TITLE><SCRIPT>${RUN};</SCRIPT>`,
  `<INPUT TYPE="IMAGE" SRC="javascript:${RUN};">`,
  `<BODY BACKGROUND="javascript:${RUN}">`,
  `<IMG DYNSRC="javascript:${RUN}">`,
  `<IMG LOWSRC="javascript:${RUN}">`,
  `<STYLE>li {list-style-image: url("javascript:${RUN}");}</STYLE><UL><LI>XSS</br>`,
  `<svg/onload=${RUN}>`,
  `<BR SIZE="&{${RUN}}">`,
  `<LINK REL="stylesheet" HREF="javascript:${RUN};">`,
  `<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:${RUN};">`,
  `<IFRAME SRC="javascript:${RUN};"></IFRAME>`,
  `<FRAMESET><FRAME SRC="javascript:${RUN};"></FRAMESET>`,
  `<TABLE BACKGROUND="javascript:${RUN}">`,
  `<TABLE><TD BACKGROUND="javascript:${RUN}">`,
  `<DIV STYLE="background-image: url(javascript:${RUN})">`,
  `<DIV STYLE="width: expression(${RUN});">`,
  `<BASE HREF="javascript:${RUN};//">`,
  `<OBJECT TYPE="text/x-scriptlet" DATA="https://example.org/scriptlet.html"></OBJECT>`,
  `<EMBED SRC="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9IndpbmRvdy54c3NSYW49MSI+PC9zdmc+" type="image/svg+xml" AllowScriptAccess="always"></EMBED>`,
  `<a href="javascript&colon;${RUN}">x</a>`,
  `<a href="jav&#x09;ascript:${RUN}">x</a>`,
  `<a href="data:text/html;base64,PHNjcmlwdD53aW5kb3cueHNzUmFuPTE8L3NjcmlwdD4=">x</a>`,
  `<a href="vbscript:msgbox(1)">x</a>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `<form><button formaction=javascript:${RUN}>x</button></form>`,
  `<details open ontoggle=${RUN}>`,
  `<noscript><p title="</noscript><img src=x onerror=${RUN}>">`,
  `<video><source onerror="${RUN}"></video>`,
  `<a href="#" id="x" class="y" style="color:red" data-x="1">ids and classes</a>`,
];

const ALLOWED = new Set(
  ('a abbr b bdi bdo blockquote br caption cite code dd del dfn div dl dt em figcaption figure h1 h2 h3 h4 h5 h6 hr i img ' +
    'ins kbd li mark ol p pre q s samp small span strong sub sup table tbody td tfoot th thead time tr u ul var wbr').split(' '),
);
/** The scheme a URL has where the page uses it. */
const schemeOf = (url: string) => new URL(url, location.href).protocol;

describe('html: sanitising with DOMPurify', () => {
  afterEach(() => delete window.xssRan);

  it('keeps text, structure, links (in a new tab) and images', () => {
    const host = document.createElement('div');
    host.append(
      sanitize(
        '<h3>Hei</h3><p>Read <a href="https://example.org/a" onclick="x()">the <b>guide</b></a> or <a href="mailto:ohjaaja@example.org">mail</a>.</p>' +
          '<ul><li>one</li></ul><img src="images/a.png" alt="A picture"><img src="images/line.png"><table><tr><th scope="col">h</th></tr><tr><td>d</td></tr></table>',
      ),
    );
    expect(host.innerHTML).to.equal(
      '<h3>Hei</h3><p>Read <a href="https://example.org/a" target="_blank" rel="noopener noreferrer">the <b>guide</b></a> or ' +
        '<a href="mailto:ohjaaja@example.org" target="_blank" rel="noopener noreferrer">mail</a>.</p><ul><li>one</li></ul>' +
        '<img src="images/a.png" alt="A picture"><img src="images/line.png" alt=""><table><tbody><tr><th scope="col">h</th></tr><tr><td>d</td></tr></tbody></table>',
    );
  });

  it(`removes what would run from each of ${VECTORS.length} OWASP filter-evasion vectors, and nothing of them runs in the page`, async () => {
    const host = document.createElement('div');
    document.body.append(host);
    for (const vector of VECTORS) {
      const fragment = sanitize(vector);
      for (const element of fragment.querySelectorAll('*')) {
        const name = element.localName;
        expect(ALLOWED.has(name), `${vector}: <${name}>`).to.equal(true);
        for (const { name: attribute, value } of element.attributes) {
          expect(attribute, vector).to.not.match(/^on|^style$|^class$|^id$|^data-|^formaction$|^background$|^dynsrc$|^lowsrc$/);
          if (attribute == 'href' || attribute == 'src') expect(['http:', 'https:', 'mailto:'], vector).to.include(schemeOf(value));
        }
      }
      host.append(fragment);
    }
    // Events and loads would have fired by now.
    for (const element of host.querySelectorAll('*')) element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    await aTimeout(100);
    expect(window.xssRan).to.equal(undefined);
    host.remove();
  });
});

describe('<vt-survey> html questions and completedHtml', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  const DEFINITION = {
    title: 'With markup',
    completedHtml: '<h3>Kiitos!</h3><p>See <a href="https://example.org/next">what happens next</a>.</p><script>window.xssRan=1</script>',
    elements: [
      { type: 'html', name: 'intro', html: { en: '<p>Please answer <b>honestly</b>. <a href="https://example.org/privacy">Privacy</a></p><img src=x onerror="window.xssRan=1">' } },
      { type: 'radiogroup', name: 'role', title: 'Role', choices: ['worker', 'supervisor'] },
      { type: 'html', name: 'supervisorNote', visibleIf: "{role} = 'supervisor'", html: '<p>Supervisors: one more thing.</p>' },
    ],
  };

  it('fetches the markup chunk only for a definition with markup, and shows it sanitised, accessibly, with working links by keyboard', async () => {
    expect(RENDERERS['html'], 'before any definition with markup').to.equal(undefined);
    const server = await scenario([201]);
    const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">Before</button></div>`);
    const survey = document.createElement('vt-survey') as VtSurvey;
    survey.setAttribute('lang', 'en');
    survey.setAttribute('endpoint', server.endpoint);
    survey.allowMultiple = true;
    survey.definition = DEFINITION;
    wrapper.append(survey);
    await survey.updateComplete;
    expect(RENDERERS['html']).to.be.a('function');
    await expect(survey).to.be.accessible();
    const intro = survey.shadowRoot!.querySelector('.markup')!;
    expect(intro.innerHTML).to.contain('Please answer <b>honestly</b>.');
    const link = intro.querySelector('a')!;
    expect([link.target, link.rel]).to.deep.equal(['_blank', 'noopener noreferrer']);
    expect(intro.querySelector('img')!.hasAttribute('onerror')).to.equal(false);
    // The link is reached by Tab, and stays the same node (and focused) when the survey renders again.
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    // Compared as booleans: a failing comparison of two elements is more than the reporter can print.
    expect(survey.shadowRoot!.activeElement === link, 'the link is focused').to.equal(true);
    survey.shadowRoot!.querySelector<HTMLInputElement>('#q1-1')!.click();
    await survey.updateComplete;
    expect(survey.shadowRoot!.querySelector('.markup a') === link, 'the same link').to.equal(true);
    expect(survey.shadowRoot!.querySelectorAll('.markup')).to.have.length(2);
    const sent = oneEvent(survey, 'vt-submitted');
    survey.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await sent;
    await survey.updateComplete;
    const done = survey.shadowRoot!.querySelector('[part="success"] .markup')!;
    expect(done.querySelector('h3')!.textContent).to.equal('Kiitos!');
    expect(done.querySelector('script')).to.equal(null);
    await waitUntil(() => survey.shadowRoot!.activeElement?.id == 'success-title', 'the message is focused');
    await expect(survey).to.be.accessible();
    const [request] = await server.log();
    expect(request!.body.data['answers']).to.deep.equal({ role: 'supervisor' });
    expect(window.xssRan).to.equal(undefined);
  });
});

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/survey/define.js';
import type { VtSurvey } from '../../src/survey/survey.js';
import { scenario } from '../support/endpoint.js';
import { typeText } from '../support/keyboard.js';

const $ = <T extends Element = HTMLElement>(survey: VtSurvey, selector: string) =>
  survey.shadowRoot!.querySelector<T & Element>(selector) as T | null;
const $$ = (survey: VtSurvey, selector: string) => [...survey.shadowRoot!.querySelectorAll(selector)];
const focused = (survey: VtSurvey) => survey.shadowRoot!.activeElement as HTMLElement | null;
const textOf = (survey: VtSurvey, selector: string) => $(survey, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Presses Tab until the focused control in the survey matches `selector`, as a keyboard user would. */
async function tabTo(survey: VtSurvey, selector: string): Promise<HTMLElement> {
  for (let presses = 0; presses < 30; presses++) {
    await sendKeys({ press: 'Tab' });
    const current = focused(survey);
    if (current?.matches(selector)) return current;
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function click(survey: VtSurvey, selector: string): Promise<void> {
  $<HTMLElement>(survey, selector)!.click();
  await survey.updateComplete;
}

/** Two pages: a required rating and a choice, then a yes/no whose "no" shows a comment. */
const SMALL = {
  title: 'Meeting feedback',
  pages: [
    {
      name: 'first',
      title: 'The meeting',
      elements: [
        {
          type: 'rating',
          name: 'satisfaction',
          title: 'How satisfied were you?',
          isRequired: true,
          requiredErrorText: 'Please rate the meeting.',
          minRateDescription: 'Not at all',
          maxRateDescription: 'Very',
        },
        { type: 'radiogroup', name: 'format', title: 'Format', choices: ['face|Face to face', 'online|Online'] },
      ],
    },
    {
      name: 'second',
      elements: [
        { type: 'boolean', name: 'again', title: 'Would you come again?', isRequired: true },
        { type: 'comment', name: 'why', title: 'Why not?', visibleIf: '{again} = false' },
      ],
    },
  ],
};

/** Every type on one page. */
const EVERY_TYPE = {
  title: 'Every type',
  elements: [
    { type: 'rating', name: 'stars', title: 'Stars', rateValues: [1, 2, 3] },
    { type: 'checkbox', name: 'topics', title: 'Topics', choices: ['money', 'time', 'health'], maxSelectedChoices: 2 },
    { type: 'text', name: 'count', title: 'How many meetings?', inputType: 'number' },
    { type: 'text', name: 'email', title: 'Email', inputType: 'email', maxLength: 50 },
    {
      type: 'matrix',
      name: 'outcomes',
      title: 'Outcomes',
      rows: [{ value: 'network', text: 'New contacts' }, 'coping|Coping'],
      columns: ['no|No', 'some|Some', 'yes|Yes'],
    },
    { type: 'boolean', name: 'again', title: 'Again?', labelTrue: 'Sure', labelFalse: 'Never' },
  ],
};

async function mount(definition: unknown, attributes: Record<string, string> = {}): Promise<VtSurvey> {
  const survey = document.createElement('vt-survey');
  survey.setAttribute('lang', 'en');
  for (const [name, value] of Object.entries(attributes)) survey.setAttribute(name, value);
  survey.definition = definition;
  const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">Before</button></div>`);
  wrapper.append(survey);
  await survey.updateComplete;
  return survey;
}

/** Captures console calls of one kind during a test. */
function capture(kind: 'error' | 'warn') {
  const calls: string[] = [];
  const original = console[kind];
  console[kind] = (...args: unknown[]) => calls.push(args.map(String).join(' '));
  return { calls, restore: () => (console[kind] = original) };
}

describe('<vt-survey>', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('renders the first page with progress, native controls, and is accessible', async () => {
    const survey = await mount(SMALL);
    await expect(survey).to.be.accessible();
    expect(textOf(survey, '.title')).to.equal('Meeting feedback');
    expect(textOf(survey, '[part="progress"]')).to.equal('Page 1 of 2');
    const rating = $(survey, 'fieldset.question')!;
    expect(rating.querySelector('legend')!.textContent).to.contain('How satisfied were you?').and.contain('(required)');
    expect($$(survey, 'input[name="q0"][type="radio"]')).to.have.length(5);
    expect($(survey, '#q0-0')!.getAttribute('aria-describedby')).to.equal('q0-min');
    expect($(survey, '#q0-4')!.getAttribute('aria-describedby')).to.equal('q0-max');
    expect(textOf(survey, '#q0-min')).to.equal('Not at all');
    expect(textOf(survey, '#q0-max')).to.equal('Very');
    expect($(survey, '.vt-field-error, .vt-error-summary')).to.equal(null);
    expect(textOf(survey, '[part="submit"]')).to.equal('Next');
  });

  it('can be answered and sent with the keyboard alone, with the envelope and ids', async () => {
    const server = await scenario([201]);
    const survey = await mount(SMALL, { endpoint: server.endpoint, group: 'pori-1', session: '3' });
    document.querySelector<HTMLButtonElement>('#before')!.focus();

    expect((await tabTo(survey, 'input[type="radio"]')).id).to.equal('q0-0');
    await sendKeys({ press: 'ArrowRight' });
    await survey.updateComplete;
    expect($<HTMLInputElement>(survey, '#q0-1')!.checked).to.equal(true);
    await tabTo(survey, '#q1-0');
    await sendKeys({ press: ' ' });
    await tabTo(survey, '[part="submit"]');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => textOf(survey, '[part="progress"]') === 'Page 2 of 2', 'second page');
    // Focus on "Page 2 of 2", so that a screen reader says where the person now is.
    expect(focused(survey)?.id).to.equal('progress');
    expect(focused(survey)?.textContent).to.equal('Page 2 of 2');
    await expect(survey).to.be.accessible();

    await tabTo(survey, '#q2-0');
    await sendKeys({ press: ' ' });
    await survey.updateComplete;
    expect($(survey, '#q3')).to.equal(null);
    await tabTo(survey, '[part="submit"]');
    expect(textOf(survey, '[part="submit"]')).to.equal('Send answers');
    const submitted = oneEvent(survey, 'vt-submitted');
    await sendKeys({ press: 'Enter' });
    await submitted;
    await waitUntil(() => focused(survey)?.id === 'success-title', 'focus on the success heading');
    expect(textOf(survey, '#success-title')).to.equal('Thank you for your answers!');
    await expect(survey).to.be.accessible();

    const [request] = await server.log();
    expect(request!.body.schema).to.equal('vt.survey/1');
    expect(request!.body.locale).to.equal('en');
    expect(request!.body.data).to.deep.equal({
      surveyId: 'Meeting feedback',
      group: 'pori-1',
      session: 3,
      answers: { satisfaction: 2, format: 'face', again: true },
    });
  });

  it('shows required errors on Next with a focused summary whose links move to the question, and keeps answers on Previous', async () => {
    const survey = await mount(SMALL);
    await click(survey, '[part="submit"]');
    await waitUntil(() => focused(survey)?.matches('.vt-error-summary'), 'focus on the error summary');
    expect(textOf(survey, '.vt-error-summary')).to.contain('There is a problem').and.contain('Please rate the meeting.');
    expect(textOf(survey, '#q0-error')).to.equal('Error: Please rate the meeting.');
    expect($(survey, 'fieldset.question')!.getAttribute('aria-describedby')).to.equal('q0-error');
    expect(textOf(survey, '[part="progress"]')).to.equal('Page 1 of 2');
    await expect(survey).to.be.accessible();

    await click(survey, '.vt-error-summary a');
    expect(focused(survey)?.id).to.equal('q0-0');
    await click(survey, '#q0-3');
    expect($(survey, '.vt-error-summary')).to.equal(null);
    await click(survey, '[part="submit"]');
    expect(textOf(survey, '[part="progress"]')).to.equal('Page 2 of 2');
    // A new page starts without errors; its own required question is checked on submit.
    expect($(survey, '.vt-field-error')).to.equal(null);
    await click(survey, '[part="submit"]');
    expect(textOf(survey, '#q2-error')).to.equal('Error: This field is required.');

    await click(survey, 'button[data-variant="secondary"]');
    expect(textOf(survey, '[part="progress"]')).to.equal('Page 1 of 2');
    expect($<HTMLInputElement>(survey, '#q0-3')!.checked).to.equal(true);
  });

  it('shows and hides a question as answers change, and leaves hidden answers out of the payload', async () => {
    const server = await scenario([201]);
    const survey = await mount(SMALL, { endpoint: server.endpoint, 'survey-id': 'spring-2027', layout: 'single-page' });
    expect($(survey, '[part="progress"]')).to.equal(null);
    expect($(survey, '#q3')).to.equal(null);
    await click(survey, '#q0-4');
    await click(survey, '#q2-1');
    expect(textOf(survey, 'label[for="q3"]')).to.equal('Why not?');
    $<HTMLTextAreaElement>(survey, '#q3')!.focus();
    await typeText('Not for me');
    await survey.updateComplete;
    expect($<HTMLTextAreaElement>(survey, '#q3')!.value).to.equal('Not for me');
    await click(survey, '#q2-0');
    expect($(survey, '#q3')).to.equal(null);

    const submitted = oneEvent(survey, 'vt-submitted');
    await click(survey, '[part="submit"]');
    await submitted;
    const [request] = await server.log();
    expect(request!.body.data).to.deep.equal({ surveyId: 'spring-2027', answers: { satisfaction: 5, again: true } });
  });

  it('answers every question type, limits checkboxes, and sends numbers, lists and row objects', async () => {
    const server = await scenario([201]);
    const survey = await mount(EVERY_TYPE, { endpoint: server.endpoint });
    await expect(survey).to.be.accessible();
    expect($(survey, '[part="progress"]')).to.equal(null);
    await click(survey, '#q0-2');
    expect(textOf(survey, '#q1-limit')).to.equal('Choose at most 2.');
    await click(survey, '#q1-0');
    await click(survey, '#q1-2');
    expect(textOf(survey, '#q1-limit')).to.equal('The maximum is chosen.');
    expect($<HTMLInputElement>(survey, '#q1-1')!.disabled).to.equal(true);
    expect($<HTMLInputElement>(survey, '#q2')!.type).to.equal('number');
    $<HTMLInputElement>(survey, '#q2')!.focus();
    await typeText('6');
    expect($<HTMLInputElement>(survey, '#q3')!.type).to.equal('email');
    expect($<HTMLInputElement>(survey, '#q3')!.maxLength).to.equal(50);
    // Each matrix row is a group named by its row.
    expect($$(survey, 'fieldset.matrix-row legend').map((legend) => legend.textContent)).to.deep.equal([
      'New contacts',
      'Coping',
    ]);
    await click(survey, '#q4-r0-c2');
    await click(survey, '#q4-r1-c1');
    expect(textOf(survey, 'label[for="q5-1"]')).to.equal('Never');
    await click(survey, '#q5-1');
    await expect(survey).to.be.accessible();

    const submitted = oneEvent(survey, 'vt-submitted');
    await click(survey, '[part="submit"]');
    await submitted;
    const [request] = await server.log();
    expect(request!.body.data).to.deep.equal({
      surveyId: 'Every type',
      answers: { stars: 3, topics: ['money', 'health'], count: 6, outcomes: { network: 'yes', coping: 'some' }, again: false },
    });
  });

  it('says the answers are saved on this device when the endpoint is down', async () => {
    const server = await scenario([503]);
    const survey = await mount(EVERY_TYPE, { endpoint: server.endpoint });
    await click(survey, '#q0-0');
    const queued = oneEvent(survey, 'vt-submit-queued');
    await click(survey, '[part="submit"]');
    await queued;
    await survey.updateComplete;
    expect(textOf(survey, '#success-title')).to.equal('Your answers are saved on this device');
    expect(textOf(survey, '[role="status"]')).to.contain('saved on this device');
    await expect(survey).to.be.accessible();
    localStorage.clear();
  });

  it('shows a required error after the person changes and leaves a question, not before', async () => {
    const survey = await mount({ elements: [{ type: 'text', name: 'place', isRequired: true }, { type: 'comment', name: 'more' }] });
    $<HTMLInputElement>(survey, '#q0')!.focus();
    $<HTMLInputElement>(survey, '#q1')!.focus();
    await survey.updateComplete;
    expect($(survey, '#q0-error')?.outerHTML).to.equal(undefined);
    $<HTMLInputElement>(survey, '#q0')!.focus();
    await typeText('x');
    await sendKeys({ press: 'Backspace' });
    expect($(survey, '#q0-error')?.outerHTML).to.equal(undefined);
    $<HTMLInputElement>(survey, '#q1')!.focus();
    await survey.updateComplete;
    expect(textOf(survey, '#q0-error')).to.equal('Error: This field is required.');
    expect($(survey, '#q0')!.getAttribute('aria-describedby')).to.equal('q0-error');
    // As in the signup, the summary lists what is shown, but only a Next or Submit moves focus to it.
    expect(focused(survey)?.id).to.equal('q1');
  });

  it('shows the endpoint’s error beside the question it names', async () => {
    const server = await scenario([
      {
        status: 422,
        headers: { 'Content-Type': 'application/problem+json' },
        body: { type: 'about:blank', title: 'Invalid', status: 422, errors: [{ pointer: '/data/answers/stars', detail: 'Out of range' }] },
      },
    ]);
    const survey = await mount(EVERY_TYPE, { endpoint: server.endpoint });
    await click(survey, '#q0-1');
    const refused = oneEvent(survey, 'vt-submit-error');
    await click(survey, '[part="submit"]');
    await refused;
    await survey.updateComplete;
    expect(textOf(survey, '#q0-error')).to.equal('Error: Out of range');
    expect($<HTMLInputElement>(survey, '#q0-1')!.checked).to.equal(true);
  });

  it('fits 320 px without sideways scrolling', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px">
      <vt-survey lang="fi" layout="single-page" preset="peer-group-satisfaction"></vt-survey>
    </div>`);
    const survey = wrapper.querySelector('vt-survey')!;
    await survey.updateComplete;
    const right = survey.getBoundingClientRect().right;
    const over = $$(survey, '*').filter((element) => element.getBoundingClientRect().right > right + 0.5);
    expect(over.map((element) => element.outerHTML.slice(0, 80))).to.deep.equal([]);
  });

  it('keeps answers and the page for this tab until they are sent', async () => {
    const server = await scenario([201]);
    const first = await mount(SMALL, { endpoint: server.endpoint });
    await click(first, '#q0-2');
    await click(first, '#q1-1');
    await click(first, '[part="submit"]');
    expect(textOf(first, '[part="progress"]')).to.equal('Page 2 of 2');
    first.remove();

    const again = await mount(SMALL, { endpoint: server.endpoint });
    expect(textOf(again, '[part="progress"]')).to.equal('Page 2 of 2');
    await click(again, '#q2-1');
    await click(again, 'button[data-variant="secondary"]');
    expect($<HTMLInputElement>(again, '#q0-2')!.checked).to.equal(true);
    expect($<HTMLInputElement>(again, '#q1-1')!.checked).to.equal(true);
    await click(again, '[part="submit"]');
    const submitted = oneEvent(again, 'vt-submitted');
    await click(again, '[part="submit"]');
    await submitted;
    const [request] = await server.log();
    expect(request!.body.data['answers']).to.deep.equal({ satisfaction: 3, format: 'online', again: false });
    again.remove();

    // allow-multiple: this browser has answered now, and would otherwise be told so.
    const fresh = await mount(SMALL, { 'allow-multiple': '' });
    expect(textOf(fresh, '[part="progress"]')).to.equal('Page 1 of 2');
    expect($$(fresh, 'input:checked')).to.have.length(0);
  });

  it('tells a browser that has sent its answers that it has answered, on a later visit too', async () => {
    const server = await scenario([201]);
    const first = await mount(SMALL, { endpoint: server.endpoint, 'survey-id': 'spring-2027', layout: 'single-page' });
    await click(first, '#q0-4');
    await click(first, '#q2-0');
    const submitted = oneEvent(first, 'vt-submitted');
    await click(first, '[part="submit"]');
    await submitted;
    // Right after sending: the thanks, not "already answered".
    await first.updateComplete;
    expect(textOf(first, '#success-title')).to.equal('Thank you for your answers!');
    first.remove();

    const again = await mount(SMALL, { endpoint: server.endpoint, 'survey-id': 'spring-2027' });
    expect(textOf(again, '[part="answered"] h2')).to.equal('You have already answered this survey');
    expect(textOf(again, '[part="answered"] p')).to.equal('Thank you! This survey has already been answered in this browser.');
    expect($$(again, 'form, input, textarea')).to.have.length(0);
    await expect(again).to.be.accessible();

    // Keyed by survey id: another survey on the same page is still open.
    const other = await mount(SMALL, { 'survey-id': 'autumn-2027' });
    expect($(other, 'form')).to.not.equal(null);
    expect($(other, '[part="answered"]')).to.equal(null);
  });

  it('lets a browser answer again with allow-multiple', async () => {
    const server = await scenario([201, 201]);
    const first = await mount(EVERY_TYPE, { endpoint: server.endpoint, 'allow-multiple': '' });
    await click(first, '#q0-0');
    const submitted = oneEvent(first, 'vt-submitted');
    await click(first, '[part="submit"]');
    await submitted;
    first.remove();

    const again = await mount(EVERY_TYPE, { endpoint: server.endpoint, 'allow-multiple': '' });
    expect(again.allowMultiple).to.equal(true);
    expect($(again, '[part="answered"]')).to.equal(null);
    await click(again, '#q0-2');
    const second = oneEvent(again, 'vt-submitted');
    await click(again, '[part="submit"]');
    await second;
    expect(await server.log()).to.have.length(2);

    // Without the attribute the same browser is told it has answered; setting the property opens the form.
    const without = await mount(EVERY_TYPE, { endpoint: server.endpoint });
    expect($(without, '[part="answered"]')).to.not.equal(null);
    without.allowMultiple = true;
    await without.updateComplete;
    expect($(without, 'form')).to.not.equal(null);
  });

  it('counts answers queued on the device as given, in every language', async () => {
    const server = await scenario([503]);
    const first = await mount(EVERY_TYPE, { endpoint: server.endpoint });
    await click(first, '#q0-1');
    const queued = oneEvent(first, 'vt-submit-queued');
    await click(first, '[part="submit"]');
    await queued;
    first.remove();

    for (const [lang, title] of [
      ['fi', 'Olet jo vastannut tähän kyselyyn'],
      ['sv', 'Du har redan svarat på den här enkäten'],
      ['en', 'You have already answered this survey'],
    ] as const) {
      const again = await mount(EVERY_TYPE, { lang });
      expect(textOf(again, '[part="answered"] h2'), lang).to.equal(title);
      again.remove();
    }
    localStorage.clear();
  });

  for (const [lang, title, progress] of [
    ['fi', 'Palaute vertaisryhmästä', 'Sivu 1/'],
    ['sv', 'Respons på kamratgruppen', 'Sida 1 av '],
    ['en', 'Peer group feedback', 'Page 1 of '],
  ] as const) {
    it(`renders the peer-group-satisfaction preset in ${lang}`, async () => {
      const survey = await fixture<VtSurvey>(html`<vt-survey lang=${lang} preset="peer-group-satisfaction"></vt-survey>`);
      expect(textOf(survey, '.title')).to.equal(title);
      expect(textOf(survey, '[part="progress"]')).to.match(new RegExp(`^${progress}\\d+$`));
      expect($$(survey, 'fieldset.question').length).to.be.greaterThan(0);
      await expect(survey).to.be.accessible();
    });
  }

  it('sends the preset name as the survey id, and completedText after sending', async () => {
    const server = await scenario([201]);
    const survey = await fixture<VtSurvey>(
      html`<vt-survey lang="en" layout="single-page" preset="peer-group-satisfaction" endpoint=${server.endpoint}></vt-survey>`,
    );
    expect($(survey, '[part="progress"]')).to.equal(null);
    const submitted = oneEvent(survey, 'vt-submitted');
    await click(survey, '[part="submit"]');
    await submitted;
    await survey.updateComplete;
    expect(textOf(survey, '#success-title')).to.equal(
      'Thank you for your answers! Your feedback helps us develop the peer groups.',
    );
    const [request] = await server.log();
    expect(request!.body.data).to.deep.equal({ surveyId: 'peer-group-satisfaction', answers: {} });
  });

  it('reads an inline JSON script', async () => {
    const wrapper = document.createElement('div');
    wrapper.innerHTML = `<vt-survey lang="en"><script type="application/json">${JSON.stringify(SMALL)}</script></vt-survey>`;
    const survey = (await fixture<HTMLDivElement>(wrapper)).querySelector('vt-survey')!;
    await survey.updateComplete;
    expect(textOf(survey, '.title')).to.equal('Meeting feedback');
    expect($$(survey, 'input[type="radio"]').length).to.be.greaterThan(0);
  });

  it('says when an inline JSON script is malformed, and reads it again when it changes', async () => {
    const errors = capture('error');
    try {
      const wrapper = document.createElement('div');
      wrapper.innerHTML = `<vt-survey lang="en"><script type="application/json">{"title": </script></vt-survey>`;
      const survey = (await fixture<HTMLDivElement>(wrapper)).querySelector('vt-survey')!;
      await survey.updateComplete;
      expect(textOf(survey, '[part="load-error"] p')).to.equal('The survey file is malformed and cannot be shown.');
      expect(errors.calls.join()).to.contain('not valid JSON');
      await expect(survey).to.be.accessible();
      await click(survey, '[part="load-error"] button');
      expect(textOf(survey, '[part="load-error"] p')).to.equal('The survey file is malformed and cannot be shown.');
      // The editor fixes the script: the survey appears.
      survey.querySelector('script')!.textContent = JSON.stringify(SMALL);
      await waitUntil(() => $(survey, '.title'), 'survey after the fix');
    } finally {
      errors.restore();
    }
  });

  it('shows the page editor every definition error, logs it, and renders no survey', async () => {
    const errors = capture('error');
    let survey: VtSurvey;
    try {
      survey = await mount({
        elements: [
          { type: 'slider', name: 'speed' },
          { type: 'text', name: 'mail', validators: [{ type: 'phone' }] },
        ],
      });
    } finally {
      errors.restore();
    }
    const message = textOf(survey, '[part="config-error"]');
    expect(message).to.contain('the survey definition has errors');
    expect(message).to.contain('Question "speed": type "slider" is not a supported question type.');
    expect(message).to.contain('Question "mail": validators[0].type "phone" is not a supported validator type.');
    expect($$(survey, 'input, textarea, form, button')).to.have.length(0);
    expect(errors.calls.join('\n')).to.contain('validators');
    await expect(survey).to.be.accessible();
  });

  it('warns once naming ignored presentation-only properties', async () => {
    const warnings = capture('warn');
    try {
      const survey = await mount({ widthMode: 'static', elements: [{ type: 'radiogroup', name: 'a', startWithNewLine: false, choices: ['x'] }] });
      expect($$(survey, 'input[type="radio"]')).to.have.length(1);
    } finally {
      warnings.restore();
    }
    const ours = warnings.calls.filter((call) => call.includes('<vt-survey>'));
    expect(ours).to.have.length(1);
    expect(ours[0]).to.contain('widthMode').and.contain('startWithNewLine');
  });

  it('loads src, with its own message and a working retry for a 404 and for malformed JSON', async () => {
    const errors = capture('error');
    try {
      const missing = await scenario([404, { status: 200, body: SMALL }]);
      const survey = await fixture<VtSurvey>(html`<vt-survey lang="en" src=${missing.endpoint}></vt-survey>`);
      expect(textOf(survey, '[role="status"]')).to.satisfy((text: string) => text === '' || text === 'Loading the survey…');
      await waitUntil(() => $(survey, '[part="load-error"]'), 'load error');
      expect(textOf(survey, '[part="load-error"] p')).to.equal('The survey was not found (error 404).');
      await expect(survey).to.be.accessible();
      await click(survey, '[part="load-error"] button');
      await waitUntil(() => $(survey, '.title'), 'survey after retry');
      expect(textOf(survey, '.title')).to.equal('Meeting feedback');

      const broken = await scenario([{ status: 200, body: '{"title": "x", ' }, { status: 200, body: SMALL }]);
      survey.src = broken.endpoint;
      await waitUntil(() => $(survey, '[part="load-error"]'), 'malformed error');
      expect(textOf(survey, '[part="load-error"] p')).to.equal('The survey file is malformed and cannot be shown.');
      await click(survey, '[part="load-error"] button');
      await waitUntil(() => $(survey, '.title'), 'survey after the second retry');
    } finally {
      errors.restore();
    }
  });

  it('says when the survey cannot be loaded for a network failure, and tries again', async () => {
    const errors = capture('error');
    try {
      const survey = await fixture<VtSurvey>(html`<vt-survey lang="en" src="http://127.0.0.1:9/survey.json"></vt-survey>`);
      await waitUntil(() => $(survey, '[part="load-error"]'), 'network error', { timeout: 8000 });
      expect(textOf(survey, '[part="load-error"] p')).to.equal('The survey could not be loaded. Check your connection.');
      await expect(survey).to.be.accessible();
      const calls = errors.calls.length;
      await click(survey, '[part="load-error"] button');
      await waitUntil(() => errors.calls.length > calls && $(survey, '[part="load-error"]'), 'second failure', { timeout: 8000 });
    } finally {
      errors.restore();
    }
  });

  it('tells the page editor when there is no definition or an unknown preset', async () => {
    const empty = await fixture<VtSurvey>(html`<vt-survey lang="en"></vt-survey>`);
    expect(textOf(empty, '[part="config-error"]')).to.contain('no survey');
    const errors = capture('error');
    try {
      const unknown = await fixture<VtSurvey>(html`<vt-survey lang="en" preset="nope"></vt-survey>`);
      expect(textOf(unknown, '[part="config-error"]')).to.contain('preset "nope" is not a known preset');
    } finally {
      errors.restore();
    }
  });
});

import { expect, oneEvent } from '@open-wc/testing';
import type { VtSurvey } from '../../src/survey/survey.js';
import { scenario } from '../support/endpoint.js';
import { elementIn, openFrame, reloadFrame } from '../support/frame.js';

const page = new URL('./reload-page.html', import.meta.url).pathname;
const surveyIn = (frame: HTMLIFrameElement) => elementIn<VtSurvey>(frame, 'vt-survey');
const $ = <T extends HTMLElement = HTMLElement>(survey: VtSurvey, selector: string) =>
  survey.shadowRoot!.querySelector<T>(selector);
const textOf = (survey: VtSurvey, selector: string) => $(survey, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function click(survey: VtSurvey, selector: string): Promise<void> {
  $(survey, selector)!.click();
  await survey.updateComplete;
}

/** Types into a text box as an input event would leave it (keys cannot reach a framed page in every engine). */
async function fill(survey: VtSurvey, selector: string, text: string): Promise<void> {
  const box = $<HTMLTextAreaElement>(survey, selector)!;
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await survey.updateComplete;
}

describe('<vt-survey> across a real page reload', () => {
  let frame: HTMLIFrameElement | undefined;
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });
  afterEach(() => {
    frame?.remove();
    sessionStorage.clear();
    localStorage.clear();
  });

  it('keeps the answers and the page until they are sent', async () => {
    frame = await openFrame(page);
    let survey = await surveyIn(frame);
    expect(textOf(survey, '[part="progress"]')).to.equal('Page 1 of 2');
    await click(survey, '#q0-3');
    await click(survey, '#q1-2');
    await click(survey, '#q1-0');
    await click(survey, '[part="submit"]');
    expect(textOf(survey, '[part="progress"]')).to.equal('Page 2 of 2');
    await fill(survey, '#q2', 'Before the reload');

    await reloadFrame(frame);
    survey = await surveyIn(frame);
    expect(textOf(survey, '[part="progress"]')).to.equal('Page 2 of 2');
    expect($<HTMLTextAreaElement>(survey, '#q2')!.value).to.equal('Before the reload');
    await click(survey, 'button[data-variant="secondary"]');
    expect($<HTMLInputElement>(survey, '#q0-3')!.checked).to.equal(true);
    expect($<HTMLInputElement>(survey, '#q1-0')!.checked).to.equal(true);
    expect($<HTMLInputElement>(survey, '#q1-1')!.checked).to.equal(false);
    expect($<HTMLInputElement>(survey, '#q1-2')!.checked).to.equal(true);

    // Sent: the draft goes, and after a reload this browser is told it has answered.
    const server = await scenario([201]);
    survey.endpoint = server.endpoint;
    await click(survey, '[part="submit"]');
    const submitted = oneEvent(survey, 'vt-submitted');
    await click(survey, '[part="submit"]');
    await submitted;
    const [request] = await server.log();
    expect(request!.body.data['answers']).to.deep.equal({ useful: 4, topics: ['sleep', 'work'], more: 'Before the reload' });

    await reloadFrame(frame);
    survey = await surveyIn(frame);
    expect(textOf(survey, '[part="answered"] h2')).to.equal('You have already answered this survey');
    survey.allowMultiple = true;
    await survey.updateComplete;
    expect(textOf(survey, '[part="progress"]')).to.equal('Page 1 of 2');
    expect($<HTMLInputElement>(survey, '#q0-3')!.checked).to.equal(false);
  });
});

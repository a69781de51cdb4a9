import { expect, waitUntil } from '@open-wc/testing';
import type { VtSurvey } from '../../src/survey/survey.js';
import { offlineFor } from '../support/endpoint.js';
import { elementIn, openFrame } from '../support/frame.js';

/**
 * A question family's chunk that cannot be fetched (the html family here: the test server drops the
 * connection for its file, as when offline, until the test says the network is back). In a page of its own, since the browser keeps the
 * failed module for that page's life and Retry may reload the page.
 */
const CHUNK = 'survey/questions/html.';
const page = new URL('./chunk-page.html', import.meta.url).pathname;
const shadowOf = (frame: HTMLIFrameElement) => frame.contentDocument?.querySelector<VtSurvey>('vt-survey')?.shadowRoot;
const textIn = (frame: HTMLIFrameElement, selector: string) => shadowOf(frame)?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<vt-survey> a question family that cannot be fetched', () => {
  let frame: HTMLIFrameElement | undefined;
  beforeEach(() => sessionStorage.clear());
  afterEach(async () => {
    frame?.remove();
    await offlineFor(CHUNK, false);
  });

  it('shows the load failure with Retry, not "type not supported"; Retry brings the survey', async () => {
    await offlineFor(CHUNK);
    frame = await openFrame(page);
    const survey = await elementIn<VtSurvey>(frame, 'vt-survey');
    await waitUntil(() => textIn(frame!, '[part="load-error"]'), 'the load failure');
    expect(textIn(frame, '[part="load-error"] [role="alert"]')).to.equal('The survey could not be loaded. Check your connection.');
    expect(textIn(frame, '[part="config-error"]'), 'not "type not supported"').to.equal('');
    const retry = shadowOf(frame)!.querySelector<HTMLButtonElement>('[part="load-error"] button')!;
    expect(retry.textContent!.trim()).to.equal('Try again');
    // The same markup as a failed src load, which survey.test.ts runs axe on (axe cannot run into a frame).
    expect(survey.shadowRoot!.querySelector('[part="load-error"]')!.innerHTML).to.contain('role="alert"');
    await offlineFor(CHUNK, false);
    // Keys cannot reach a framed page in every engine: the button is a native one, pressed here by a click.
    retry.click();
    // The browser fetches the chunk again, or the page reloads to do so (its failure is kept for the page).
    await waitUntil(() => textIn(frame!, '.markup') == 'Hello there', 'the survey shows after Retry', { timeout: 8000 });
    expect(textIn(frame, 'label')).to.equal('Anything else?');
  });
});

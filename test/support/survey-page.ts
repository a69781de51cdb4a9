import { fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/survey/define.js';
import type { VtSurvey } from '../../src/survey/survey.js';
import type { scenario } from './endpoint.js';

/** A `<vt-survey>` on the test page, used as a person would: what the survey tests share. */

export const $ = <T extends HTMLElement = HTMLElement>(survey: VtSurvey, selector: string) => survey.shadowRoot!.querySelector<T>(selector);
export const $$ = (survey: VtSurvey, selector: string) => [...survey.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
export const focused = (survey: VtSurvey) => survey.shadowRoot!.activeElement as HTMLElement | null;
/** An element's text as read: spaces collapsed; empty when there is none. */
export const textOf = (survey: VtSurvey, selector: string) => $(survey, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Presses Tab until `selector` has the focus. */
export async function tabTo(survey: VtSurvey, selector: string, presses = 40): Promise<HTMLElement> {
  for (let press = 0; press < presses; press++) {
    await sendKeys({ press: 'Tab' });
    if (focused(survey)?.matches(selector)) return focused(survey)!;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/**
 * A survey of `definition` after a "Before" button (where keyboard tests start), in `lang` (English),
 * sending to `endpoint`, in a box `width` px wide when given; answering again is allowed.
 */
export async function mountSurvey(definition: unknown, { endpoint, lang = 'en', width }: { endpoint?: string; lang?: string; width?: number } = {}): Promise<VtSurvey> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${width ? `width: ${width}px` : ''}><button id="before">Before</button></div>`);
  const survey = document.createElement('vt-survey');
  survey.setAttribute('lang', lang);
  survey.allowMultiple = true;
  if (endpoint) survey.setAttribute('endpoint', endpoint);
  survey.definition = definition;
  wrapper.append(survey);
  await survey.updateComplete;
  return survey;
}

/** Sends the survey and gives the answers the endpoint got. */
export async function sendSurvey(survey: VtSurvey, server: Awaited<ReturnType<typeof scenario>>): Promise<unknown> {
  const sent = oneEvent(survey, 'vt-submitted');
  $<HTMLButtonElement>(survey, '[part="submit"]')!.click();
  await sent;
  const [request] = await server.log();
  return request!.body.data['answers'];
}

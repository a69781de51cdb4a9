import { typeText } from '../support/keyboard.js';
import { oneEvent } from '@open-wc/testing';
import type { VtReflectionInputEvent } from '../../src/reflection-card/events.js';
import type { VtReflectionCard } from '../../src/reflection-card/reflection-card.js';

export function $<T extends Element = HTMLElement>(card: VtReflectionCard, selector: string): T {
  const found = card.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the card`);
  return found;
}

export function $$<T extends Element = HTMLElement>(card: VtReflectionCard, selector: string): T[] {
  return Array.from(card.shadowRoot!.querySelectorAll<T>(selector));
}

export function textOf(card: VtReflectionCard, selector: string): string {
  return $(card, selector).textContent!.replace(/\s+/g, ' ').trim();
}

export function focused(card: VtReflectionCard): Element | null {
  return card.shadowRoot!.activeElement;
}

/** Types into the first (or only) textarea shown and waits for the debounced save. */
export async function typeAnswer(card: VtReflectionCard, text: string, selector = 'textarea[part="answer"]') {
  $<HTMLTextAreaElement>(card, selector).focus();
  const saved = oneEvent(card, 'vt-reflection-input');
  await typeText(text);
  return ((await saved) as VtReflectionInputEvent).detail;
}

export function button(card: VtReflectionCard, label: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(card, 'button').find((b) => b.textContent!.trim() === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

/**
 * `<vt-prompt>` is read, not defined. A page writes `<vt-prompt>Text</vt-prompt>` inside the card; the
 * card renders the text as the label of its own textarea, in its shadow root. Defining an element for
 * it would add a registration and bytes to do nothing a plain tag cannot: the card renders no slot, so
 * the children never show once the card runs; before the script runs (or without it) they read as plain
 * text on the page, which is the right fallback. Only direct children count, in document order.
 */
export function promptChildren(host: Element): string[] {
  return Array.from(host.children)
    .filter((child) => child.localName === 'vt-prompt')
    .map((child) => (child.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** Calls `changed` when the page adds, removes or edits `<vt-prompt>` children (a CMS may do so late). */
export function watchPromptChildren(host: Element, changed: () => void): () => void {
  const observer = new MutationObserver(changed);
  observer.observe(host, { childList: true, subtree: true, characterData: true });
  return () => observer.disconnect();
}

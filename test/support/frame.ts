import { waitUntil } from '@open-wc/testing';

/**
 * A page of its own in an iframe, for what only a real page load shows: drafts and timers that must
 * survive a reload. Same origin, so it shares this page's storage.
 */
export async function openFrame(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'test page';
  const loaded = nextLoad(frame);
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Reloads the framed page for real and waits until it has loaded again. */
export async function reloadFrame(frame: HTMLIFrameElement): Promise<void> {
  const loaded = nextLoad(frame);
  frame.contentWindow!.location.reload();
  await loaded;
}

/** The first `tag` element in the framed page, once its class is defined there and it has rendered. */
export async function elementIn<T extends HTMLElement & { updateComplete: Promise<unknown> }>(
  frame: HTMLIFrameElement,
  tag: string,
): Promise<T> {
  const win = frame.contentWindow!;
  await waitUntil(() => win.customElements.get(tag) && win.document.querySelector(tag), `<${tag}> in the frame`);
  const element = win.document.querySelector(tag) as T;
  await element.updateComplete;
  return element;
}

function nextLoad(frame: HTMLIFrameElement): Promise<void> {
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
}

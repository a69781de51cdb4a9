import { readJson, type KeyValueStore } from '../core/storage.js';

/** Drafts live under one key per card: `vt-reflection:<card-id>`. */
export const DRAFT_PREFIX = 'vt-reflection:';

/** How long typing must pause before a draft is written. */
export const SAVE_DELAY_MS = 600;

/** A short, stable hash (32-bit FNV-1a, base 36): enough to tell two cards on one page apart. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** The card id when the page gives none: the page path and a hash of what identifies the prompts. */
export function defaultCardId(pathname: string, promptIdentity: string): string {
  return `${pathname}#${shortHash(promptIdentity)}`;
}

export function draftKey(cardId: string): string {
  return `${DRAFT_PREFIX}${cardId}`;
}

interface StoredDraft {
  answers: string[];
  savedAt: number;
}

/** The saved answers, by prompt position; anything unreadable counts as no draft. */
export function loadDraft(store: KeyValueStore, key: string): string[] {
  const draft = readJson<Partial<StoredDraft> | null>(store, key, null);
  const answers = draft?.answers;
  return Array.isArray(answers) ? answers.map((answer) => (typeof answer === 'string' ? answer : '')) : [];
}

/** Writes the answers; when every answer is empty, nothing of the card stays on the device. */
export function saveDraft(store: KeyValueStore, key: string, answers: readonly string[], now: number): void {
  if (answers.every((answer) => !answer)) {
    store.remove(key);
    return;
  }
  const draft: StoredDraft = { answers: [...answers], savedAt: now };
  store.set(key, JSON.stringify(draft));
}

export function deleteDraft(store: KeyValueStore, key: string): void {
  store.remove(key);
}

/** Runs the latest scheduled task once typing pauses; `flush` runs it at once (page hidden, card removed). */
export class Debouncer {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private task: (() => void) | undefined;

  constructor(private readonly delayMs: number) {}

  schedule(task: () => void): void {
    clearTimeout(this.timer);
    this.task = task;
    this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  flush(): void {
    clearTimeout(this.timer);
    const task = this.task;
    this.task = undefined;
    task?.();
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.task = undefined;
  }
}

/**
 * localStorage that never throws. Private modes, blocked storage and a full quota all throw from
 * localStorage; we then keep values in memory for this page, mark the store as not persistent so the
 * elements can say so, and go on working.
 */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
  /** False once the device refused a read or write: values then last only as long as the page. */
  readonly persistent: boolean;
  /** Called once, when the store first falls back to memory. */
  onDegrade(listener: () => void): () => void;
}

class DeviceStorage implements KeyValueStore {
  private readonly memory = new Map<string, string>();
  private readonly listeners = new Set<() => void>();
  persistent = true;

  get(key: string): string | null {
    if (this.memory.has(key)) return this.memory.get(key) ?? null;
    try {
      return localStorage.getItem(key);
    } catch {
      this.degrade();
      return null;
    }
  }

  set(key: string, value: string): void {
    try {
      localStorage.setItem(key, value);
      this.memory.delete(key);
    } catch {
      this.memory.set(key, value);
      this.degrade();
    }
  }

  remove(key: string): void {
    this.memory.delete(key);
    try {
      localStorage.removeItem(key);
    } catch {
      this.degrade();
    }
  }

  onDegrade(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private degrade(): void {
    if (!this.persistent) return;
    this.persistent = false;
    console.warn('vertaistuki-widgets: this browser refuses local storage; data is kept in memory for this page only.');
    for (const listener of this.listeners) listener();
  }
}

/** A plain in-memory store, for tests and for code that must not touch the device. */
export class MemoryStore implements KeyValueStore {
  private readonly values = new Map<string, string>();
  readonly persistent = true;
  get(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  set(key: string, value: string): void {
    this.values.set(key, value);
  }
  remove(key: string): void {
    this.values.delete(key);
  }
  onDegrade(): () => void {
    return () => undefined;
  }
}

let shared: KeyValueStore | undefined;

/** The page's one device store, shared by every element of this copy of the library. */
export function deviceStorage(): KeyValueStore {
  shared ??= new DeviceStorage();
  return shared;
}

/** Reads a JSON value; anything unreadable counts as absent rather than breaking the page. */
export function readJson<T>(store: KeyValueStore, key: string, fallback: T): T {
  const raw = store.get(key);
  if (raw === null) return fallback;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return fallback;
  }
}

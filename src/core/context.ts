import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The web components community's context protocol (`context-request` and `context-provider` events,
 * as @lit/context implements it), in the few lines one value needs. Events and keys follow the protocol,
 * so two copies of the library on one page, or a copy built with @lit/context, still find each other.
 * See https://github.com/webcomponents-cg/community-protocols/blob/main/proposals/context.md
 */

type Callback<T> = (value: T, unsubscribe?: () => void) => void;

class ContextRequestEvent<T> extends Event {
  constructor(
    readonly context: unknown,
    readonly contextTarget: Element,
    readonly callback: Callback<T>,
    readonly subscribe: boolean,
  ) {
    super('context-request', { bubbles: true, composed: true });
  }
}

/** Whether `node` is `ancestor` or inside it, crossing shadow roots. */
function isInside(node: Node | null, ancestor: Node): boolean {
  while (node) {
    if (node === ancestor) return true;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return false;
}

/** Answers requests for `context` from inside `host`, and tells subscribers of every new value. */
export class ContextProvider<T> implements ReactiveController {
  private readonly subscribers = new Set<Callback<T>>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly context: unknown,
    private value: T,
  ) {
    host.addEventListener('context-request', (event) => this.answer(event as ContextRequestEvent<T>));
    host.addController(this);
  }

  hostConnected(): void {
    // Children that asked before this provider was defined or connected ask again (see ContextConsumer).
    const appeared = new Event('context-provider', { bubbles: true, composed: true });
    Object.assign(appeared, { context: this.context });
    this.host.dispatchEvent(appeared);
  }

  setValue(value: T): void {
    this.value = value;
    for (const callback of this.subscribers) callback(value, () => this.subscribers.delete(callback));
  }

  private answer(request: ContextRequestEvent<T>): void {
    // The provider's own request goes on to an outer provider.
    if (request.context !== this.context || request.contextTarget === this.host) return;
    request.stopPropagation();
    const unsubscribe = () => this.subscribers.delete(request.callback);
    if (request.subscribe) this.subscribers.add(request.callback);
    request.callback(this.value, unsubscribe);
  }
}

/** Every connected consumer of this copy: a provider that appears later makes those inside it ask again. */
const consumers = new Set<ContextConsumer<unknown>>();
let listening = false;

/** Holds the value of the nearest provider of `context` around `host`, kept current. */
export class ContextConsumer<T> implements ReactiveController {
  value?: T;
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly context: unknown,
  ) {
    host.addController(this);
    if (!listening) {
      listening = true;
      document.addEventListener('context-provider', (event) => {
        const { context } = event as Event & { context?: unknown };
        const provider = event.composedPath()[0] as Node;
        for (const consumer of consumers) {
          if (consumer.context === context && consumer.host !== provider && isInside(consumer.host, provider)) {
            consumer.request();
          }
        }
      });
    }
  }

  hostConnected(): void {
    consumers.add(this as ContextConsumer<unknown>);
    this.request();
  }

  hostDisconnected(): void {
    consumers.delete(this as ContextConsumer<unknown>);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private request(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    const callback: Callback<T> = (value, unsubscribe) => {
      this.unsubscribe = unsubscribe;
      this.value = value;
      this.host.requestUpdate();
    };
    this.host.dispatchEvent(new ContextRequestEvent(this.context, this.host, callback, true));
  }
}

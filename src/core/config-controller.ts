import { ContextConsumer, ContextRoot } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { configContext, type VtConfigValue } from '../config/context.js';

/** The settings every vertaistuki element accepts as its own attributes. */
export interface ConfigurableHost extends ReactiveControllerHost, HTMLElement {
  endpoint?: string | undefined;
  programme?: string | undefined;
  privacyNoticeUrl?: string | undefined;
  texts?: string | Record<string, unknown> | undefined;
}

/**
 * A `<vt-config>` whose script runs after its children must still reach them. Their requests then find
 * no provider; `@lit/context`'s `ContextRoot` keeps them and asks again when a provider appears. One
 * root per copy of the library, made on the first element's first request.
 */
let contextRoot: ContextRoot | undefined;

/**
 * An element's settings: its own attribute when it has one, else the nearest `<vt-config>`'s, which it
 * receives through `@lit/context` and follows as they change.
 */
export class ConfigController {
  private readonly consumer: ContextConsumer<typeof configContext, ConfigurableHost>;

  constructor(private readonly host: ConfigurableHost) {
    // Not where there is no document (server rendering): there nothing asks yet.
    if (!contextRoot && typeof document != 'undefined') {
      contextRoot = new ContextRoot();
      contextRoot.attach(document.documentElement);
    }
    this.consumer = new ContextConsumer(host, { context: configContext, subscribe: true });
  }

  /** What the nearest `<vt-config>` provides (empty without one). */
  get provided(): VtConfigValue {
    return this.consumer.value ?? {};
  }

  get endpoint(): string | undefined {
    return this.host.endpoint || this.provided.endpoint;
  }

  get programme(): string | undefined {
    return this.host.programme || this.provided.programme;
  }

  get privacyNoticeUrl(): string | undefined {
    return this.host.privacyNoticeUrl || this.provided.privacyNoticeUrl;
  }
}

import { ContextConsumer, ContextRoot } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { configContext, type VtConfigValue } from '../config/context.js';
import { registry } from './registry.js';

/** The settings every vertaistuki element accepts as its own attributes. */
export interface ConfigurableHost extends ReactiveControllerHost, HTMLElement {
  endpoint?: string | undefined;
  programme?: string | undefined;
  privacyNoticeUrl?: string | undefined;
  texts?: string | Record<string, unknown> | undefined;
}

/**
 * An element's settings: its own attribute when it has one, else the nearest `<vt-config>`'s. A
 * `<vt-config>` whose script runs after its children still reaches them: the context root replays
 * their unanswered requests when it appears.
 */
export class ConfigController {
  private readonly consumer: ContextConsumer<typeof configContext, ConfigurableHost>;

  constructor(private readonly host: ConfigurableHost) {
    const shared = registry();
    if (!shared.contextRootAttached) {
      shared.contextRootAttached = true;
      new ContextRoot().attach(document.documentElement);
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

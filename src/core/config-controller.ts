import type { ReactiveControllerHost } from 'lit';
import { configContext, type VtConfigValue } from '../config/context.js';
import { ContextConsumer } from './context.js';

/** The settings every vertaistuki element accepts as its own attributes. */
export interface ConfigurableHost extends ReactiveControllerHost, HTMLElement {
  endpoint?: string | undefined;
  programme?: string | undefined;
  privacyNoticeUrl?: string | undefined;
  texts?: string | Record<string, unknown> | undefined;
}

/**
 * An element's settings: its own attribute when it has one, else the nearest `<vt-config>`'s. A
 * `<vt-config>` whose script runs after its children still reaches them: they ask again when it appears.
 */
export class ConfigController {
  private readonly consumer: ContextConsumer<VtConfigValue>;

  constructor(private readonly host: ConfigurableHost) {
    this.consumer = new ContextConsumer(host, configContext);
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

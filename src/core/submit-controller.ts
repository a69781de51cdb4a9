import type { ReactiveController } from 'lit';
import type { ConfigController, ConfigurableHost } from './config-controller.js';
import { createEnvelope, type Envelope, type SubmissionKind } from './envelope.js';
import { VtSubmitErrorEvent, VtSubmitEvent, VtSubmitQueuedEvent, VtSubmittedEvent } from './events.js';
import type { LocaleController } from './locale-controller.js';
import {
  deliveryListeners,
  enqueue,
  fieldErrorsOf,
  loadDelivery,
  postEnvelope,
  resumeWaitingDeliveries,
  takeDeliveredNotices,
  type DeliveryListener,
  type SendResult,
} from './delivery/index.js';
import { deviceStorage } from './storage.js';

/**
 * Where a submission stands, as the person should see it:
 * - `idle`: nothing sent yet (or the page took the submission over by cancelling `vt-submit`);
 * - `sending`; `sent`: the endpoint accepted it;
 * - `queued`: saved in the outbox on this device, to be sent automatically;
 * - `invalid`: the endpoint named fields to fix (`fieldErrors`); `failed`: refused for another reason;
 * - `misconfigured`: there is no endpoint to send to.
 */
export type SubmitState = 'idle' | 'sending' | 'sent' | 'queued' | 'invalid' | 'failed' | 'misconfigured';

/**
 * Sends an element's submissions as the contract says and keeps the state its view shows. One
 * submission at a time: a second click while one is on its way gets the same answer, not a second send.
 */
export class SubmitController implements ReactiveController, DeliveryListener {
  state: SubmitState = 'idle';
  /** Field name → the endpoint's message, from a problem+json answer. */
  fieldErrors: Record<string, string> = {};
  /** HTTP status of the last refusal, for the person's message. */
  failedStatus: number | null = null;
  /** The last envelope this element built. */
  envelope: Envelope | undefined;
  /** True when the last submission reached the endpoint from the outbox, after a wait. */
  sentFromOutbox = false;
  /** Submissions made on earlier visits that have been delivered since: the person should hear of them. */
  deliveredEarlier = 0;
  private inFlight: Promise<SubmitState> | undefined;
  private stopStorageWatch: (() => void) | undefined;

  constructor(
    private readonly host: ConfigurableHost,
    readonly kind: SubmissionKind,
    private readonly config: ConfigController,
    private readonly locale: LocaleController<string>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    deliveryListeners.add(this);
    resumeWaitingDeliveries();
    this.stopStorageWatch = deviceStorage().onDegrade(() => this.host.requestUpdate());
    const notices = takeDeliveredNotices(deviceStorage(), this.kind);
    if (notices.length) {
      this.deliveredEarlier += notices.length;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    deliveryListeners.delete(this);
    this.stopStorageWatch?.();
  }

  /** Builds the envelope around `data` and sends it; resolves with the resulting state. */
  submit(data: Record<string, unknown>): Promise<SubmitState> {
    this.inFlight ??= this.send(data).finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }

  private async send(data: Record<string, unknown>): Promise<SubmitState> {
    const envelope = createEnvelope(this.kind, data, {
      programme: this.config.programme,
      locale: this.locale.locale,
    });
    this.envelope = envelope;
    this.fieldErrors = {};
    this.failedStatus = null;
    this.sentFromOutbox = false;
    const intent = new VtSubmitEvent({ envelope });
    this.host.dispatchEvent(intent);
    if (intent.defaultPrevented) return this.setState('idle');
    const endpoint = this.config.endpoint;
    if (!endpoint) {
      console.error(`vertaistuki-widgets: <${this.host.localName}> has no endpoint to send to (set its endpoint attribute or <vt-config endpoint>).`);
      return this.setState('misconfigured');
    }
    this.setState('sending');
    const result = await postEnvelope(endpoint, envelope);
    return this.settle(endpoint, envelope, result);
  }

  private async settle(endpoint: string, envelope: Envelope, result: SendResult): Promise<SubmitState> {
    switch (result.outcome) {
      case 'delivered':
        this.host.dispatchEvent(new VtSubmittedEvent({ envelope, response: result.response, deliveredLater: false }));
        return this.setState('sent');
      case 'retry':
        enqueue(deviceStorage(), endpoint, envelope, result, Date.now());
        // Saved first, then the retry loop fetched, so that it already listens for `online` when the person
        // hears the submission is waiting. Offline, the fetch fails: loadDelivery tries again when online.
        await loadDelivery().then(({ resumeDeliveries }) => resumeDeliveries(true), () => undefined);
        this.host.dispatchEvent(new VtSubmitQueuedEvent({ envelope, status: result.status }));
        return this.setState('queued');
      case 'rejected':
        this.refused(envelope, result);
        return this.state;
    }
  }

  /** From the outbox: a submission of this kind finally reached the endpoint. */
  deliveredLater(envelope: Envelope, response: unknown): void {
    if (envelope.id === this.envelope?.id) {
      this.sentFromOutbox = true;
      this.setState('sent');
    } else {
      this.deliveredEarlier += 1;
      this.host.requestUpdate();
    }
    this.host.dispatchEvent(new VtSubmittedEvent({ envelope, response, deliveredLater: true }));
  }

  /**
   * The endpoint refused a submission for good: at once, or later from the outbox. The element shows it
   * only when it is the element's own last one; another visit's refusal is an event and nothing more.
   */
  refused(envelope: Envelope, result: Extract<SendResult, { outcome: 'rejected' }>): void {
    const fieldErrors = fieldErrorsOf(result.problem);
    if (envelope.id === this.envelope?.id) {
      this.fieldErrors = fieldErrors;
      this.failedStatus = result.status;
      this.setState(Object.keys(fieldErrors).length ? 'invalid' : 'failed');
    }
    this.host.dispatchEvent(new VtSubmitErrorEvent({ envelope, status: result.status, problem: result.problem, fieldErrors }));
  }

  private setState(state: SubmitState): SubmitState {
    this.state = state;
    this.host.requestUpdate();
    return state;
  }
}

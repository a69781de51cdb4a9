import type { Envelope, SubmissionKind } from '../envelope.js';
import type { SendResult } from './transport.js';

/** A live element that wants to hear when one of its kind's queued submissions is finally sent. */
export interface DeliveryListener {
  readonly kind: SubmissionKind;
  deliveredLater(envelope: Envelope, response: unknown): void;
  refused(envelope: Envelope, result: Extract<SendResult, { outcome: 'rejected' }>): void;
}

/** Every live listener of this copy of the library; the delivery loop tells them what it delivered. */
export const deliveryListeners = new Set<DeliveryListener>();

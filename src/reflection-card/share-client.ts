/**
 * The submission client a shareable card loads on its own (a chunk of its own in the CDN build): only a
 * card with `shareable` and an endpoint ever sends, so no other card or page pays for these bytes.
 * `pageAddress` comes from the same code that builds the envelope, so the confirmation shows the very
 * address that is sent.
 */
export { pageAddress } from '../core/envelope.js';
export { SubmitController } from '../core/submit-controller.js';

// The outbox's storage keys, apart from the outbox itself: an element that only looks whether something
// waits (resume.ts) must not pull the whole outbox into its bundle.
export const OUTBOX_KEY = 'vt-outbox';
export const DELIVERED_KEY = 'vt-outbox-delivered';
export const LEASE_KEY = 'vt-outbox-lease';

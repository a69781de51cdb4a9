/** The library version; `npm test` checks it equals package.json's. */
export const VERSION = '0.2.0';

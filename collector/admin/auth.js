import { Buffer } from 'node:buffer';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The admin token. From ADMIN_TOKEN when set; otherwise one is generated on the first start, printed
 * once, and only its SHA-256 is kept in the database (the token has 256 random bits, so a plain hash
 * is enough). Requests prove it with `Authorization: Bearer <token>` (scripts) or HTTP Basic with the
 * token as the password (a browser's own login prompt). No cookie, and never in a URL: a token in a
 * query string ends up in access logs, proxies and the browser's history.
 */

const SETTING = 'admin_token_sha256';

/** @param {string} token */
const sha256 = (token) => createHash('sha256').update(token, 'utf8').digest();

export function newToken() {
  return randomBytes(32).toString('base64url');
}

/**
 * @param {import('../storage/index.js').Storage} storage
 * @param {string | undefined} configured  ADMIN_TOKEN
 * @param {{ renew?: boolean }} [options]  renew: replace the stored token (`--new-admin-token`)
 * @returns {Promise<{ hash: Buffer, generated?: string, source: 'env' | 'database' }>}
 */
export async function adminToken(storage, configured, options = {}) {
  if (configured) {
    if (configured.length < 16) throw new Error('ADMIN_TOKEN must be at least 16 characters long.');
    return { hash: sha256(configured), source: 'env' };
  }
  const stored = await storage.getSetting(SETTING);
  if (stored && !options.renew) return { hash: Buffer.from(stored, 'hex'), source: 'database' };
  const generated = newToken();
  const hash = sha256(generated);
  await storage.setSetting(SETTING, hash.toString('hex'));
  return { hash, generated, source: 'database' };
}

/**
 * The token a request presents, if any.
 * @param {string | undefined} header  the Authorization header
 */
export function presentedToken(header) {
  if (!header) return undefined;
  const [scheme, value = ''] = header.trim().split(/\s+/, 2);
  if (/^bearer$/i.test(scheme ?? '')) return value;
  if (/^basic$/i.test(scheme ?? '')) {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon >= 0 ? decoded.slice(colon + 1) : undefined;
  }
  return undefined;
}

/**
 * @param {string | undefined} header
 * @param {Buffer} expectedHash
 */
export function isAuthorised(header, expectedHash) {
  const token = presentedToken(header);
  if (!token) return false;
  // Comparing hashes of equal length in constant time says nothing about the token's length or prefix.
  return timingSafeEqual(sha256(token), expectedHash);
}

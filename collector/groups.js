import { readFileSync, statSync } from 'node:fs';

/**
 * The peer groups on offer, from a JSON file that the programme's coordinator edits (an array, or
 * `{ "groups": [...] }`), in the shape `<vt-group-signup groups-src>` reads (src/group-signup/groups.ts).
 * The file is read again when it changes, so no restart is needed. `capacity` with stored signups gives
 * `seatsLeft`; `reserved` (seats taken outside the collector, e.g. by phone) is the collector's own and
 * is not published.
 */

const PUBLIC_FIELDS = [
  'value',
  'name',
  'description',
  'starts',
  'meetings',
  'location',
  'capacity',
  'type',
  'format',
  'audience',
  'closed',
];
const FIELDS = new Set([...PUBLIC_FIELDS, 'reserved']);

/**
 * @typedef {object} GroupConfig
 * @property {string} value
 * @property {string} name
 * @property {number} [capacity]
 * @property {number} [reserved]
 * @property {boolean} [closed]
 */

/** @param {unknown} value */
const isCount = (value) => Number.isInteger(value) && /** @type {number} */ (value) >= 0;

/**
 * Checks the file's groups; a mistake names the group and the field.
 * @param {unknown} json
 * @returns {GroupConfig[]}
 */
export function parseGroups(json) {
  const list = Array.isArray(json) ? json : /** @type {any} */ (json)?.groups;
  if (!Array.isArray(list)) throw new Error('expected an array of groups, or { "groups": [...] }');
  const seen = new Set();
  return list.map((group, index) => {
    const where = `groups[${index}]`;
    if (typeof group !== 'object' || group === null || Array.isArray(group)) throw new Error(`${where} is not an object`);
    for (const key of Object.keys(group)) {
      if (!FIELDS.has(key)) throw new Error(`${where} has an unknown field "${key}" (known: ${[...FIELDS].join(', ')})`);
    }
    if (typeof group.value !== 'string' || !group.value.trim()) throw new Error(`${where} needs a "value"`);
    if (typeof group.name !== 'string' || !group.name.trim()) throw new Error(`${where} needs a "name"`);
    if (seen.has(group.value)) throw new Error(`${where}: the value "${group.value}" is used twice`);
    seen.add(group.value);
    for (const key of ['capacity', 'reserved']) {
      if (group[key] !== undefined && !isCount(group[key])) throw new Error(`${where}.${key} must be a whole number ≥ 0`);
    }
    if (group.closed !== undefined && typeof group.closed !== 'boolean') throw new Error(`${where}.closed must be true or false`);
    return group;
  });
}

/**
 * @param {string} file
 * @param {{ warn: (message: string) => void }} log
 */
export function groupsFile(file, log) {
  /** @type {{ mtimeMs: number, size: number, groups: GroupConfig[] } | undefined} */
  let cache;

  /** What went wrong with the file last, so that the same problem is logged once, not per request. */
  let lastProblem = '';

  function read() {
    /** @type {import('node:fs').Stats | undefined} */
    let stat;
    try {
      stat = statSync(file);
      if (cache && cache.mtimeMs === stat.mtimeMs && cache.size === stat.size) {
        lastProblem = '';
        return cache.groups;
      }
      const groups = parseGroups(JSON.parse(readFileSync(file, 'utf8')));
      cache = { mtimeMs: stat.mtimeMs, size: stat.size, groups };
      lastProblem = '';
    } catch (error) {
      const message = `${file}: ${/** @type {Error} */ (error).message}`;
      // Removed, or a bad edit: keep offering the groups last read, and say once why the change is not taken.
      if (!cache) throw new Error(message, { cause: error });
      const problem = `${message}|${stat?.mtimeMs}|${stat?.size}`;
      if (problem !== lastProblem) log.warn(`${message} (still serving the previous version)`);
      lastProblem = problem;
    }
    return /** @type {NonNullable<typeof cache>} */ (cache).groups;
  }

  return {
    /** All groups as configured (throws when the file is missing or malformed on first read). */
    configured: read,

    /**
     * The groups as the signup element reads them, with seats left from the stored signups. Waiting-list
     * signups take no seat.
     * @param {Map<string, { seats: number }>} counts  signups per group value
     */
    published(counts) {
      return read().map((group) => {
        /** @type {Record<string, unknown>} */
        const out = {};
        for (const key of PUBLIC_FIELDS) {
          if (/** @type {any} */ (group)[key] !== undefined) out[key] = /** @type {any} */ (group)[key];
        }
        if (group.closed) {
          // Every signup to a closed group goes to its waiting list: no seat is left to offer.
          out.seatsLeft = 0;
        } else if (group.capacity !== undefined) {
          const taken = (group.reserved ?? 0) + (counts.get(group.value)?.seats ?? 0);
          out.seatsLeft = Math.max(0, group.capacity - taken);
        }
        return out;
      });
    },
  };
}

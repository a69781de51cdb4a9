/** A peer group a person can sign up for, from `<vt-group>` children, the `groups` property or `groups-src`. */
export interface PeerGroup {
  value: string;
  name: string;
  description?: string;
  /** ISO 8601 date or date-time of the first meeting. */
  starts?: string;
  /** Number of meetings, or a schedule in words ("joka toinen tiistai"). */
  meetings?: number | string;
  location?: string;
  capacity?: number;
  seatsLeft?: number;
  /** Horizontal: a homogeneous group; vertical: people in different positions together. */
  type?: GroupType;
  format?: GroupFormat;
  audience?: string;
  closed?: boolean;
}

export const GROUP_TYPES = ['horizontal', 'vertical'] as const;
export type GroupType = (typeof GROUP_TYPES)[number];
export const GROUP_FORMATS = ['face-to-face', 'online', 'hybrid'] as const;
export type GroupFormat = (typeof GROUP_FORMATS)[number];

/** What a person can do with a group: join it, join its waiting list, or nothing (closed). */
export type Availability = 'open' | 'full' | 'closed';

export function availabilityOf(group: PeerGroup): Availability {
  if (group.closed) return 'closed';
  return group.seatsLeft !== undefined && group.seatsLeft <= 0 ? 'full' : 'open';
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed || undefined;
}

function count(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? Math.max(0, Math.floor(number)) : undefined;
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | undefined {
  return allowed.find((option) => option === value);
}

/**
 * A group from loosely typed data (JSON from a server, or attributes), with every field checked. Anything
 * unknown is dropped; a group without a value or a name is no group. Values are kept as plain strings:
 * they are rendered as text, never as HTML.
 */
export function toGroup(raw: unknown): PeerGroup | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const source = raw as Record<string, unknown>;
  const value = text(source['value']);
  const name = text(source['name']);
  if (!value || !name) return undefined;
  const group: PeerGroup = { value, name };
  const meetings = count(source['meetings']) ?? text(source['meetings']);
  const optional: Partial<PeerGroup> = {
    description: text(source['description']),
    starts: text(source['starts']),
    meetings,
    location: text(source['location']),
    capacity: count(source['capacity']),
    seatsLeft: count(source['seatsLeft'] ?? source['seats-left']),
    type: oneOf(GROUP_TYPES, source['type']),
    format: oneOf(GROUP_FORMATS, source['format']),
    audience: text(source['audience']),
    closed: source['closed'] === true || source['closed'] === '' || source['closed'] === 'true' ? true : undefined,
  };
  for (const [key, field] of Object.entries(optional)) {
    if (field !== undefined) (group as unknown as Record<string, unknown>)[key] = field;
  }
  return group;
}

/** Groups from JSON: an array, or `{ "groups": [...] }`. */
export function groupsFromJson(json: unknown): PeerGroup[] {
  const list = Array.isArray(json) ? json : (json as { groups?: unknown } | null)?.groups;
  if (!Array.isArray(list)) throw new TypeError('expected an array of groups');
  return list.map(toGroup).filter((group): group is PeerGroup => group !== undefined);
}

/**
 * Groups from `<vt-group>` children: attributes for the facts, the element's own text for the name and
 * a `<p>` inside it for the description.
 */
export function groupsFromElements(host: Element): PeerGroup[] {
  return [...host.querySelectorAll(':scope > vt-group')]
    .map((element) => {
      const description = [...element.querySelectorAll('p')].map((p) => p.textContent?.trim()).filter(Boolean);
      const name = [...element.childNodes]
        .filter((node) => !(node instanceof HTMLParagraphElement))
        .map((node) => node.textContent ?? '')
        .join(' ')
        .replace(/\s+/g, ' ');
      const attributes = Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value]));
      return toGroup({ ...attributes, name, description: description.join('\n') || undefined });
    })
    .filter((group): group is PeerGroup => group !== undefined);
}

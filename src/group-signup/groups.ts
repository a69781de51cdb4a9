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

export function availabilityOf(group: PeerGroup | undefined): Availability {
  if (group?.closed) return 'closed';
  return (group?.seatsLeft ?? 1) <= 0 ? 'full' : 'open';
}

function text(value: unknown): string | undefined {
  return typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() || undefined : undefined;
}

function count(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? Math.max(0, Math.floor(number)) : undefined;
}

/**
 * A group from loosely typed data (JSON from a server, or attributes), with every field checked. Anything
 * unknown is dropped; a group without a value or a name is no group. Values are kept as plain strings:
 * they are rendered as text, never as HTML.
 */
export function toGroup(raw: unknown): PeerGroup | undefined {
  if (typeof raw !== 'object' || !raw) return undefined;
  const source = raw as Record<string, unknown>;
  const group: Record<string, unknown> = {};
  for (const key of ['value', 'name', 'description', 'starts', 'location', 'audience']) group[key] = text(source[key]);
  group['meetings'] = count(source['meetings']) ?? text(source['meetings']);
  group['capacity'] = count(source['capacity']);
  group['seatsLeft'] = count(source['seatsLeft'] ?? source['seats-left']);
  group['type'] = GROUP_TYPES.find((type) => type === source['type']);
  group['format'] = GROUP_FORMATS.find((format) => format === source['format']);
  // `closed` as JSON `true`, or as a bare attribute (`<vt-group closed>`).
  group['closed'] = [true, '', 'true'].includes(source['closed'] as string) || undefined;
  if (!group['value'] || !group['name']) return undefined;
  return Object.fromEntries(Object.entries(group).filter(([, value]) => value !== undefined)) as unknown as PeerGroup;
}

/** Groups from JSON: an array, or `{ "groups": [...] }`. */
export function groupsFromJson(json: unknown): PeerGroup[] {
  const list = Array.isArray(json) ? json : (json as { groups?: unknown } | null)?.groups;
  if (!Array.isArray(list)) throw new TypeError('expected an array of groups, or { "groups": [...] }');
  return list.map(toGroup).filter((group): group is PeerGroup => !!group);
}

/**
 * Groups from `<vt-group>` children: attributes for the facts, the element's own text for the name and
 * a `<p>` inside it for the description.
 */
export function groupsFromElements(host: Element): PeerGroup[] {
  return groupsFromJson(
    [...host.querySelectorAll(':scope > vt-group')].map((element) => {
      const paragraphs = [...element.querySelectorAll('p')];
      const name = element.cloneNode(true) as Element;
      name.querySelectorAll('p').forEach((paragraph) => paragraph.remove());
      return {
        ...Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value])),
        name: name.textContent!.replace(/\s+/g, ' '),
        description: paragraphs.map((paragraph) => paragraph.textContent!.trim()).join('\n'),
      };
    }),
  );
}

/**
 * The zones a reader can pick from, as the runtime lists them, each with what helps
 * find it: its city in words and its offset from UTC now ("GMT-7"), which a search also
 * matches, so "denver", "los angeles" and "gmt+9" all find something.
 */
export interface ZoneOption {
  /** The IANA name the address keeps (`America/Los_Angeles`). */
  name: string;
  /** The name in words (`America/Los Angeles`). */
  words: string;
  /** The offset from UTC at the moment the list was made (`GMT-8`). */
  offset: string;
}

/**
 * Zones renamed since the names ICU still lists (Chromium and Node list `Asia/Calcutta`):
 * offered under today's name, which every runtime also takes, so "Kolkata" finds Kolkata.
 */
const RENAMED: Record<string, string> = {
  'America/Godthab': 'America/Nuuk',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

/** Every zone the runtime knows, by today's names; a runtime that cannot list them offers the reader's. */
export function runtimeZoneNames(): string[] {
  if (typeof Intl.supportedValuesOf !== 'function') return [Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'];
  const names = Intl.supportedValuesOf('timeZone').map((name) => RENAMED[name] ?? name);
  return [...new Set(names)].sort();
}

export function zoneOptions(names: readonly string[], at: Date): ZoneOption[] {
  return names.map((name) => ({
    name,
    words: name.replace(/_/g, ' '),
    offset:
      new Intl.DateTimeFormat('en-US', { timeZone: name, timeZoneName: 'shortOffset' })
        .formatToParts(at)
        .find((part) => part.type === 'timeZoneName')?.value ?? '',
  }));
}

const normalise = (text: string) => text.toLowerCase().replace(/[_/]/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * The options a search finds: every word typed must appear in the name or the offset.
 * Zones whose city starts with the search come first ("york" finds New York before
 * anything merely containing it), the rest in the list's order.
 */
export function matchZones(options: readonly ZoneOption[], query: string): ZoneOption[] {
  const words = normalise(query).split(' ').filter((word) => word !== '');
  if (words.length === 0) return [...options];
  const search = normalise(query);
  const found = options.filter((option) => {
    const text = normalise(`${option.name} ${option.offset}`);
    return words.every((word) => text.includes(word));
  });
  const city = (option: ZoneOption) => normalise(option.name.split('/').pop() ?? option.name);
  return [
    ...found.filter((option) => city(option).startsWith(search)),
    ...found.filter((option) => !city(option).startsWith(search)),
  ];
}

/**
 * The call log's state as it lives in the address bar: one parser per query parameter,
 * shared by the filter form, the query key and link building, so a copied link shows
 * exactly what its sender saw. Names follow the upstream's parameters where one exists,
 * values stay readable: `?range=30d&disposition=ANSWERED,VOICEMAIL&page=3`.
 *
 * The date range is kept one of two ways, on purpose:
 *   - a preset (`range=today|yesterday|7d|30d|this-month|last-month`) stays relative, so
 *     a shared "Last 7 days" link shows the last 7 days whenever it is opened;
 *   - a custom range (`start=…Z&end=…Z`, to the minute, UTC) stays absolute, so a shared
 *     investigation shows the same calls next month.
 * With neither, the range is the upstream's default, the last 7 days.
 */
import {
  createParser,
  createSerializer,
  parseAsArrayOf,
  parseAsNumberLiteral,
  parseAsStringLiteral,
  type inferParserType,
} from 'nuqs';
import * as z from 'zod/mini';
import { CALL_COLUMN_IDS, type CallColumnId } from '../../contract/columns';
import { readPhoneEntry } from '../../contract/phone';
import { isTimeZone } from '../../contract/time-zone-name';
import { DISPOSITIONS } from '../../contract/vocabulary';

export const RANGE_PRESETS = ['today', 'yesterday', '7d', '30d', 'this-month', 'last-month'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export const DEFAULT_RANGE: RangePreset = '7d';

/**
 * The columns shown when the address names none: those that fit beside each other on a
 * 1280 px screen (see list/columns.tsx for their widths), so nothing a manager scans for
 * is cut or needs sideways scrolling. The column chooser brings back the others.
 */
export const DEFAULT_COLUMNS: readonly CallColumnId[] = [
  'started',
  'caller',
  'disposition',
  'duration',
  'campaign',
  'recording',
  'tags',
];

export const PAGE_SIZES = [25, 50, 100, 200] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 25;

/** Whole numbers from 1, digits only: `1e9`, `12abc` and `-3` are not ids. */
export const parseAsId = createParser({
  parse: (value) => (/^[1-9]\d{0,15}$/.test(value) && Number.isSafeInteger(Number(value)) ? Number(value) : null),
  serialize: String,
});

/** A complete phone number, held in E.164 whatever spelling the link used. */
export const parseAsPhone = createParser({
  parse: (value) => {
    const entry = readPhoneEntry(value);
    return entry.kind === 'complete' ? entry.e164 : null;
  },
  serialize: (value: string) => value,
});

/** An instant in UTC, written without milliseconds: `2026-11-01T08:00:00Z`. */
export const parseAsUtcInstant = createParser({
  parse: (value) => {
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/.test(value)) return null;
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? null : date;
  },
  serialize: (date: Date) => date.toISOString().replace(/\.000Z$/, 'Z'),
  eq: (a, b) => a.getTime() === b.getTime(),
});

/**
 * The zone times are read in: `utc`, or a zone by its IANA name (`America/Denver`), kept
 * as written. Absent means the reader's own zone.
 */
export const parseAsTimeZoneName = createParser({
  parse: (value) => (value === 'utc' || isTimeZone(value) ? value : null),
  serialize: (value: string) => value,
});

/** Open or closed as `1` or `0`, short enough to read in an address. */
export const parseAsOpen = createParser({
  parse: (value) => (value === '1' ? true : value === '0' ? false : null),
  serialize: (open: boolean) => (open ? '1' : '0'),
});

/** On as `1`; anything else is off, and written as nothing. */
const liveFlag = z.literal('1');
export const parseAsOnFlag = createParser({
  parse: (value) => (liveFlag.safeParse(value).success ? true : null),
  serialize: () => '1',
});

export const callLogParams = {
  range: parseAsStringLiteral(RANGE_PRESETS),
  start: parseAsUtcInstant,
  end: parseAsUtcInstant,
  /** The zone times are shown and relative ranges resolved in; absent is the viewer's own. */
  tz: parseAsTimeZoneName,
  org_unit_id: parseAsId,
  campaign_id: parseAsId,
  provisioned_route_id: parseAsId,
  call_id: parseAsId,
  caller_id: parseAsPhone,
  phone_number: parseAsPhone,
  ring_to: parseAsPhone,
  disposition: parseAsArrayOf(parseAsStringLiteral(DISPOSITIONS), ','),
  limit: parseAsNumberLiteral(PAGE_SIZES).withDefault(DEFAULT_PAGE_SIZE),
  page: parseAsId.withDefault(1),
  /** Visible columns; absent means DEFAULT_COLUMNS. */
  cols: parseAsArrayOf(parseAsStringLiteral(CALL_COLUMN_IDS), ','),
  /** The call open in the detail drawer. */
  call: parseAsId,
  /** Whether the summary above the table is open; only the closed state is written (`summary=0`). */
  summary: parseAsOpen.withDefault(true),
  /** Whether the summary's charts are shown; absent means the reader's remembered default. */
  charts: parseAsOpen,
  /** The list watches for new calls (only while the range ends now, see date-range.ts). */
  live: parseAsOnFlag,
};

export type CallLogState = inferParserType<typeof callLogParams>;
export type CallLogKey = keyof typeof callLogParams;

/** The filters kept behind "More filters", in its order. */
export const MORE_FILTER_KEYS = [
  'org_unit_id',
  'campaign_id',
  'provisioned_route_id',
  'call_id',
  'caller_id',
  'phone_number',
  'ring_to',
] as const satisfies readonly CallLogKey[];

/** The parameters that choose which calls are shown (not how, nor which page). */
export const FILTER_KEYS = ['range', 'start', 'end', ...MORE_FILTER_KEYS, 'disposition'] as const satisfies readonly CallLogKey[];
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Writes a state (or part of one) as a query string, e.g. for "copy link". */
export const serializeCallLog = createSerializer(callLogParams);

export const DEFAULT_STATE: CallLogState = {
  range: null,
  start: null,
  end: null,
  tz: null,
  org_unit_id: null,
  campaign_id: null,
  provisioned_route_id: null,
  call_id: null,
  caller_id: null,
  phone_number: null,
  ring_to: null,
  disposition: null,
  limit: DEFAULT_PAGE_SIZE,
  page: 1,
  cols: null,
  call: null,
  summary: true,
  charts: null,
  live: null,
};

/**
 * The filters kept behind "More filters": what each is called, what it holds and how it
 * is read from and written to its field. One list, so the fields, their chips and
 * "Clear all" never disagree about which filters there are (the toolbar counts them by
 * MORE_FILTER_KEYS alone, see more-filter-keys.ts: a test keeps the two in step).
 */
import { readPhoneEntry } from '../../../contract/phone';
import type { CatalogKind } from '../../../contract/catalog';

/** `incomplete`: the text may still become a value as typing goes on; it is not wrong yet. */
export type ParseResult<T> = { ok: true; value: T | null } | { ok: false; message: string; incomplete?: boolean };

interface FieldBase<K> {
  key: K;
  label: string;
}

/** The id filters whose ids have names: what the catalogue lists them under. */
export const CATALOG_KIND_OF = {
  org_unit_id: 'orgUnits',
  campaign_id: 'campaigns',
  provisioned_route_id: 'callFlows',
} as const satisfies Record<string, CatalogKind>;
export type NamedIdKey = keyof typeof CATALOG_KIND_OF;

export type IdField = FieldBase<NamedIdKey | 'call_id'> & {
  kind: 'id';
  /** Whether the ids this field takes have names (campaigns, org units, call flows). */
  named?: boolean;
};

export type PhoneField = FieldBase<'caller_id' | 'phone_number' | 'ring_to'> & {
  kind: 'phone';
  placeholder?: string;
};

export type MoreFilterField = IdField | PhoneField;

export const MORE_FILTER_FIELDS: readonly MoreFilterField[] = [
  { key: 'org_unit_id', label: 'Org unit', kind: 'id', named: true },
  { key: 'campaign_id', label: 'Campaign', kind: 'id', named: true },
  { key: 'provisioned_route_id', label: 'Call flow', kind: 'id', named: true },
  { key: 'call_id', label: 'Call id', kind: 'id' },
  { key: 'caller_id', label: 'Caller number', kind: 'phone', placeholder: '+15551234567' },
  { key: 'phone_number', label: 'Tracking number', kind: 'phone' },
  { key: 'ring_to', label: 'Ring-to number', kind: 'phone' },
];

/** An id filter: digits only, from 1. */
export function parseIdText(what: string) {
  return (text: string): ParseResult<number> => {
    if (text === '') return { ok: true, value: null };
    if (!/^\d+$/.test(text)) return { ok: false, message: `${what} must be a whole number, such as 311.` };
    const value = Number(text);
    if (value < 1 || !Number.isSafeInteger(value)) return { ok: false, message: `${what} must be 1 or more.` };
    return { ok: true, value };
  };
}

/** A phone number: only a complete one becomes a filter, in E.164; until then, what is missing. */
export const parsePhoneText = (text: string): ParseResult<string> => {
  if (text === '') return { ok: true, value: null };
  const entry = readPhoneEntry(text);
  if (entry.kind === 'complete') return { ok: true, value: entry.e164 };
  return { ok: false, message: entry.message, incomplete: entry.kind === 'incomplete' };
};

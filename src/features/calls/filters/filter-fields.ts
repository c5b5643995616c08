/**
 * The filters kept behind "More filters": what each is called, what it holds and how it
 * is read from and written to its field. One list, so the fields, their chips and
 * "Clear all" never disagree about which filters there are.
 */
import { readPhoneEntry } from '../../../contract/phone';
import type { CallLogState } from '../search-params';
import type { SeenKind } from './use-seen-options';

/** `incomplete`: the text may still become a value as typing goes on; it is not wrong yet. */
export type ParseResult<T> = { ok: true; value: T | null } | { ok: false; message: string; incomplete?: boolean };

interface FieldBase<K> {
  key: K;
  label: string;
}

export type IdField = FieldBase<'org_unit_id' | 'campaign_id' | 'provisioned_route_id' | 'call_id'> & {
  kind: 'id';
  /** Where the loaded calls name the ids this field takes. */
  names?: SeenKind;
};

export type PhoneField = FieldBase<'caller_id' | 'phone_number' | 'ring_to'> & {
  kind: 'phone';
  placeholder?: string;
};

export type MoreFilterField = IdField | PhoneField;
export type MoreFilterKey = MoreFilterField['key'];

export const MORE_FILTER_FIELDS: readonly MoreFilterField[] = [
  { key: 'org_unit_id', label: 'Org unit', kind: 'id', names: 'org_unit_id' },
  { key: 'campaign_id', label: 'Campaign', kind: 'id', names: 'campaign_id' },
  { key: 'provisioned_route_id', label: 'Call flow', kind: 'id', names: 'provisioned_route_id' },
  { key: 'call_id', label: 'Call id', kind: 'id' },
  { key: 'caller_id', label: 'Caller number', kind: 'phone', placeholder: '+15551234567' },
  { key: 'phone_number', label: 'Tracking number', kind: 'phone' },
  { key: 'ring_to', label: 'Ring-to number', kind: 'phone' },
];

/** How many of the filters behind "More filters" narrow the calls now. */
export function activeMoreFilters(state: Pick<CallLogState, MoreFilterKey>): number {
  return MORE_FILTER_FIELDS.filter((field) => state[field.key] !== null).length;
}

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

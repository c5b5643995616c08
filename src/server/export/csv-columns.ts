/**
 * What each table column becomes in the CSV: the call id first, then the chosen
 * columns in the order given. Some columns give two CSV columns (a time in UTC and in
 * the viewer's zone; a number and its name; seconds and m:ss) so the file is both
 * readable and computable. Missing values are empty cells.
 */
import type { Call, Indicator } from '../../contract/call';
import { CALL_COLUMNS, type CallColumnId } from '../../contract/columns';
import { toE164 } from '../../contract/phone';
import type { Include } from '../../contract/vocabulary';
import { localDateTime } from '../time/zoned-time';
import { spreadsheetText } from './csv';

interface CsvColumn {
  headers: (timeZone: string) => string[];
  cells: (call: Call, timeZone: string) => string[];
  /** Sections the upstream must include for this column. */
  include?: Include;
}

const LABEL = Object.fromEntries(CALL_COLUMNS.map((c) => [c.id, c.label])) as Record<CallColumnId, string>;

const text = (value: string | null | undefined) => spreadsheetText(value?.trim() ?? '');
/** E.164 where it reads as a number; otherwise as sent (an anonymous caller, say). */
const phone = (value: string | null | undefined) => (value == null ? '' : (toE164(value) ?? text(value)));

const plain = (id: CallColumnId, cell: (call: Call) => string, include?: Include): CsvColumn => ({
  headers: () => [LABEL[id]],
  cells: (call) => [cell(call)],
  include,
});

const COLUMNS: Record<CallColumnId, CsvColumn> = {
  started: {
    // "ISO" sets the machine-readable column apart even when the local zone is UTC too.
    headers: (tz) => [`${LABEL.started} (ISO 8601, UTC)`, `${LABEL.started} (${tz})`],
    cells: (call, tz) => {
      const at = Date.parse(call.call_started);
      return [new Date(at).toISOString().replace('.000Z', 'Z'), localDateTime(at, tz)];
    },
  },
  caller: {
    headers: () => [LABEL.caller, `${LABEL.caller} name`],
    cells: (call) => [phone(call.caller_id), text(call.ai_caller_identity)],
  },
  tracking: plain('tracking', (call) => phone(call.phone_number)),
  ring_to: {
    headers: () => [LABEL.ring_to, `${LABEL.ring_to} name`],
    cells: (call) => [phone(call.ring_to), text(call.call_detail?.ring_to_name)],
  },
  campaign: plain('campaign', (call) => text(call.campaign_name)),
  group: plain('group', (call) => text(call.group_name)),
  disposition: plain('disposition', (call) => text(call.disposition)),
  duration: {
    headers: () => [`${LABEL.duration} (s)`, `${LABEL.duration} (m:ss)`],
    cells: (call) => [String(call.duration), minutesSeconds(call.duration)],
  },
  channel: plain('channel', (call) => text(call.call_detail?.channel)),
  tags: plain('tags', (call) => text((call.tags ?? []).map((t) => t.tag_name.trim()).filter(Boolean).join('; ')), 'tags'),
  recording: plain('recording', (call) => (call.recording_details?.url ? 'yes' : 'no'), 'recordings'),
  score: plain('score', (call) => score(call.indicators)),
};

function minutesSeconds(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The table's score: the rounded mean of the scored indicators; empty when none is scored. */
function score(indicators: readonly Indicator[] | null | undefined): string {
  const values = (indicators ?? []).map((i) => i.score_value).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return values.length === 0 ? '' : String(Math.round(values.reduce((sum, v) => sum + v, 0) / values.length));
}

export interface CsvLayout {
  header: string[];
  row: (call: Call) => string[];
  include: Include[];
}

export function csvLayout(columns: readonly CallColumnId[], timeZone: string): CsvLayout {
  const chosen = columns.map((id) => COLUMNS[id]);
  return {
    header: ['Call ID', ...chosen.flatMap((c) => c.headers(timeZone))],
    row: (call) => [String(call.call_id), ...chosen.flatMap((c) => c.cells(call, timeZone))],
    include: [...new Set(chosen.flatMap((c) => (c.include ? [c.include] : [])))],
  };
}

/**
 * The stats a list of calls should give, computed the plain way (sort, filter, count)
 * and apart from the proxy's code, for tests to compare with `/api/calls/stats`.
 * Buckets are keyed by the local date (`2026-03-08`), local hour (`2026-03-08T14`) or
 * the local date of the week's Monday.
 */
import type { Call } from '../../contract/call';
import { DISPOSITIONS } from '../../contract/vocabulary';

const formats = new Map<string, Intl.DateTimeFormat>();

type Unit = 'hour' | 'day' | 'week';

export function localKey(ms: number, timeZone: string, unit: Unit): string {
  let format = formats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(ms).map((p) => [p.type, p.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  if (unit === 'week') {
    const day = new Date(`${date}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
    return day.toISOString().slice(0, 10);
  }
  return unit === 'day' ? date : `${date}T${parts.hour}`;
}

/** Every local day or hour the range touches, in order, found by walking it in quarter hours. */
export function expectedBucketKeys(startMs: number, endMs: number, timeZone: string, unit: Unit): string[] {
  const keys: string[] = [];
  for (let t = startMs; t < endMs; t += 15 * 60_000) {
    const key = localKey(t, timeZone, unit);
    if (keys.at(-1) !== key) keys.push(key);
  }
  return keys;
}

const zeros = () => Object.fromEntries(DISPOSITIONS.map((d) => [d, 0])) as Record<string, number>;

export function groundTruth(calls: readonly Call[], timeZone: string, unit: Unit) {
  const byDisposition = zeros();
  const series = new Map<string, Record<string, number>>();
  const campaigns = new Map<number | null, number>();
  const channels = new Map<string, number>();
  const callsPerCaller = new Map<string, number>();
  const flagged = new Set<string>();
  for (const call of calls) {
    byDisposition[call.disposition] = (byDisposition[call.disposition] ?? 0) + 1;
    const key = localKey(Date.parse(call.call_started), timeZone, unit);
    const bucket = series.get(key) ?? zeros();
    bucket[call.disposition] = (bucket[call.disposition] ?? 0) + 1;
    series.set(key, bucket);
    campaigns.set(call.campaign_id ?? null, (campaigns.get(call.campaign_id ?? null) ?? 0) + 1);
    const channel = call.call_detail?.channel ?? 'Unknown';
    channels.set(channel, (channels.get(channel) ?? 0) + 1);
    const caller = (call.caller_id ?? '').replace(/^\+/, '');
    if (caller !== '') {
      callsPerCaller.set(caller, (callsPerCaller.get(caller) ?? 0) + 1);
      if (call.repeat_call) flagged.add(caller);
    }
  }
  const talked = calls.map((c) => c.duration).filter((d) => d > 0).sort((a, b) => a - b);
  const mid = Math.floor(talked.length / 2);
  const repeat = [...callsPerCaller].filter(([caller, n]) => n > 1 || flagged.has(caller)).length;
  return {
    byDisposition,
    series,
    campaignCounts: [...campaigns.values()].sort((a, b) => b - a).slice(0, 10),
    byChannel: Object.fromEntries(channels),
    answerRate: calls.length === 0 ? null : (byDisposition.ANSWERED ?? 0) / calls.length,
    averageDurationS: talked.length === 0 ? null : talked.reduce((s, d) => s + d, 0) / talked.length,
    medianDurationS:
      talked.length === 0
        ? null
        : talked.length % 2 === 1
          ? talked[mid]
          : ((talked[mid - 1] as number) + (talked[mid] as number)) / 2,
    talkTimeS: calls.reduce((s, c) => s + c.duration, 0),
    repeatCallerShare: callsPerCaller.size === 0 ? null : repeat / callsPerCaller.size,
  };
}

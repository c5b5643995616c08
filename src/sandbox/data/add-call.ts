/**
 * A call that rings "now", added to a day's generated calls: what a demo of the live view
 * (and its test) needs, since generated calls only arrive at the pace of the seed. The
 * call goes after every call already started, so no call anyone has seen changes id;
 * only the day's later, not yet visible, calls move one position (and so one id) on.
 */
import { DISPOSITIONS, type Disposition } from '../../contract/vocabulary';
import { CALL_ID_DAY_FACTOR, type DayChunk } from './generate-day';

export interface NewCall {
  startMs: number;
  disposition: Disposition;
  /** Seconds. */
  duration: number;
  /** Indexes into CALL_FLOWS, the caller pool and RING_TOS. */
  flow: number;
  caller: number;
  ringTo: number;
}

/** The chunk with `call` inserted where its start time sorts, after calls started at the same moment. */
export function withCall(chunk: DayChunk, call: NewCall): { chunk: DayChunk; index: number } {
  if (chunk.count + 1 >= CALL_ID_DAY_FACTOR) throw new Error('This day holds as many calls as call ids allow.');
  let index = 0;
  while (index < chunk.count && (chunk.startMs[index] as number) <= call.startMs) index++;
  const insert = <A extends Float64Array | Int32Array | Uint8Array>(values: A, value: number): A => {
    const next = new (values.constructor as new (length: number) => A)(chunk.count + 1);
    next.set(values.subarray(0, index));
    next[index] = value;
    next.set(values.subarray(index), index + 1);
    return next;
  };
  return {
    index,
    chunk: {
      day: chunk.day,
      count: chunk.count + 1,
      startMs: insert(chunk.startMs, call.startMs),
      duration: insert(chunk.duration, call.duration),
      disposition: insert(chunk.disposition, DISPOSITIONS.indexOf(call.disposition)),
      flow: insert(chunk.flow, call.flow),
      caller: insert(chunk.caller, call.caller),
      ringTo: insert(chunk.ringTo, call.ringTo),
      repeat: insert(chunk.repeat, 0),
    },
  };
}

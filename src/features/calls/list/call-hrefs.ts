/**
 * The links that open each call of a page, from the address shown. The address is read
 * and written once per page, with a stand-in id where the call goes; each row's link is
 * that text with its own id. Asking the serializer for every row instead parsed and
 * wrote the whole address 25 times over at each filter change.
 */
import { serializeCallLog } from '../search-params';

/** Never a real call's id, and written as is. */
const STAND_IN = 0;

export function callHrefs(base: string): (callId: number) => string {
  const template = serializeCallLog(base, { call: STAND_IN });
  const marker = /([?&]call=)0(?=[&#]|$)/.exec(template);
  if (marker === null) return (callId) => serializeCallLog(base, { call: callId });
  const head = template.slice(0, marker.index + (marker[1] as string).length);
  const tail = template.slice(marker.index + marker[0].length);
  return (callId) => `${head}${callId}${tail}`;
}

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
  // The parameter itself, not text inside another one's value: a whole `&`-separated
  // part of the query (keys and values have their `&` escaped).
  const query = template.indexOf('?');
  const parts = query < 0 ? [] : template.slice(query + 1).split('&');
  const at = parts.indexOf(`call=${STAND_IN}`);
  if (at < 0) return (callId) => serializeCallLog(base, { call: callId });
  const head = `${template.slice(0, query + 1)}${parts.slice(0, at).map((part) => `${part}&`).join('')}call=`;
  const tail = parts.slice(at + 1).map((part) => `&${part}`).join('');
  return (callId) => `${head}${callId}${tail}`;
}

import { describe, expect, it } from 'vitest';
import { serializeCallLog } from '../search-params';
import { callHrefs } from './call-hrefs';

const BASES = [
  '/',
  '/calls',
  '/?range=7d',
  '/call-log/?range=30d&disposition=ANSWERED,VOICEMAIL&tz=America%2FDenver',
  // The drawer is open: the call's place in the address is kept, as the serializer keeps it.
  '/?range=7d&call=207920053&cols=started,caller',
  '/?call=5',
  '/?start=2026-11-27T00%3A00%3A00.000Z&end=2026-12-04T00%3A00%3A00.000Z&campaign_id=301&call_id=10&page=3',
  '/?caller_id=%2B14355551544&limit=50&charts=1',
  // A parameter the app does not know, kept as it came, whose value reads like the call's.
  '/?next=/x?call=0&range=7d',
  '/?next=call%3D0',
];

describe('callHrefs', () => {
  it('writes each call’s link exactly as the serializer would', () => {
    for (const base of BASES) {
      // The stand-in id is found, so the links come from the one written address.
      expect(serializeCallLog(base, { call: 0 }).split(/[?&]/)).toContain('call=0');
      const hrefOf = callHrefs(base);
      for (const id of [1, 10, 207920053]) {
        expect(hrefOf(id)).toBe(serializeCallLog(base, { call: id }));
      }
    }
  });
});

/**
 * Three maps in the contract are written as object shapes rather than `z.record`: each
 * must accept and refuse exactly what the record did.
 */
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { apiErrorSchema } from './api';
import { voiceAgentDataSchema } from './call';
import { statsCountsSchema } from './stats';
import { DISPOSITIONS } from './vocabulary';

const allCounts = Object.fromEntries(DISPOSITIONS.map((disposition, i) => [disposition, i]));
const { ANSWERED: _answered, ...withoutAnswered } = allCounts;

describe('a map written as an object shape', () => {
  it.each([
    ['every disposition', allCounts],
    ['one missing', withoutAnswered],
    ['an unknown one besides', { ...allCounts, LOST: 1 }],
    ['a negative count', { ...allCounts, BUSY: -1 }],
    ['a count as text', { ...allCounts, BUSY: '3' }],
    ['a list', [1, 2]],
    ['nothing', null],
  ])('counts by disposition: %s, as z.record(z.enum(DISPOSITIONS), count) judges it', (_, byDisposition) => {
    const record = z.record(z.enum(DISPOSITIONS), z.int().check(z.minimum(0)));
    const counts = { start: 'a', end: 'b', timeZone: 'UTC', bucket: 'day', total: 0, byDisposition, series: [] };
    const parsed = statsCountsSchema.safeParse(counts);
    expect(parsed.success).toBe(record.safeParse(byDisposition).success);
    if (parsed.success) expect(parsed.data.byDisposition).toEqual(byDisposition);
  });

  it.each([
    ['messages per field', { limit: ['must be 25, 50, 100 or 200'], start: [] }],
    ['no fields', {}],
    ['a message that is not a list', { limit: 'too big' }],
    ['a list', [['limit']]],
    ['text', 'limit'],
  ])('an error’s fields: %s, as z.record(z.string(), z.array(z.string())) judges it', (_, fields) => {
    const record = z.record(z.string(), z.array(z.string()));
    const error = { status: 400, code: 'bad_request', message: 'Bad', requestId: 'r', fields };
    const parsed = apiErrorSchema.safeParse({ error });
    expect(parsed.success).toBe(record.safeParse(fields).success);
    if (parsed.success) expect(parsed.data.error.fields).toEqual(fields);
  });

  it.each([
    ['answers of every kind', { service: 'Roof', rooms: 3, urgent: true, notes: null, extra: { a: [1] } }],
    ['none', {}],
    ['a list', ['Roof']],
    ['text', 'Roof'],
  ])('an agent’s additional info: %s, as z.record(z.string(), z.unknown()) judges it', (_, info) => {
    const record = z.record(z.string(), z.unknown());
    const parsed = voiceAgentDataSchema.safeParse({ additional_info: info });
    expect(parsed.success).toBe(record.safeParse(info).success);
    if (parsed.success) expect(parsed.data.additional_info).toEqual(info);
  });

  it('never lets a __proto__ key reach the parsed object’s prototype', () => {
    const info = JSON.parse('{"__proto__": {"polluted": true}, "service": "Roof"}') as unknown;
    const parsed = voiceAgentDataSchema.parse({ additional_info: info });
    expect(parsed.additional_info).toEqual({ service: 'Roof' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(parsed.additional_info)).toBe(Object.prototype);
  });
});

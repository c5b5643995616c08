import { describe, expect, it } from 'vitest';
import { callSchema } from './call';
import { callsEnvelopeSchema } from './envelope';
// The vendor's published example response, verbatim.
import example from './fixtures/example-calls-response.json' with { type: 'json' };
const exampleCall = example.data.calls[0] as (typeof example.data.calls)[number];

/** Every leaf path of a JSON value, e.g. `recording_details.expires_at`. */
function leafPaths(value: unknown, prefix = ''): string[] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => leafPaths(v, `${prefix}[${i}]`));
  return [prefix];
}
const at = (value: unknown, path: string) =>
  path.split(/\.|\[(\d+)\]/).filter(Boolean).reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], value);

describe('the call schema', () => {
  it('parses the vendor example and keeps every one of its fields with its value', () => {
    const parsed = callsEnvelopeSchema.parse(example);
    expect(parsed.data.total).toBe(42);
    const paths = leafPaths(example);
    expect(paths.length).toBeGreaterThan(90);
    for (const path of paths) expect(at(parsed, path), path).toEqual(at(example, path));
  });

  it('accepts a call whose optional sections are absent or null', () => {
    const bare = {
      call_id: 1,
      disposition: 'NO ANSWER',
      duration: 0,
      call_started: '2026-02-14T18:20:12.000Z',
      voiceagent_data: null,
      recording_details: null,
      call_detail: null,
      custom_sources: { custom_source_type_1: null },
      tags: null,
      summary: null,
      transcription: null,
    };
    expect(callSchema.parse(bare)).toEqual(bare);
  });

  it('keeps fields it does not know', () => {
    const parsed = callSchema.parse({ ...exampleCall, sentiment: 'positive', call_detail: { ...exampleCall.call_detail, queue: 'A' } });
    expect(parsed.sentiment).toBe('positive');
    expect(parsed.call_detail?.queue).toBe('A');
  });

  it.each([
    ['call_id as text', { call_id: '987654' }],
    ['a negative duration', { duration: -5 }],
    ['a duration as text', { duration: '182' }],
    ['a start time that is not a time', { call_started: 'yesterday' }],
    ['a recording expiry as text', { recording_details: { ...exampleCall.recording_details, expires_at: 'soon' } }],
    ['a recording url that is not a URL', { recording_details: { ...exampleCall.recording_details, url: 'javascript:alert(1)' } }],
    ['tags that are not a list', { tags: { tag_name: 'Lead' } }],
    ['a missing disposition', { disposition: undefined }],
  ])('refuses %s', (_, change) => {
    expect(callSchema.safeParse({ ...exampleCall, ...change }).success).toBe(false);
  });
});

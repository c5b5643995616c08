import { describe, expect, it } from 'vitest';
import type { Call } from '../../contract/call';
import { CALL_COLUMN_IDS } from '../../contract/columns';
// The table's own list: the export must offer exactly the columns the table shows.
import { csvLayout } from './csv-columns';

const call: Call = {
  call_id: 42,
  disposition: 'ANSWERED',
  duration: 3725,
  call_started: '2026-03-08T09:30:05.000Z',
  caller_id: '8015551234',
  ai_caller_identity: '=cmd|calc',
  phone_number: '+18015550000',
  ring_to: null,
  campaign_name: 'Roof, "Storm" repair',
  call_detail: { channel: null, ring_to_name: 'Front desk' },
  tags: [{ tag_id: 1, tag_name: 'Lead' }, { tag_id: 2, tag_name: ' Hot ' }],
  recording_details: null,
  indicators: [
    { indicator_id: 1, score_value: 80 },
    { indicator_id: 2, score_value: 85 },
    { indicator_id: 3, score_value: null },
  ],
};

describe('the CSV columns', () => {
  it.each(['UTC', 'America/Denver'])('gives every column its own header in %s', (zone) => {
    const { header } = csvLayout(CALL_COLUMN_IDS, zone);
    expect(new Set(header).size).toBe(header.length);
  });


  it('turn a call into cells, leaving missing values empty and defusing formulas', () => {
    const layout = csvLayout(CALL_COLUMN_IDS, 'America/Denver');
    expect(Object.fromEntries(layout.header.map((h, i) => [h, layout.row(call)[i]]))).toEqual({
      'Call ID': '42',
      'Started (ISO 8601, UTC)': '2026-03-08T09:30:05Z',
      // The morning the clocks sprang forward: already daylight time.
      'Started (America/Denver)': '2026-03-08 03:30:05',
      Caller: '+18015551234',
      'Caller name': "'=cmd|calc",
      'Tracking number': '+18015550000',
      'Ring-to': '',
      'Ring-to name': 'Front desk',
      Campaign: 'Roof, "Storm" repair',
      Group: '',
      Disposition: 'ANSWERED',
      'Duration (s)': '3725',
      'Duration (m:ss)': '62:05',
      Channel: '',
      Tags: 'Lead; Hot',
      Recording: 'no',
      Score: '83',
    });
  });

  it('ask the upstream only for the sections the chosen columns need', () => {
    expect(csvLayout(['started', 'duration'], 'UTC').include).toEqual([]);
    expect(csvLayout(['recording', 'tags', 'score'], 'UTC').include).toEqual(['recordings', 'tags']);
  });
});

/**
 * Every value of the vendor's example call is shown somewhere in the drawer, in the
 * form a reader sees it (numbers formatted, booleans in words, times in the page's zone).
 * Each leaf of the example must have an expectation below, so a field added to the
 * example fails this test until the drawer shows it.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import example from '../../../contract/fixtures/example-calls-response.json';
import { UTC_TIME_ZONE } from '../../../lib/time-zone';
import { EMPTY_CALLS, exampleCall, LEAKED_VALUE } from '../../../test/fixtures';
import { CallDetailContent } from './call-detail-content';
import { region, valuesOf } from './test-queries';
import { renderDetail } from './test-render';

interface Shown {
  /** The titled section (region) it is in. */
  section: string;
  /** The label of its row, when it has one. */
  label?: string;
  /** Text that must appear there. */
  text: string;
}

/** The example's times in UTC, to the second, as the drawer writes them. */
const AT: Record<string, string> = {
  '2026-02-14T18:20:12.000Z': 'Feb 14, 2026, 6:20:12 PM',
  '2026-03-20T14:30:00.000Z': 'Mar 20, 2026, 2:30:00 PM',
  '2026-02-14T18:23:14.000Z': 'Feb 14, 2026, 6:23:14 PM',
  '2026-02-14T18:25:00.000Z': 'Feb 14, 2026, 6:25:00 PM',
  '2026-01-10T12:00:00.000Z': 'Jan 10, 2026, 12:00:00 PM',
  '2026-02-14T18:30:00.000Z': 'Feb 14, 2026, 6:30:00 PM',
  '2026-01-01T12:00:00.000Z': 'Jan 1, 2026, 12:00:00 PM',
  '2026-02-14T18:40:00.000Z': 'Feb 14, 2026, 6:40:00 PM',
  '2026-02-14T18:42:00.000Z': 'Feb 14, 2026, 6:42:00 PM',
  '2025-12-01T00:00:00.000Z': 'Dec 1, 2025, 12:00:00 AM',
};
const at = (iso: unknown) => AT[String(iso)] ?? `(no expectation for the time ${String(iso)})`;

const overview = (label: string | undefined, text: string): Shown => ({ section: 'Overview', label, text });
const technical = (label: string, text: string): Shown => ({ section: 'Technical details', label, text });

/** Where and how each leaf of the example call is shown, by its path (list positions as `[]`). */
function expectedFor(path: string, value: unknown): Shown | undefined {
  const sourceType = /^custom_sources\.custom_source_type_(\d)\.(\w+)$/.exec(path);
  if (sourceType) {
    const label = `Source type ${sourceType[1]}`;
    const field = sourceType[2];
    const text = field === 'custom_source_id' ? `source ${value}` : field === 'custom_source_created' ? `created ${at(value)}` : String(value);
    return { section: 'Custom sources', label, text };
  }

  const table: Record<string, Shown> = {
    call_id: technical('Call id', '987654'),
    provisioned_route_id: technical('Route id', '1022'),
    org_unit_id: technical('Org unit id', '1200'),
    disposition: overview(undefined, 'Answered'),
    duration: overview('Duration', '3:02'),
    caller_id: overview('Caller number', '+1 (801) 555-1234'),
    phone_number: overview('Tracking number', '+1 (801) 555-7654'),
    ring_to: overview('Ring-to', '+1 (801) 555-0000'),
    default_ring_to: overview('Default ring-to', '+1 (801) 555-0000'),
    repeat_call: overview('Repeat caller', 'No'),
    call_started: overview('Started', at(value)),
    campaign_id: technical('Campaign id', '311'),
    campaign_name: overview('Campaign', 'Roofing Q1'),
    campaign_ext_id: technical('Campaign external id', 'EXT-001'),
    user_id: technical('User id', '1001'),
    group_name: overview('Group', 'Roofing Division'),
    ai_caller_identity: overview(undefined, 'Jane Smith'),

    'voiceagent_data.voiceagent_id': { section: 'Voice agent', label: 'Agent', text: 'agent 42' },
    'voiceagent_data.voiceagent_name': { section: 'Voice agent', label: 'Agent', text: 'Customer Support Agent' },
    'voiceagent_data.outcome': { section: 'Voice agent', label: 'Outcome', text: 'Succeeded' },
    'voiceagent_data.summary': {
      section: 'Voice agent',
      label: 'Summary',
      text: 'Customer scheduled appointment for roof inspection',
    },
    'voiceagent_data.first_name': { section: 'Voice agent', label: 'Name', text: 'John' },
    'voiceagent_data.last_name': { section: 'Voice agent', label: 'Name', text: 'Doe' },
    'voiceagent_data.phone_number': { section: 'Voice agent', label: 'Phone', text: '+1 (555) 123-4567' },
    'voiceagent_data.requested_time': { section: 'Voice agent', label: 'Requested time', text: at(value) },
    'voiceagent_data.appointment_date': { section: 'Voice agent', label: 'Date', text: 'Mar 20, 2026' },
    'voiceagent_data.appointment_time': { section: 'Voice agent', label: 'Time', text: '14:30' },
    'voiceagent_data.additional_info.service_type': {
      section: 'Voice agent',
      label: 'Service type',
      text: 'roof_inspection',
    },
    'voiceagent_data.additional_info.notes': {
      section: 'Voice agent',
      label: 'Notes',
      text: 'Prefer morning appointments',
    },

    'recording_details.recording_id': { section: 'Technical details', label: 'Recording id', text: '1000' },
    'recording_details.filename': { section: 'Technical details', label: 'File name', text: '76c1U4NX_1720457390749' },
    // The signature stays off screen (it is a credential); the address's place is shown
    // and the full address is checked separately below.
    'recording_details.url': { section: 'Technical details', label: 'Signed link', text: 'api.convirza.com/v3/recordings/987654' },
    'recording_details.expires_at': {
      section: 'Technical details',
      label: 'Signed link',
      text: 'expires Apr 6, 2026, 8:00:00 AM',
    },
    'recording_details.channel_layout': { section: 'Technical details', label: 'Channels', text: 'mono' },
    'recording_details.frequency': { section: 'Technical details', label: 'Sample rate', text: '8000 Hz' },
    'recording_details.format': { section: 'Technical details', label: 'Format', text: 'wav' },
    'recording_details.duration': { section: 'Recording', label: 'Length', text: '41:36' },
    'recording_details.bitrate': { section: 'Technical details', label: 'Bitrate', text: '128 kb/s' },
    'recording_details.size': { section: 'Technical details', label: 'Size', text: '39009kB' },

    'call_detail.bill_second': { section: 'Call details', label: 'Billed time', text: '210 seconds' },
    'call_detail.call_value': { section: 'Call details', label: 'Call value', text: '75' },
    'call_detail.dni_log_id': technical('DNI log id', '9d5f...'),
    'call_detail.is_outbound': { section: 'Call details', label: 'Direction', text: 'Inbound' },
    'call_detail.cdr_source': technical('CDR source', 'CE'),
    'call_detail.call_ended': { section: 'Call details', label: 'Ended', text: at(value) },
    'call_detail.analytic_status': { section: 'Call details', label: 'Analytic status', text: 'complete' },
    'call_detail.call_mine_status': { section: 'Call details', label: 'Mining status', text: 'mined' },
    'call_detail.call_created': { section: 'Call details', label: 'Created', text: at(value) },
    'call_detail.mined_timestamp': { section: 'Call details', label: 'Mined', text: at(value) },
    'call_detail.ring_to_name': overview('Ring-to', 'Sales Team'),
    'call_detail.channel_id': technical('Channel id', '4'),
    'call_detail.channel_category': { section: 'Call details', label: 'Channel category', text: 'Digital' },
    'call_detail.channel_sub_category': { section: 'Call details', label: 'Channel subcategory', text: 'Paid Search' },
    'call_detail.channel': { section: 'Call details', label: 'Channel', text: 'Digital > Paid Search' },

    'tags[].tag_id': technical('Tag 1: Lead', 'Tag 1'),
    'tags[].ct_user_id': technical('Tag 1: Lead', 'by user 1001'),
    'tags[].call_tag_created': { section: 'Tags', text: `Tagged ${at(value)}` },
    'tags[].tag_name': { section: 'Tags', text: 'Lead' },
    'tags[].tag_created': technical('Tag 1: Lead', `created ${at(value)}`),
    'tags[].tag_active': { section: 'Tags', text: 'Active' },

    'comments[].note_id': technical('Note 1', 'Note 123'),
    'comments[].call_id': technical('Note 1', 'on call 987654'),
    'comments[].note': { section: 'Comments', text: 'Customer asked for pricing details.' },
    'comments[].created_on': { section: 'Comments', text: at(value) },
    'comments[].updated_on': { section: 'Comments', text: `edited ${at(value)}` },
    'comments[].ct_user_id': technical('Note 1', 'by user 2001'),
    'comments[].first_name': { section: 'Comments', text: 'Alex Smith' },
    'comments[].last_name': { section: 'Comments', text: 'Alex Smith' },

    'indicators[].indicator_id': { section: 'Scores', text: 'Indicator 18 (' },
    'indicators[].score_id': { section: 'Scores', text: 'score 4567' },
    'indicators[].score_value': { section: 'Scores', text: '82 score' },
    'indicators[].indicator_name': { section: 'Scores', text: 'Conversion' },
    'indicators[].external_id': { section: 'Scores', text: 'external id conv-01' },
    'indicators[].indicator_active': { section: 'Scores', text: '(active, ' },
    'indicators[].indicator_created': { section: 'Scores', text: `created ${at(value)}` },
    'indicators[].agent': { section: 'Scores', label: 'Agent', text: 'agent@email.com' },
    'indicators[].scorecard': { section: 'Scores', label: 'Scorecard', text: 'Sales Scorecard' },
    'indicators[].outcome': { section: 'Scores', label: 'Outcome', text: 'won' },

    summary: { section: 'AI summary', text: 'Customer asked about financing.' },
    transcription: { section: 'Transcript', text: 'CallerI need a roof inspection...' },
  };
  return table[path];
}

/** Every leaf of `value` with its path, list positions written `[]`. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((item) => leaves(item, `${path}[]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => leaves(item, path === '' ? key : `${path}.${key}`));
  }
  return [[path, value]];
}

describe('CallDetailContent', () => {
  const exampleLeaves = leaves(example.data.calls[0]);

  it('has an expectation for every field of the vendor example', () => {
    const missing = exampleLeaves.filter(([path, value]) => expectedFor(path, value) === undefined).map(([path]) => path);
    expect(missing).toEqual([]);
    expect(exampleLeaves.length).toBeGreaterThan(90);
  });

  it.each(leaves(example.data.calls[0]))('shows %s', (path, value) => {
    renderDetail(<CallDetailContent call={exampleCall} timeZone={UTC_TIME_ZONE} />);
    const shown = expectedFor(path, value);
    expect(shown, `no expectation for ${path}`).toBeDefined();
    const { section, label, text } = shown!;
    const scope = region(section);
    if (label === undefined) {
      expect(scope.textContent).toContain(text);
    } else {
      const values = valuesOf(scope, label);
      expect(values.length, `a "${label}" row in ${section}`).toBeGreaterThan(0);
      expect(values.some((shownText) => shownText.includes(text)), `${label}: ${values.join(' | ')}`).toBe(true);
    }
  });

  it('keeps the recording’s full signed address within reach', () => {
    renderDetail(<CallDetailContent call={exampleCall} timeZone={UTC_TIME_ZONE} />);
    expect(within(region('Technical details')).getByTitle(exampleCall.recording_details!.url!)).toBeTruthy();
  });

  it('shows the sections in the order a manager reads them, technical details last and collapsed', () => {
    renderDetail(<CallDetailContent call={{ ...exampleCall, call_flow: { route_name: 'Main' } }} timeZone={UTC_TIME_ZONE} />);
    expect(screen.getAllByRole('region').map((section) => section.getAttribute('aria-label') ?? section.querySelector('h3, summary')?.textContent)).toEqual([
      'Overview',
      'Tags',
      'Comments',
      'AI summary',
      'Recording',
      'Transcript',
      'Conversation',
      'Voice agent',
      'Scores',
      'Call details',
      'Custom sources',
      'Call flow',
      'Technical details',
    ]);
    expect(region('Technical details').querySelector('details')?.open).toBe(false);
  });

  it.each(EMPTY_CALLS)('shows only the overview and the call id, with no stray values, for a call with %s', (_, call) => {
    const { container } = renderDetail(<CallDetailContent call={call} timeZone={UTC_TIME_ZONE} />);
    expect(screen.getAllByRole('region').map((section) => section.getAttribute('aria-label') ?? section.textContent)).toEqual([
      'Overview',
      `Technical detailsIdentifiersCall id${call.call_id}`,
    ]);
    expect(container.querySelectorAll('h3')).toHaveLength(0);
    expect(container.textContent).not.toMatch(LEAKED_VALUE);
  });

  it('shows only the overview and a loading placeholder while only the list’s row is known', () => {
    renderDetail(<CallDetailContent call={exampleCall} timeZone={UTC_TIME_ZONE} partial />);
    expect(screen.getAllByRole('region').map((section) => section.getAttribute('aria-label'))).toEqual(['Overview']);
    expect(screen.getByRole('status').textContent).toBe('Loading the rest of the call…');
  });
});

import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Call } from '../../../contract/call';
import { CALL_COLUMN_IDS, CALL_COLUMNS } from '../../../contract/columns';
import { DISPOSITIONS } from '../../../contract/vocabulary';
import { formatDateTime, MISSING } from '../../../lib/format';
import { readerTimeZone, UTC_TIME_ZONE, type TimeZone } from '../../../lib/time-zone';
import { bareCall, exampleCall, nullCall, variantOf } from '../../../test/fixtures';
import { callScore } from '../call-score';
import { WiredCallsTable } from './test-table';

function renderCalls(calls: Call[], timeZone: TimeZone = UTC_TIME_ZONE) {
  return render(
    <WiredCallsTable
      calls={calls}
      visibleColumns={CALL_COLUMN_IDS}
      timeZone={timeZone}
      stale={false}
      openCallId={null}
      onOpenCall={() => {}}
      callHref={(id) => `/calls?call=${id}`}
      caption="Calls"
    />,
  );
}

/** The body rows, in order. */
function bodyRows(): HTMLElement[] {
  return within(screen.getByRole('table')).getAllByRole('row').slice(1);
}

/** The cell of `row` under the column headed `label`. */
function cellUnder(row: HTMLElement, label: string): HTMLElement {
  const labels = screen.getAllByRole('columnheader').map((header) => header.textContent);
  const index = labels.indexOf(label);
  expect(index, `column "${label}"`).toBeGreaterThanOrEqual(0);
  return within(row).getAllByRole('cell')[index]!;
}

describe('call columns', () => {
  it('shows every column of the vendor example call', () => {
    renderCalls([exampleCall]);
    const [row] = bodyRows();

    const started = cellUnder(row!, 'Started');
    expect(started.textContent).toBe('Feb 14, 2026, 6:20 PM');
    expect(started.querySelector('time')?.getAttribute('datetime')).toBe('2026-02-14T18:20:12.000Z');

    const caller = cellUnder(row!, 'Caller');
    expect(within(caller).getByText('+1 (801) 555-1234')).toBeTruthy();
    expect(within(caller).getByText('Jane Smith')).toBeTruthy();

    expect(cellUnder(row!, 'Tracking number').textContent).toBe('+1 (801) 555-7654');

    const ringTo = cellUnder(row!, 'Ring-to');
    expect(within(ringTo).getByText('Sales Team', { exact: false })).toBeTruthy();
    expect(within(ringTo).getByText('+1 (801) 555-0000')).toBeTruthy();

    expect(cellUnder(row!, 'Campaign').textContent).toBe('Roofing Q1');
    expect(cellUnder(row!, 'Group').textContent).toBe('Roofing Division');
    expect(cellUnder(row!, 'Disposition').textContent).toBe('Answered');

    const duration = cellUnder(row!, 'Duration');
    expect(duration.textContent).toBe('3:02');
    expect(duration.querySelector('time')?.getAttribute('datetime')).toBe('PT3M2S');

    expect(cellUnder(row!, 'Channel').textContent).toBe('Digital > Paid Search');
    expect(cellUnder(row!, 'Tags').textContent).toBe('Lead');
    expect(cellUnder(row!, 'Recording').textContent).toBe('Recording');
    expect(cellUnder(row!, 'Score').textContent).toBe('82');
    expect(cellUnder(row!, 'Score').querySelector('[title]')?.getAttribute('title')).toBe('Conversion: 82');
  });

  it('shows the start time in the viewer’s zone when asked for local time', () => {
    renderCalls([exampleCall], readerTimeZone());
    const [row] = bodyRows();
    expect(cellUnder(row!, 'Started').textContent).toBe(formatDateTime(exampleCall.call_started));
  });

  it.each([
    ['every optional section absent', bareCall],
    ['every optional field null or blank', nullCall],
  ])('shows a dash for each missing value with %s, never "undefined" or "null"', (_, call) => {
    renderCalls([call]);
    const [row] = bodyRows();

    for (const label of ['Caller', 'Tracking number', 'Ring-to', 'Campaign', 'Group', 'Channel', 'Tags', 'Score']) {
      expect(cellUnder(row!, label).textContent, label).toBe(MISSING);
    }
    // The dash is what sighted readers see; screen readers are told in words.
    expect(cellUnder(row!, 'Recording').textContent).toBe(`${MISSING}No recording`);
    expect(cellUnder(row!, 'Started').textContent).not.toBe(MISSING);
    expect(row!.textContent).not.toMatch(/undefined|null|NaN/i);
  });

  it('shows the ring-to number alone when the destination has no name, and the name alone without a number', () => {
    renderCalls([
      variantOf({ call_detail: { ring_to_name: null } }),
      variantOf({ call_id: 2, ring_to: null }),
    ]);
    const [numberOnly, nameOnly] = bodyRows();
    expect(cellUnder(numberOnly!, 'Ring-to').textContent).toBe('+1 (801) 555-0000');
    expect(cellUnder(nameOnly!, 'Ring-to').textContent).toBe('Sales Team');
  });

  it('shows two tags as chips and sums up the rest as +N, naming all of them for every reader', () => {
    const names = ['Lead', 'Quote', 'Follow-up', 'Spanish'];
    renderCalls([
      variantOf({ tags: names.map((tag_name, index) => ({ tag_id: index + 1, tag_name })) }),
    ]);
    const tags = cellUnder(bodyRows()[0]!, 'Tags');

    expect(within(tags).getByText('Lead')).toBeTruthy();
    expect(within(tags).getByText('Quote')).toBeTruthy();
    expect(within(tags).queryByText('Follow-up')).toBeNull();
    const more = within(tags).getByText('+2');
    expect(more.getAttribute('aria-hidden')).toBe('true');
    expect(tags.textContent).toContain('and 2 more: Follow-up, Spanish');
    expect(tags.querySelector('[title]')?.getAttribute('title')).toBe('Lead, Quote, Follow-up, Spanish');
  });

  it('scores a call with the rounded mean of its scored indicators and lists them in the title', () => {
    const call = variantOf({
      indicators: [
        { indicator_id: 1, indicator_name: 'Conversion', score_value: 82 },
        { indicator_id: 2, indicator_name: 'Politeness', score_value: 71 },
        { indicator_id: 3, indicator_name: 'Not scored', score_value: null },
      ],
    });
    renderCalls([call]);
    const score = cellUnder(bodyRows()[0]!, 'Score');
    expect(score.textContent).toBe('77'); // (82 + 71) / 2 = 76.5
    expect(score.querySelector('[title]')?.getAttribute('title')).toBe('Conversion: 82, Politeness: 71');
  });

  it('names an indicator without a name by its id in the score title', () => {
    expect(callScore([{ indicator_id: 18, score_value: 40 }])).toEqual({ mean: 40, parts: ['Indicator 18: 40'] });
    expect(callScore([])).toBeNull();
    expect(callScore(undefined)).toBeNull();
  });

  it('labels every disposition in words and gives each its own colour key', () => {
    renderCalls(DISPOSITIONS.map((disposition, index) => variantOf({ call_id: index + 1, disposition })));
    const badges = bodyRows().map((row) => cellUnder(row, 'Disposition').firstElementChild!);

    expect(badges.map((badge) => badge.textContent)).toEqual([
      'Answered',
      'No answer',
      'Busy',
      'Failed',
      'Voicemail',
      'Abandoned',
      'Transferred',
    ]);
    const keys = badges.map((badge) => badge.getAttribute('data-disposition'));
    expect(new Set(keys).size).toBe(DISPOSITIONS.length);
  });

  it('shows a disposition the upstream adds later in words rather than failing', () => {
    renderCalls([variantOf({ disposition: 'CALLBACK_REQUESTED' })]);
    expect(cellUnder(bodyRows()[0]!, 'Disposition').textContent).toBe('Callback requested');
  });

  it('has one column definition per column id, in display order', () => {
    renderCalls([exampleCall]);
    expect(screen.getAllByRole('columnheader').map((header) => header.textContent)).toEqual(
      CALL_COLUMNS.map((column) => column.label),
    );
  });
});

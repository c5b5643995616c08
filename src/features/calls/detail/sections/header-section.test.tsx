import { cleanup, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UTC_TIME_ZONE } from '../../../../lib/time-zone';
import { bareCall, exampleCall, nullSectionsCall } from '../../../../test/fixtures';
import { namedZone } from '../../../../test/time-zones';
import { HeaderSection } from './header-section';

/** The text of the value labelled `label` in the overview. */
function field(label: string): string | null {
  const overview = screen.getByRole('region', { name: 'Overview' });
  const term = within(overview).queryAllByText(label, { selector: 'dt' })[0];
  return term?.nextElementSibling?.textContent ?? null;
}

describe('HeaderSection', () => {
  it('shows how it ended, when, who called and from where, by name, in reading order', () => {
    render(<HeaderSection call={exampleCall} timeZone={UTC_TIME_ZONE} />);
    const overview = screen.getByRole('region', { name: 'Overview' });
    expect(within(overview).getByText('Jane Smith')).toBeTruthy();
    const badge = within(overview).getByText('Answered');
    expect(badge.getAttribute('data-disposition')).toBe('answered');

    expect(field('Started')).toBe('Feb 14, 2026, 6:20:12 PM');
    expect(field('Duration')).toBe('3:02');
    expect(field('Caller number')).toBe('+1 (801) 555-1234');
    expect(field('Tracking number')).toBe('+1 (801) 555-7654');
    expect(field('Ring-to')).toBe('Sales Team (+1 (801) 555-0000)');
    expect(field('Default ring-to')).toBe('+1 (801) 555-0000');
    expect(field('Campaign')).toBe('Roofing Q1');
    expect(field('Group')).toBe('Roofing Division');
    expect(field('Repeat caller')).toBe('No');
    // Ids are for the technical details.
    for (const label of ['Route id', 'User id', 'Call id']) expect(field(label), label).toBeNull();
    const labels = Array.from(overview.querySelectorAll('dt')).map((term) => term.textContent);
    expect(labels.slice(0, 4)).toEqual(['Started', 'Duration', 'Caller number', 'Campaign']);
  });

  it('shows times in the zone the page is set to', () => {
    render(<HeaderSection call={exampleCall} timeZone={namedZone('America/Denver')} />);
    expect(field('Started')).toBe('Feb 14, 2026, 11:20:12 AM');
  });

  it.each([
    ['left out', bareCall],
    ['null', nullSectionsCall],
  ])('shows only what is known when the optional fields are %s', (_, call) => {
    const { container } = render(<HeaderSection call={call} timeZone={UTC_TIME_ZONE} />);
    expect(field('Started')).not.toBeNull();
    expect(field('Duration')).not.toBeNull();
    for (const label of ['Caller number', 'Tracking number', 'Ring-to', 'Campaign', 'Group', 'Repeat caller']) {
      expect(field(label), label).toBeNull();
    }
    expect(container.textContent).not.toMatch(/\b(undefined|null|NaN)\b/);
  });

  it('names a campaign and a group by their ids when they have no name', () => {
    render(
      <HeaderSection call={{ ...exampleCall, campaign_name: null, campaign_ext_id: null, campaign_id: 311 }} timeZone={UTC_TIME_ZONE} />,
    );
    expect(field('Campaign')).toBe('Campaign 311');
    cleanup();
    render(<HeaderSection call={{ ...exampleCall, group_name: null }} timeZone={UTC_TIME_ZONE} />);
    expect(field('Group')).toBe('Org unit 1200');
  });
});

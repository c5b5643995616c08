import { render, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UTC_TIME_ZONE } from '../../../../lib/time-zone';
import { EMPTY_CALLS, exampleCall } from '../../../../test/fixtures';
import { region } from '../test-queries';
import { TagsSection } from './tags-section';

describe('TagsSection', () => {
  it('shows each tag with when it was added and whether it is active, leaving who and the ids to the technical details', () => {
    render(<TagsSection tags={exampleCall.tags} timeZone={UTC_TIME_ZONE} />);
    const items = within(region('Tags')).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    const tag = items[0]!;
    expect(within(tag).getByText('Lead')).toBeTruthy();
    expect(within(tag).getByText('Active')).toBeTruthy();
    expect(tag.textContent).toBe('LeadActiveTagged Feb 14, 2026, 6:30:00 PM');
  });

  it('says when a tag is no longer active, and leaves out what is unknown', () => {
    render(<TagsSection tags={[{ tag_id: 7, tag_name: 'Spam', tag_active: false }]} timeZone={UTC_TIME_ZONE} />);
    const tag = within(region('Tags')).getByRole('listitem');
    expect(tag.textContent).toBe('SpamInactive');
  });

  it.each(EMPTY_CALLS)('renders nothing with %s', (_, call) => {
    const { container } = render(<TagsSection tags={call.tags} timeZone={UTC_TIME_ZONE} />);
    expect(container.innerHTML).toBe('');
  });
});

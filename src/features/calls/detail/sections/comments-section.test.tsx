import { render, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UTC_TIME_ZONE } from '../../../../lib/time-zone';
import { EMPTY_CALLS, exampleCall } from '../../../../test/fixtures';
import { region } from '../test-queries';
import { CommentsSection, wasEdited } from './comments-section';

describe('CommentsSection', () => {
  it('shows the author, when, the note, and that it was edited and when', () => {
    render(<CommentsSection comments={exampleCall.comments} timeZone={UTC_TIME_ZONE} />);
    const comment = within(region('Comments')).getByRole('listitem');
    expect(within(comment).getByText('Alex Smith')).toBeTruthy();
    expect(within(comment).getByText('Customer asked for pricing details.')).toBeTruthy();
    expect(comment.textContent).toContain('Alex Smith · Feb 14, 2026, 6:40:00 PM');
    expect(comment.textContent).toContain('edited Feb 14, 2026, 6:42:00 PM');
    // Ids are for the technical details.
    expect(comment.textContent).not.toContain('user 2001');
    expect(comment.textContent).not.toContain('Note 123');
  });

  it('names the author by user id when there is no name, and does not say edited for an unchanged note', () => {
    render(
      <CommentsSection
        comments={[
          {
            note_id: 5,
            note: 'Called back.',
            ct_user_id: 77,
            created_on: '2026-02-14T18:40:00.000Z',
            updated_on: '2026-02-14T18:40:00.000Z',
          },
        ]}
        timeZone={UTC_TIME_ZONE}
      />,
    );
    const comment = within(region('Comments')).getByRole('listitem');
    expect(within(comment).getByText('User 77')).toBeTruthy();
    expect(comment.textContent).not.toContain('edited');
  });

  it('treats only a later update as an edit', () => {
    const base = { note_id: 1, note: 'x', created_on: '2026-02-14T18:40:00.000Z' };
    expect(wasEdited({ ...base, updated_on: '2026-02-14T18:40:01.000Z' })).toBe(true);
    expect(wasEdited({ ...base, updated_on: '2026-02-14T18:40:00.000Z' })).toBe(false);
    expect(wasEdited({ ...base, updated_on: '2026-02-14T18:39:00.000Z' })).toBe(false);
    expect(wasEdited({ ...base, updated_on: null })).toBe(false);
  });

  it.each(EMPTY_CALLS)('renders nothing with %s', (_, call) => {
    const { container } = render(<CommentsSection comments={call.comments} timeZone={UTC_TIME_ZONE} />);
    expect(container.innerHTML).toBe('');
  });
});

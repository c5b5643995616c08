import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UTC_TIME_ZONE } from '../../../../lib/time-zone';
import { EMPTY_CALLS, exampleCall } from '../../../../test/fixtures';
import { region, valueIn } from '../test-queries';
import { withoutSignature } from './recording-file-fields';
import { TechnicalDetailsSection } from './technical-details-section';

const value = (label: string) => valueIn('Technical details', label);

describe('TechnicalDetailsSection', () => {
  it('starts collapsed, and opens from its summary', () => {
    render(<TechnicalDetailsSection call={exampleCall} timeZone={UTC_TIME_ZONE} />);
    const section = region('Technical details');
    const details = section.querySelector('details')!;
    expect(details.open).toBe(false);
    fireEvent.click(within(section).getByText('Technical details'));
    expect(details.open).toBe(true);
  });

  it('holds the call’s identifiers', () => {
    render(<TechnicalDetailsSection call={exampleCall} timeZone={UTC_TIME_ZONE} />);
    expect(value('Call id')).toBe('987654');
    expect(value('Route id')).toBe('1022');
    expect(value('User id')).toBe('1001');
    expect(value('Org unit id')).toBe('1200');
    expect(value('Campaign id')).toBe('311');
    expect(value('Campaign external id')).toBe('EXT-001');
    expect(value('Channel id')).toBe('4');
    expect(value('DNI log id')).toBe('9d5f...');
    expect(value('CDR source')).toBe('CE');
  });

  it('says who tagged the call and when, with the tags’ and notes’ ids', () => {
    render(<TechnicalDetailsSection call={exampleCall} timeZone={UTC_TIME_ZONE} />);
    expect(value('Tag 1: Lead')).toBe('Tag 1, created Jan 1, 2026, 12:00:00 PM; tagged Feb 14, 2026, 6:30:00 PM by user 1001');
    expect(value('Note 1')).toBe('Note 123 on call 987654 by user 2001');
  });

  it('holds the recording file’s format and its signed link, signature kept off the screen but within reach', () => {
    render(<TechnicalDetailsSection call={exampleCall} timeZone={UTC_TIME_ZONE} />);
    expect(value('Format')).toBe('wav');
    expect(value('Size')).toBe('39009kB');
    expect(value('Sample rate')).toBe('8000 Hz');
    expect(value('Bitrate')).toBe('128 kb/s');
    expect(value('Channels')).toBe('mono');
    expect(value('File name')).toBe('76c1U4NX_1720457390749');
    expect(value('Recording id')).toBe('1000');
    expect(value('Signed link')).toBe('api.convirza.com/v3/recordings/987654?… (expires Apr 6, 2026, 8:00:00 AM)');
    const section = region('Technical details');
    expect(section.textContent).not.toContain('secret=');
    expect(within(section).getByTitle(exampleCall.recording_details!.url!)).toBeTruthy();
    expect(withoutSignature('https://cdn.example/a/b.mp3')).toBe('cdn.example/a/b.mp3');
  });

  it.each(EMPTY_CALLS)('holds only the call id with %s', (_, call) => {
    render(<TechnicalDetailsSection call={call} timeZone={UTC_TIME_ZONE} />);
    const section = screen.getByRole('region', { name: 'Technical details' });
    expect(Array.from(section.querySelectorAll('dt')).map((term) => term.textContent)).toEqual(['Call id']);
    expect(section.textContent).not.toMatch(/\b(undefined|null|NaN)\b/);
  });
});

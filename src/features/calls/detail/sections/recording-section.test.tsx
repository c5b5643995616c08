import { render, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UTC_TIME_ZONE } from '../../../../lib/time-zone';
import { EMPTY_CALLS, exampleCall } from '../../../../test/fixtures';
import { region, valueIn } from '../test-queries';
import { renderDetail } from '../test-render';
import { RecordingSection, withoutSignature } from './recording-section';

const recording = exampleCall.recording_details!;

describe('RecordingSection', () => {
  it('shows the player and the file’s details', () => {
    renderDetail(<RecordingSection callId={987654} recording={recording} timeZone={UTC_TIME_ZONE} />);
    const section = region('Recording');
    expect(within(section).getByRole('group', { name: 'Recording player' })).toBeTruthy();
    const value = (label: string) => valueIn('Recording', label);
    expect(value('Length')).toBe('41:36');
    expect(value('Format')).toBe('wav');
    expect(value('Size')).toBe('39009kB');
    expect(value('Sample rate')).toBe('8000 Hz');
    expect(value('Bitrate')).toBe('128 kb/s');
    expect(value('Channels')).toBe('mono');
    expect(value('File name')).toBe('76c1U4NX_1720457390749');
    expect(value('Recording id')).toBe('1000');
    expect(value('Signed link')).toBe('api.convirza.com/v3/recordings/987654?… (expires Apr 6, 2026, 8:00:00 AM)');
  });

  it('keeps the link’s signature off the screen but within reach', () => {
    renderDetail(<RecordingSection callId={987654} recording={recording} timeZone={UTC_TIME_ZONE} />);
    const section = region('Recording');
    expect(section.textContent).not.toContain('secret=');
    expect(within(section).getByTitle(recording.url!)).toBeTruthy();
    expect(withoutSignature('https://cdn.example/a/b.mp3')).toBe('cdn.example/a/b.mp3');
  });

  it('shows the details without a player when there is no address to play', () => {
    render(<RecordingSection callId={987654} recording={{ ...recording, url: null }} timeZone={UTC_TIME_ZONE} />);
    expect(valueIn('Recording', 'Recording id')).toBe('1000');
    expect(valueIn('Recording', 'Signed link')).toBeUndefined();
    expect(within(region('Recording')).queryByRole('group', { name: 'Recording player' })).toBeNull();
  });

  it.each(EMPTY_CALLS)('renders nothing with %s', (_, call) => {
    const { container } = render(
      <RecordingSection callId={call.call_id} recording={call.recording_details} timeZone={UTC_TIME_ZONE} />,
    );
    expect(container.innerHTML).toBe('');
  });
});

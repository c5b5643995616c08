import { render, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EMPTY_CALLS, exampleCall } from '../../../../test/fixtures';
import { region, valueIn } from '../test-queries';
import { renderDetail } from '../test-render';
import { RecordingSection } from './recording-section';

const recording = exampleCall.recording_details!;

describe('RecordingSection', () => {
  it('shows the player and the length, leaving the file’s details to the technical details', () => {
    renderDetail(<RecordingSection callId={987654} recording={recording} />);
    const section = region('Recording');
    expect(within(section).getByRole('group', { name: 'Recording player' })).toBeTruthy();
    expect(valueIn('Recording', 'Length')).toBe('41:36');
    for (const label of ['Format', 'Sample rate', 'Bitrate', 'Recording id', 'Signed link']) {
      expect(valueIn('Recording', label), label).toBeUndefined();
    }
    expect(section.textContent).not.toContain('api.convirza.com');
  });

  it('shows the length without a player when there is no address to play', () => {
    render(<RecordingSection callId={987654} recording={{ ...recording, url: null }} />);
    expect(valueIn('Recording', 'Length')).toBe('41:36');
    expect(within(region('Recording')).queryByRole('group', { name: 'Recording player' })).toBeNull();
  });

  it.each(EMPTY_CALLS)('renders nothing with %s', (_, call) => {
    const { container } = render(
      <RecordingSection callId={call.call_id} recording={call.recording_details} />,
    );
    expect(container.innerHTML).toBe('');
  });
});

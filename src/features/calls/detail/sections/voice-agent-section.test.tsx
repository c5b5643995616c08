import { render, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UTC_TIME_ZONE } from '../../../../lib/time-zone';
import { EMPTY_CALLS, exampleCall } from '../../../../test/fixtures';
import { region, valuesOf } from '../test-queries';
import { VoiceAgentSection } from './voice-agent-section';

/** The value labelled `label` under the sub-heading `group` (or the section's top list). */
function value(label: string, group?: string): string | undefined {
  const section = region('Voice agent');
  const scope = group === undefined ? section : within(section).getByRole('heading', { name: group }).parentElement!;
  return valuesOf(scope, label)[0];
}

describe('VoiceAgentSection', () => {
  it('shows the agent, its outcome in words, the contact, the appointment and what it collected', () => {
    render(<VoiceAgentSection data={exampleCall.voiceagent_data} timeZone={UTC_TIME_ZONE} />);
    expect(value('Agent')).toBe('Customer Support Agent (agent 42)');
    expect(value('Outcome')).toBe('Succeeded');
    expect(value('Summary')).toBe('Customer scheduled appointment for roof inspection');
    expect(value('Name', 'Contact')).toBe('John Doe');
    expect(value('Phone', 'Contact')).toBe('+1 (555) 123-4567');
    expect(value('Requested time', 'Requested appointment')).toBe('Mar 20, 2026, 2:30:00 PM');
    expect(value('Date', 'Requested appointment')).toBe('Mar 20, 2026');
    expect(value('Time', 'Requested appointment')).toBe('14:30');
    expect(value('Service type', 'Additional information')).toBe('roof_inspection');
    expect(value('Notes', 'Additional information')).toBe('Prefer morning appointments');
  });

  it('says when the agent did not reach its goal', () => {
    render(<VoiceAgentSection data={{ voiceagent_name: 'Booking bot', outcome: false }} timeZone={UTC_TIME_ZONE} />);
    expect(value('Outcome')).toBe('Not achieved');
    expect(region('Voice agent').querySelectorAll('h4')).toHaveLength(0);
  });

  it('shows nested or non-text answers readably', () => {
    render(
      <VoiceAgentSection
        data={{ additional_info: { callback_requested: true, rooms: 3, address: { city: 'Provo' }, empty: '' } }}
        timeZone={UTC_TIME_ZONE}
      />,
    );
    expect(value('Callback requested', 'Additional information')).toBe('Yes');
    expect(value('Rooms', 'Additional information')).toBe('3');
    expect(value('Address', 'Additional information')).toBe('CityProvo');
    expect(value('Empty', 'Additional information')).toBeUndefined();
  });

  it.each(EMPTY_CALLS)('renders nothing with %s', (_, call) => {
    const { container } = render(<VoiceAgentSection data={call.voiceagent_data} timeZone={UTC_TIME_ZONE} />);
    expect(container.innerHTML).toBe('');
  });
});

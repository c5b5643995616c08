import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UTC_TIME_ZONE } from '../../../../lib/time-zone';
import { EMPTY_CALLS, exampleCall } from '../../../../test/fixtures';
import { valueIn } from '../test-queries';
import { CallDetailsSection } from './call-details-section';

describe('CallDetailsSection', () => {
  it('shows billing, value, channel, direction, statuses and timeline of the example', () => {
    render(<CallDetailsSection detail={exampleCall.call_detail} timeZone={UTC_TIME_ZONE} />);
    const value = (label: string) => valueIn('Call details', label);
    expect(value('Direction')).toBe('Inbound');
    expect(value('Billed time')).toBe('210 seconds');
    expect(value('Call value')).toBe('75');
    expect(value('Channel')).toBe('Digital > Paid Search');
    expect(value('Channel category')).toBe('Digital');
    expect(value('Channel subcategory')).toBe('Paid Search');
    expect(value('Analytic status')).toBe('complete');
    expect(value('Mining status')).toBe('mined');
    expect(value('Created')).toBe('Feb 14, 2026, 6:20:12 PM');
    expect(value('Ended')).toBe('Feb 14, 2026, 6:23:14 PM');
    expect(value('Mined')).toBe('Feb 14, 2026, 6:25:00 PM');
    // Its ids are for the technical details.
    expect(value('Channel id')).toBeUndefined();
    expect(value('DNI log id')).toBeUndefined();
  });

  it('says Outbound for an outbound call', () => {
    render(<CallDetailsSection detail={{ is_outbound: true }} timeZone={UTC_TIME_ZONE} />);
    expect(valueIn('Call details', 'Direction')).toBe('Outbound');
  });

  it.each(EMPTY_CALLS)('renders nothing with %s', (_, call) => {
    const { container } = render(<CallDetailsSection detail={call.call_detail} timeZone={UTC_TIME_ZONE} />);
    expect(container.innerHTML).toBe('');
  });
});

import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UTC_TIME_ZONE } from '../../../../lib/time-zone';
import { EMPTY_CALLS, exampleCall } from '../../../../test/fixtures';
import { valueIn } from '../test-queries';
import { CustomSourcesSection } from './custom-sources-section';

describe('CustomSourcesSection', () => {
  it('shows each of the five source types with name, id and creation time', () => {
    render(<CustomSourcesSection sources={exampleCall.custom_sources} timeZone={UTC_TIME_ZONE} />);
    for (const type of [1, 2, 3, 4, 5]) {
      expect(valueIn('Custom sources', `Source type ${type}`)).toBe(
        'Google Ads (source 445, created Jan 10, 2026, 12:00:00 PM)',
      );
    }
  });

  it('shows only the types that are set, and a source without a name by its id', () => {
    render(
      <CustomSourcesSection
        sources={{ custom_source_type_2: { custom_source_id: 9 }, custom_source_type_4: null }}
        timeZone={UTC_TIME_ZONE}
      />,
    );
    expect(valueIn('Custom sources', 'Source type 2')).toBe('Source 9');
    expect(valueIn('Custom sources', 'Source type 1')).toBeUndefined();
    expect(valueIn('Custom sources', 'Source type 4')).toBeUndefined();
  });

  it.each(EMPTY_CALLS)('renders nothing with %s', (_, call) => {
    const { container } = render(<CustomSourcesSection sources={call.custom_sources} timeZone={UTC_TIME_ZONE} />);
    expect(container.innerHTML).toBe('');
  });
});

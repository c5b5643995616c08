import { render, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UTC_TIME_ZONE } from '../../../../lib/time-zone';
import { EMPTY_CALLS, exampleCall } from '../../../../test/fixtures';
import { region, valuesOf } from '../test-queries';
import { IndicatorsSection } from './indicators-section';

describe('IndicatorsSection', () => {
  it('shows each indicator with its score, outcome, scorecard, agent and identifiers', () => {
    render(<IndicatorsSection indicators={exampleCall.indicators} timeZone={UTC_TIME_ZONE} />);
    const card = within(region('Scores')).getByRole('listitem');
    expect(within(card).getByRole('heading', { name: 'Conversion' })).toBeTruthy();
    expect(within(card).getByText('82')).toBeTruthy();
    const value = (label: string) => valuesOf(card, label)[0];
    expect(value('Outcome')).toBe('won');
    expect(value('Scorecard')).toBe('Sales Scorecard');
    expect(value('Agent')).toBe('agent@email.com');
    // The reference details, in one quieter line.
    expect(within(card).getByText(/^Indicator 18/).textContent).toBe(
      'Indicator 18 (active, created Dec 1, 2025, 12:00:00 AM) · external id conv-01 · score 4567',
    );
    // One indicator: its score is the call's score, no separate mean.
    expect(region('Scores').textContent).not.toContain('Overall');
  });

  it('leads with the mean of several scores and marks an unscored indicator', () => {
    render(
      <IndicatorsSection
        indicators={[
          { indicator_id: 1, indicator_name: 'Greeting', score_value: 90 },
          { indicator_id: 2, indicator_name: 'Close', score_value: 71 },
          { indicator_id: 3, score_value: null },
        ]}
        timeZone={UTC_TIME_ZONE}
      />,
    );
    const section = region('Scores');
    expect(section.textContent).toContain('Overall score 81 (mean of 2 indicators)');
    const unscored = within(section).getAllByRole('listitem')[2]!;
    expect(within(unscored).getByRole('heading', { name: 'Indicator 3' })).toBeTruthy();
    expect(within(unscored).getByText('Not scored')).toBeTruthy();
    // Nothing known beyond the id: no empty parentheses or separators.
    expect(within(unscored).getByText(/^Indicator 3$/, { selector: 'p' })).toBeTruthy();
  });

  it.each(EMPTY_CALLS)('renders nothing with %s', (_, call) => {
    const { container } = render(<IndicatorsSection indicators={call.indicators} timeZone={UTC_TIME_ZONE} />);
    expect(container.innerHTML).toBe('');
  });
});

import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EMPTY_CALLS, exampleCall } from '../../../../test/fixtures';
import { region } from '../test-queries';
import { AiSummarySection } from './ai-summary-section';

describe('AiSummarySection', () => {
  it('shows the summary under its title', () => {
    render(<AiSummarySection summary={exampleCall.summary} />);
    expect(region('AI summary').textContent).toBe('AI summaryCustomer asked about financing.');
  });

  it.each(EMPTY_CALLS)('renders nothing with %s', (_, call) => {
    const { container } = render(<AiSummarySection summary={call.summary} />);
    expect(container.innerHTML).toBe('');
  });
});

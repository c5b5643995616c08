import { render, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EMPTY_CALLS } from '../../../../test/fixtures';
import { region, valuesOf } from '../test-queries';
import { CallFlowSection } from './call-flow-section';

/** The shape the sandbox sends; the vendor does not publish one. */
const flow = {
  provisioned_route_id: 1022,
  route_name: 'Main line',
  record_call: true,
  voice_agent_id: null,
  steps: [
    { step: 1, action: 'greeting', message: 'Thanks for calling.' },
    { step: 2, action: 'ivr', options: [{ key: '1', label: 'New service' }] },
  ],
};

describe('CallFlowSection', () => {
  it('shows the flow as labelled, nested lists in words', () => {
    render(<CallFlowSection flow={flow} />);
    const section = region('Call flow');
    expect(valuesOf(section, 'Route name')).toEqual(['Main line']);
    expect(valuesOf(section, 'Record call')).toEqual(['Yes']);
    expect(valuesOf(section, 'Voice agent id')).toEqual(['—']);
    expect(valuesOf(section, 'Action')).toEqual(['greeting', 'ivr']);
    expect(valuesOf(section, 'Label')).toEqual(['New service']);
    expect(within(section).getAllByRole('list').length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['a list', ['ring', 'voicemail'], 'ringvoicemail'],
    ['text', 'IVR then ring group', 'IVR then ring group'],
    ['a number', 42, '42'],
  ])('shows a flow that is %s', (_, value, text) => {
    render(<CallFlowSection flow={value} />);
    expect(region('Call flow').textContent).toBe(`Call flow${text}`);
  });

  it.each(EMPTY_CALLS)('renders nothing with %s', (_, call) => {
    const { container } = render(<CallFlowSection flow={call.call_flow} />);
    expect(container.innerHTML).toBe('');
  });
});

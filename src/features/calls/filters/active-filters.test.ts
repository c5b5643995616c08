/** What the chips say, and what removing them clears. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '../search-params';
import { activeFilters, clearAllFilters, clearFilter } from './active-filters';

describe('activeFilters', () => {
  it('has no chip for the default view, nor for the date range, which the toolbar always shows', () => {
    expect(activeFilters(DEFAULT_STATE)).toEqual([]);
  });

  it('names each filter in force, dispositions in the vocabulary order whatever the address order', () => {
    const chips = activeFilters({
      ...DEFAULT_STATE,
      disposition: ['VOICEMAIL', 'ANSWERED'],
      campaign_id: 311,
      call_id: 42,
      caller_id: '18015551234',
    });
    expect(chips.map((chip) => `${chip.label}: ${chip.value}`)).toEqual([
      'Disposition: Answered, Voicemail',
      'Campaign: 311',
      'Call id: 42',
      'Caller number: +1 (801) 555-1234',
    ]);
  });

  it('shows the name the loaded calls gave an id, beside the id', () => {
    const chips = activeFilters(
      { ...DEFAULT_STATE, campaign_id: 311, org_unit_id: 7 },
      { campaign_id: [{ id: 311, label: 'Spring promo' }], org_unit_id: [{ id: 8, label: 'Another unit' }] },
    );
    expect(chips.map((chip) => chip.value)).toEqual(['7', 'Spring promo (311)']);
  });

  it('clears one filter, or every chip filter but not the date range', () => {
    expect(clearFilter('ring_to')).toEqual({ ring_to: null });
    const all = clearAllFilters();
    expect(Object.keys(all).sort()).toEqual(
      ['disposition', 'org_unit_id', 'campaign_id', 'provisioned_route_id', 'call_id', 'caller_id', 'phone_number', 'ring_to'].sort(),
    );
    expect(Object.values(all).every((value) => value === null)).toBe(true);
  });
});

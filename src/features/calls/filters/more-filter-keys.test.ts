import { describe, expect, it } from 'vitest';
import { MORE_FILTER_FIELDS } from './filter-fields';
import { MORE_FILTER_KEYS } from '../search-params';
import { activeMoreFilters } from './more-filter-keys';

const NONE = Object.fromEntries(MORE_FILTER_KEYS.map((key) => [key, null])) as Parameters<typeof activeMoreFilters>[0];

describe('the filters behind "More filters"', () => {
  it('are the fields the panel shows, in its order', () => {
    expect(MORE_FILTER_FIELDS.map((field) => field.key)).toEqual(MORE_FILTER_KEYS);
  });

  it('are counted when set, whatever their kind', () => {
    expect(activeMoreFilters(NONE)).toBe(0);
    expect(activeMoreFilters({ ...NONE, campaign_id: 311, ring_to: '+15551234567' })).toBe(2);
  });
});

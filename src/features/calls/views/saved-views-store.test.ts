import { describe, expect, it } from 'vitest';
import { NAME_MAX_LENGTH, readSavedViews, SAVED_VIEWS_KEY } from './saved-views-store';

/** A storage holding one value under the saved views' key. */
const holding = (value: unknown) => () =>
  ({ getItem: (key: string) => (key === SAVED_VIEWS_KEY ? JSON.stringify(value) : null) }) as Storage;

const view = { id: 'v1', name: 'Missed today', search: '?range=today&disposition=NO%20ANSWER' };
const stored = (...views: unknown[]) => holding({ version: 1, views });

describe('reading saved views', () => {
  it('reads views whose id, name and query are within their lengths', () => {
    const longest = { id: 'i'.repeat(64), name: 'n'.repeat(NAME_MAX_LENGTH), search: `?${'q'.repeat(3999)}` };
    expect(readSavedViews(stored(view, longest, { ...view, id: 'v2', search: '' }))).toEqual({
      ok: true,
      views: [view, longest, { ...view, id: 'v2', search: '' }],
    });
  });

  it.each([
    ['an empty name', { ...view, name: '' }],
    ['a name over the limit', { ...view, name: 'n'.repeat(NAME_MAX_LENGTH + 1) }],
    ['an empty id', { ...view, id: '' }],
    ['an id over 64 characters', { ...view, id: 'i'.repeat(65) }],
    ['a query over 4000 characters', { ...view, search: `?${'q'.repeat(4000)}` }],
    ['a name that is not text', { ...view, name: 7 }],
  ])('treats a record with %s as unreadable', (_, bad) => {
    expect(readSavedViews(stored(view, bad))).toEqual({ ok: false, views: [] });
  });
});

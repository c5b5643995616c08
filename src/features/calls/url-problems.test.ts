import { describe, expect, it } from 'vitest';
import { describeUrlProblem } from './url-problem-messages';
import { checkUrl, type UrlProblem } from './url-problems';

const check = (search: string) => checkUrl(new URLSearchParams(search));
const said = (problem: UrlProblem | undefined) => (problem === undefined ? undefined : describeUrlProblem(problem));

describe('checkUrl', () => {
  it('finds nothing wrong with a good address and leaves it alone', () => {
    expect(check('range=30d&disposition=ANSWERED,VOICEMAIL&page=3&limit=50')).toEqual({ problems: [], cleaned: null });
  });

  it('names every bad value of a hostile address and drops only those', () => {
    const { problems, cleaned } = check('limit=9999&start=banana&disposition=FOO&page=-3&org_unit_id=1e9&portal=x');
    expect(problems.map((p) => [p.key, p.value])).toEqual([
      ['start', 'banana'],
      ['org_unit_id', '1e9'],
      ['disposition', 'FOO'],
      ['limit', '9999'],
      ['page', '-3'],
    ]);
    expect(said(problems.find((p) => p.key === 'limit'))).toContain('25, 50, 100 or 200');
    expect(cleaned?.toString()).toBe('portal=x');
  });

  it('takes a zone by its IANA name, and drops one no runtime knows, saying the reader’s zone is shown', () => {
    expect(check('range=yesterday&tz=America/Denver')).toEqual({ problems: [], cleaned: null });
    expect(check('tz=utc')).toEqual({ problems: [], cleaned: null });
    const { problems, cleaned } = check('range=yesterday&tz=Mars/Olympus_Mons');
    expect(problems.map((p) => [p.key, p.value])).toEqual([['tz', 'Mars/Olympus_Mons']]);
    expect(said(problems[0])).toContain('such as America/Denver');
    expect(said(problems[0])).toContain('your own zone');
    expect(cleaned?.toString()).toBe('range=yesterday');
  });

  it('keeps the good items of a list and drops the bad ones', () => {
    const { problems, cleaned } = check('disposition=ANSWERED,FOO,BUSY&cols=started,nope');
    expect(problems.map((p) => p.value)).toEqual(['FOO', 'nope']);
    expect(cleaned?.get('disposition')).toBe('ANSWERED,BUSY');
    expect(cleaned?.get('cols')).toBe('started');
  });

  it.each([
    ['start=2026-01-01T00:00:00Z&end=2027-02-05T00:00:00Z', 'at most 366 days'],
    ['start=2026-01-01T00:00:00Z&end=2027-01-02T00:00:01Z', 'at most 366 days'],
    ['start=2026-01-02T00:00:00Z&end=2026-01-01T00:00:00Z', 'after the start'],
    ['start=2026-01-02T00:00:00Z', 'both a start and an end'],
    ['range=7d&start=2026-01-02T00:00:00Z', 'preset'],
  ])('refuses the range in %s', (search, message) => {
    const { problems, cleaned } = check(search);
    expect(problems.length).toBeGreaterThan(0);
    expect(said(problems[0])).toContain(message);
    expect(cleaned?.has('start')).toBe(false);
    expect(cleaned?.has('end')).toBe(false);
  });

  it.each([
    ['a 200-day range', 'start=2026-01-01T00:00:00Z&end=2026-07-20T00:00:00Z'],
    ['exactly 366 days', 'start=2026-01-01T00:00:00Z&end=2027-01-02T00:00:00Z'],
    ['more than the upstream’s 31 days', 'start=2026-01-01T00:00:00Z&end=2026-03-01T00:00:00Z'],
  ])('accepts %s, which the proxy splits', (_, search) => {
    expect(check(search)).toEqual({ problems: [], cleaned: null });
  });

  it('reads summary=0 and summary=1, and drops any other summary value', () => {
    expect(check('summary=0')).toEqual({ problems: [], cleaned: null });
    expect(check('summary=1')).toEqual({ problems: [], cleaned: null });
    const { problems, cleaned } = check('summary=closed&page=2');
    expect(problems.map((p) => [p.key, p.value])).toEqual([['summary', 'closed']]);
    expect(cleaned?.toString()).toBe('page=2');
  });

  it('reads charts=0 and charts=1, and drops any other charts value', () => {
    expect(check('charts=0')).toEqual({ problems: [], cleaned: null });
    expect(check('charts=1')).toEqual({ problems: [], cleaned: null });
    const { problems, cleaned } = check('charts=open&page=2');
    expect(problems.map((p) => [p.key, p.value])).toEqual([['charts', 'open']]);
    expect(cleaned?.toString()).toBe('page=2');
  });

  it('silently drops empty values', () => {
    expect(check('caller_id=&page=2')).toEqual({ problems: [], cleaned: new URLSearchParams('page=2') });
  });
});

import { describe, expect, it } from 'vitest';
import { matchZones, runtimeZoneNames, zoneOptions } from './zone-options';

const winter = new Date('2026-01-15T12:00:00Z');
const options = zoneOptions(runtimeZoneNames(), winter);
const names = (query: string) => matchZones(options, query).map((option) => option.name);

describe('the zones to pick from', () => {
  it('are every zone the runtime knows, each with its offset from UTC at the moment given', () => {
    expect(options.length).toBeGreaterThan(300);
    expect(options.find((option) => option.name === 'America/Denver')?.offset).toBe('GMT-7');
    expect(options.find((option) => option.name === 'Asia/Tokyo')?.offset).toBe('GMT+9');
    expect(options.find((option) => option.name === 'America/Los_Angeles')?.words).toBe('America/Los Angeles');
  });

  it('are found by city in any case, with spaces for underscores, and by offset', () => {
    expect(names('denver')).toEqual(['America/Denver']);
    expect(names('los angeles')).toEqual(['America/Los_Angeles']);
    expect(names('GMT+5:45')).toEqual(['Asia/Kathmandu']);
    expect(names('america denver')).toEqual(['America/Denver']);
  });

  it('go by today’s names where the runtime lists an old one, each once', () => {
    expect(names('kolkata')).toEqual(['Asia/Kolkata']);
    expect(names('calcutta')).toEqual([]);
    expect(names('kyiv')).toEqual(['Europe/Kyiv']);
    expect(new Set(options.map((option) => option.name)).size).toBe(options.length);
  });

  it('list cities starting with the search before names merely containing it', () => {
    const found = names('york');
    expect(found[0]).toBe('America/New_York');
    expect(names('new')[0]).toMatch(/\/New/);
  });

  it('are all there for an empty search, and none for a search nothing matches', () => {
    expect(names('  ')).toHaveLength(options.length);
    expect(names('atlantis')).toEqual([]);
  });
});

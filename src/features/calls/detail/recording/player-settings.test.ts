import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYER_SETTINGS, parsePlayerSettings } from './player-settings';

describe('parsePlayerSettings', () => {
  it('reads what this version stored', () => {
    expect(parsePlayerSettings('{"version":1,"rate":1.5,"volume":0.6,"muted":true}')).toEqual({
      rate: 1.5,
      volume: 0.6,
      muted: true,
    });
  });

  it.each([
    ['nothing stored', null],
    ['not JSON', '{rate:'],
    ['another version', '{"version":2,"rate":1.5,"volume":0.6,"muted":false}'],
    ['a speed the player does not offer', '{"version":1,"rate":3,"volume":0.6,"muted":false}'],
    ['a volume out of range', '{"version":1,"rate":1,"volume":1.5,"muted":false}'],
    ['a missing field', '{"version":1,"rate":1,"volume":0.5}'],
    ['not an object', '"1.5"'],
  ])('falls back to the defaults for %s', (_, raw) => {
    expect(parsePlayerSettings(raw)).toEqual(DEFAULT_PLAYER_SETTINGS);
  });
});

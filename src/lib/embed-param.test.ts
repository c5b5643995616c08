import { describe, expect, it } from 'vitest';
import { embedRequested } from './embed-param';

describe('embedRequested', () => {
  it('is on by configuration or by ?embed=1', () => {
    expect(embedRequested({ embed: true }, '')).toBe(true);
    expect(embedRequested({ embed: false }, '?range=7d&embed=1')).toBe(true);
    expect(embedRequested({ embed: false }, '?embed=true')).toBe(true);
    expect(embedRequested({ embed: false }, '?embed=0')).toBe(false);
    expect(embedRequested({ embed: false }, '?range=7d')).toBe(false);
  });
});

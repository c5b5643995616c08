/**
 * The disposition badge's colours, checked where they are defined: each disposition has
 * a badge of its own colour in both schemes, for every key the cells produce. (Contrast
 * of these and every other colour pair: src/app/theme/theme-contrast.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DISPOSITIONS } from '../../../contract/vocabulary';
import { resolver, SCHEMES, themeTokens } from '../../../test/css-theme';
import { dispositionKey } from './disposition-badge';

const badgeCss = readFileSync(new URL('./disposition-badge.css', import.meta.url), 'utf8');
const KEYS = DISPOSITIONS.map(dispositionKey);

describe.each(SCHEMES)('calls table colours, %s scheme', (scheme) => {
  const color = resolver(themeTokens(), scheme);

  it('gives every disposition a badge colour of its own', () => {
    const backgrounds = [...KEYS, 'other'].map((key) => color(`--disposition-${key}-bg`).toLowerCase());
    expect(new Set(backgrounds).size).toBe(backgrounds.length);
  });
});

it('styles a badge for every disposition key the cells produce', () => {
  for (const key of KEYS) expect(badgeCss).toContain(`.disposition-badge[data-disposition='${key}']`);
});

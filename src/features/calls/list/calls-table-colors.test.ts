/**
 * The table's colours, checked where they are defined: each disposition has its own
 * colours in both schemes, and every text colour meets WCAG AA (4.5:1) on its background.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DISPOSITIONS } from '../../../contract/vocabulary';
import { dispositionKey } from './columns';

const appCss = readFileSync(new URL('../../../app/app.css', import.meta.url), 'utf8');
const tableCss = readFileSync(new URL('./calls-table.css', import.meta.url), 'utf8');

type Scheme = 'light' | 'dark';
const DARK = '@media (prefers-color-scheme: dark)';

/** Custom properties of the first `:root { }` block in `css`. */
function rootProperties(css: string): Map<string, string> {
  const block = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const properties = new Map<string, string>();
  for (const match of block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) properties.set(match[1]!, match[2]!.trim());
  return properties;
}

function schemeProperties(css: string, scheme: Scheme): Map<string, string> {
  const [light = '', dark = ''] = css.split(DARK);
  const base = rootProperties(light);
  return scheme === 'light' ? base : new Map([...base, ...rootProperties(dark)]);
}

function palette(scheme: Scheme): (name: string) => string {
  const properties = new Map([...schemeProperties(appCss, scheme), ...schemeProperties(tableCss, scheme)]);
  const resolve = (name: string, depth = 0): string => {
    const value = properties.get(name);
    if (value === undefined || depth > 5) throw new Error(`${name} is not defined for the ${scheme} scheme`);
    const reference = /^var\((--[\w-]+)\)$/.exec(value);
    return reference ? resolve(reference[1]!, depth + 1) : value;
  };
  return resolve;
}

function luminance(hex: string): number {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match) throw new Error(`${hex} is not a #rrggbb colour`);
  const channels = [0, 2, 4].map((start) => parseInt(match[1]!.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const KEYS = DISPOSITIONS.map(dispositionKey);

describe.each<Scheme>(['light', 'dark'])('calls table colours, %s scheme', (scheme) => {
  const color = palette(scheme);

  it.each([...KEYS, 'other'])('disposition "%s" text meets AA on its badge', (key) => {
    expect(contrast(color(`--disposition-${key}-text`), color(`--disposition-${key}-bg`))).toBeGreaterThanOrEqual(4.5);
  });

  it('gives every disposition a badge colour of its own', () => {
    const backgrounds = [...KEYS, 'other'].map((key) => color(`--disposition-${key}-bg`).toLowerCase());
    expect(new Set(backgrounds).size).toBe(backgrounds.length);
  });

  it('keeps text readable on the open call’s row and in tag chips', () => {
    for (const text of ['--color-text', '--color-muted']) {
      expect(contrast(color(text), color('--call-row-open-bg')), text).toBeGreaterThanOrEqual(4.5);
      expect(contrast(color(text), color('--call-row-hover-bg')), text).toBeGreaterThanOrEqual(4.5);
      expect(contrast(color(text), color('--tag-chip-bg')), text).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(color('--tag-chip-text'), color('--tag-chip-bg'))).toBeGreaterThanOrEqual(4.5);
    // The open row's bar is a graphic: 3:1 against the row.
    expect(contrast(color('--color-accent'), color('--call-row-open-bg'))).toBeGreaterThanOrEqual(3);
  });
});

it('styles a badge for every disposition key the cells produce', () => {
  for (const key of KEYS) expect(tableCss).toContain(`.disposition-badge[data-disposition='${key}']`);
});

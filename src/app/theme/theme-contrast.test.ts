/**
 * The theme's colours, checked where they are defined (the `light-dark()` tokens in the
 * CSS) in both schemes: text meets WCAG AA (4.5:1) on every background it is shown on,
 * and what marks a control, its state or the focus meets 3:1 (WCAG 1.4.11). A colour
 * token that no check covers fails the suite until it is paired or shown to be decoration.
 */
import { describe, expect, it } from 'vitest';
import {
  appStylesheets,
  contrast,
  isColour,
  resolver,
  SCHEMES,
  textOnBackgroundRules,
  themeTokens,
} from '../../test/css-theme';

const sheets = appStylesheets();
const tokens = themeTokens(sheets);
/** Disposition keys as the tokens name them (`--disposition-answered-text` …). */
const DISPOSITIONS = [...tokens.keys()].flatMap((name) => /^--disposition-(.+)-text$/.exec(name)?.[1] ?? []);

interface Pairing {
  fore: string;
  back: string;
  /** Where the page shows it, for the reader of a failure. */
  where: string;
}

/** Text on a background it inherits from an ancestor (rules that set both are found in the CSS). */
const INHERITED_TEXT: Pairing[] = [
  ...['--color-bg', '--color-surface', '--call-row-open-bg', '--call-row-hover-bg', '--call-row-new-bg', '--tag-chip-bg'].flatMap(
    (back) => [
      { fore: '--color-text', back, where: 'body text, cells, tag names, comments' },
      { fore: '--color-muted', back, where: 'secondary lines, labels, counts' },
    ],
  ),
  { fore: '--color-text', back: '--transcript-agent-bg', where: "an agent's turn in the transcript" },
  { fore: '--transcript-agent', back: '--transcript-agent-bg', where: "the agent's name on their turn" },
  { fore: '--transcript-caller', back: '--color-bg', where: "the caller's name on their turn" },
  { fore: '--color-accent', back: '--color-bg', where: 'hovered buttons and links' },
  { fore: '--color-error-text', back: '--color-bg', where: 'export and pagination problems' },
  { fore: '--color-error-text', back: '--color-surface', where: 'filter field errors in the filter form' },
];

/** Graphics and control marks that must stand out from what surrounds them: 3:1. */
const MARKS: Pairing[] = [
  ...['--color-bg', '--color-surface'].flatMap((back) => [
    { fore: '--color-control-border', back, where: 'the edge of inputs, selects and buttons' },
    { fore: '--color-focus', back, where: 'the focus ring' },
    { fore: '--color-accent', back, where: 'checked chips, the seek bar, the progress bar' },
  ]),
  { fore: '--color-focus', back: '--call-row-open-bg', where: 'the focus ring on the open row' },
  { fore: '--color-accent', back: '--call-row-open-bg', where: "the open row's bar" },
  { fore: '--summary-bar-stroke', back: '--color-bg', where: 'the outline of campaign and channel bars' },
  { fore: '--transcript-caller', back: '--color-bg', where: "the rule beside the caller's turns" },
  { fore: '--transcript-agent', back: '--transcript-agent-bg', where: "the rule beside the agent's turns" },
  { fore: '--transcript-current-text', back: '--transcript-current-bg', where: 'the outline of the current match' },
  ...DISPOSITIONS.filter((key) => key !== 'other').map((key) => ({
    fore: `--disposition-${key}-text`,
    back: '--color-bg',
    where: `the outline of ${key} segments in the charts`,
  })),
];

/** Colours that carry no information of their own, each with the reason. */
const DECORATION: Record<string, string> = {
  '--color-border': 'groups and separates; controls take --color-control-border',
  '--color-notice-border': 'frames a notice whose text carries it',
  '--color-error-border': 'frames an error whose text carries it',
  '--placeholder': 'loading bars, hidden from assistive technology',
  '--color-shadow': 'depth under panels that have borders',
  '--drawer-backdrop': 'dims the page behind the drawer',
  '--drawer-shadow': 'depth beside the drawer, which has a border',
  '--summary-bar-fill': 'the bar is outlined in --summary-bar-stroke and labelled with its value',
  ...Object.fromEntries(
    DISPOSITIONS.map((key) => [
      `--disposition-${key}-border`,
      'badge outline and chart fill; the label or the outline in the text colour carries it',
    ]),
  ),
};

const derivedText: Pairing[] = textOnBackgroundRules(sheets).map(({ path, selector, text, background }) => ({
  fore: text,
  back: background,
  where: `${path}: ${selector.replace(/\s+/g, ' ')}`,
}));

describe.each(SCHEMES)('theme colours, %s scheme', (scheme) => {
  const colour = resolver(tokens, scheme);
  const ratio = ({ fore, back }: Pairing) => contrast(colour(fore), colour(back));

  it.each([...derivedText, ...INHERITED_TEXT].map((p) => [`${p.fore} on ${p.back} (${p.where})`, p] as const))(
    'text meets AA: %s',
    (_name, pairing) => {
      expect(ratio(pairing)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it.each(MARKS.map((p) => [`${p.fore} against ${p.back} (${p.where})`, p] as const))(
    'marks meet 3:1: %s',
    (_name, pairing) => {
      expect(ratio(pairing)).toBeGreaterThanOrEqual(3);
    },
  );
});

describe('the theme tokens', () => {
  it('checks or explains every colour token', () => {
    const checked = new Set([...derivedText, ...INHERITED_TEXT, ...MARKS].flatMap((p) => [p.fore, p.back]));
    const unaccounted = [...tokens]
      .filter(([name, value]) => isColour(value) || SCHEMES.some((scheme) => isColour(resolver(tokens, scheme)(name))))
      .map(([name]) => name)
      .filter((name) => !checked.has(name) && !(name in DECORATION));
    expect(unaccounted).toEqual([]);
  });

  it('gives each colour one declaration for both schemes, not a second block per scheme', () => {
    for (const { path, css } of sheets) expect(css, path).not.toMatch(/prefers-color-scheme/);
  });

  it('keeps colours, fonts and radii in the tokens, so a theme reaches every component', () => {
    const outside = sheets.flatMap(({ path, css }) =>
      [...css.replace(/@layer\s+tokens\s*\{\s*:root\s*\{[^{}]*\}\s*\}/g, '').matchAll(/([\w-]+)\s*:\s*([^;{}]+);/g)]
        .filter(([, property, value]) => {
          if (/#[0-9a-f]{3,8}\b|\b(rgba?|hsla?|light-dark)\(/i.test(value!)) return true;
          if (property === 'font-family') return !/^var\(--font-[\w-]+\)$/.test(value!.trim());
          if (property === 'border-radius') return !/^(0|(calc\()?var\(--radius[\w-]*\)[^;]*)( |$)/.test(value!.trim());
          return false;
        })
        .map(([declaration]) => `${path}: ${declaration}`),
    );
    expect(outside).toEqual([]);
  });
});

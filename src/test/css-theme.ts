/**
 * The app's stylesheets as the theme tests read them: every CSS file under src/, the
 * tokens they define (each colour one `light-dark()` pair), resolved per scheme, and the
 * rules that set a text colour and a background together.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Scheme = 'light' | 'dark';
export const SCHEMES: readonly Scheme[] = ['light', 'dark'];

const SRC = fileURLToPath(new URL('..', import.meta.url));

export interface Stylesheet {
  path: string;
  css: string;
}

/** Every .css file under src/, comments removed. */
export function appStylesheets(): Stylesheet[] {
  return (readdirSync(SRC, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith('.css'))
    .sort()
    .map((file) => ({
      path: `src/${file}`,
      css: readFileSync(join(SRC, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, ''),
    }));
}

/** The `:root { }` blocks inside `@layer tokens { }`, where the themable defaults live. */
export function tokenBlocks(css: string): string[] {
  return [...css.matchAll(/@layer\s+tokens\s*\{\s*:root\s*\{([^{}]*)\}\s*\}/g)].map((match) => match[1]!);
}

export function declarations(block: string): [name: string, value: string][] {
  return [...block.matchAll(/([\w-]+)\s*:\s*([^;]+);/g)].map((match) => [match[1]!, match[2]!.trim()]);
}

/** Every token defined in the tokens layer, by name; a name defined twice throws. */
export function themeTokens(sheets = appStylesheets()): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const { path, css } of sheets) {
    for (const block of tokenBlocks(css)) {
      for (const [name, value] of declarations(block)) {
        if (tokens.has(name)) throw new Error(`${name} is defined twice (again in ${path})`);
        tokens.set(name, value);
      }
    }
  }
  return tokens;
}

/** Splits `light-dark(a, b)` at its top-level comma. */
function lightDarkArguments(value: string): [string, string] | null {
  const inner = /^light-dark\((.*)\)$/s.exec(value)?.[1];
  if (inner === undefined) return null;
  let depth = 0;
  for (let i = 0; i < inner.length; i++) {
    const char = inner[i];
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === ',' && depth === 0) return [inner.slice(0, i).trim(), inner.slice(i + 1).trim()];
  }
  throw new Error(`light-dark() needs two arguments: ${value}`);
}

/** A token's value in one scheme, with `var()` references and `light-dark()` resolved. */
export function resolver(tokens: Map<string, string>, scheme: Scheme): (name: string) => string {
  const resolve = (name: string, depth = 0): string => {
    const value = tokens.get(name);
    if (value === undefined || depth > 5) throw new Error(`${name} is not defined`);
    const pair = lightDarkArguments(value);
    const chosen = pair === null ? value : scheme === 'light' ? pair[0] : pair[1];
    const reference = /^var\((--[\w-]+)\)$/.exec(chosen);
    return reference ? resolve(reference[1]!, depth + 1) : chosen;
  };
  return resolve;
}

export const isColour = (value: string) => /^(#[0-9a-f]{3,8}|rgba?\(|hsla?\(|light-dark\()/i.test(value);

function luminance(hex: string): number {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match) throw new Error(`${hex} is not an opaque #rrggbb colour`);
  const channels = [0, 2, 4].map((start) => parseInt(match[1]!.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG 2 contrast ratio of two opaque colours. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export interface ColourRule {
  path: string;
  selector: string;
  text: string;
  background: string;
}

/** Rules that set `color` and `background` from tokens together: text on that background. */
export function textOnBackgroundRules(sheets = appStylesheets()): ColourRule[] {
  const rules: ColourRule[] = [];
  for (const { path, css } of sheets) {
    for (const match of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      const found = new Map(declarations(match[2]!));
      const token = (value: string | undefined) =>
        /^var\((--[\w-]+)\)(\s*!important)?$/.exec(value ?? '')?.[1];
      const text = token(found.get('color'));
      const background = token(found.get('background') ?? found.get('background-color'));
      if (text !== undefined && background !== undefined) {
        rules.push({ path, selector: match[1]!.trim(), text, background });
      }
    }
  }
  return rules;
}

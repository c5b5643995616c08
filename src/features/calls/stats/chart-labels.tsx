/**
 * Text drawn in the charts, one line each: recharts would wrap a long name or label over
 * two lines where its box is narrow, which on bars of one height reads as two entries.
 */
import type { LabelProps } from 'recharts';
import { truncate } from './chart-theme';

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/** Draws a category axis's names, each cut to `maxChars` and whole in its hover title. */
export function namesCutAt(maxChars: number) {
  return ({ x, y, payload }: TickProps) => {
    const name = String(payload?.value ?? '');
    return (
      <text x={Number(x)} y={Number(y)} dx={-6} dy="0.32em" textAnchor="end" fill="var(--color-muted)" fontSize={12}>
        <title>{name}</title>
        {truncate(name, maxChars)}
      </text>
    );
  };
}

/** The value at the end of a horizontal bar. */
export function BarEndLabel({ viewBox, value }: LabelProps) {
  const box = viewBox as { x?: number; y?: number; width?: number; height?: number } | undefined;
  if (box?.x === undefined || box.y === undefined || value === undefined) return null;
  return (
    <text
      x={box.x + (box.width ?? 0) + 6}
      y={box.y + (box.height ?? 0) / 2}
      dy="0.32em"
      fill="var(--color-text)"
      fontSize={12}
    >
      {String(value)}
    </text>
  );
}

/**
 * What every summary chart shares: the page's colours (custom properties from app.css,
 * so both colour schemes and forced colours follow), no animation (numbers change when
 * filters do, and a chart that replays its entrance each time only delays reading), and
 * no keyboard layer of its own (the legend and the table views are the keyboard route).
 */
import type { CSSProperties } from 'react';

export const AXIS_TICK = { fill: 'var(--color-muted)', fontSize: 12 } as const;
export const AXIS_LINE = { stroke: 'var(--color-border)' } as const;
export const GRID_STROKE = 'var(--color-border)';
const CURSOR_FILL = { fill: 'var(--color-surface)' } as const;
/** Bars that are not dispositions (campaigns, channels). */
export const PLAIN_BAR = { fill: 'var(--summary-bar-fill)', stroke: 'var(--summary-bar-stroke)' } as const;

export const CHART_DEFAULTS = { accessibilityLayer: false } as const;
export const BAR_DEFAULTS = { isAnimationActive: false } as const;

/** Tooltips are positioned by the chart; their look comes from summary.css. */
const TOOLTIP_WRAPPER: CSSProperties = { outline: 'none', zIndex: 5 };
export const TOOLTIP_DEFAULTS = {
  cursor: CURSOR_FILL,
  wrapperStyle: TOOLTIP_WRAPPER,
  isAnimationActive: false,
} as const;

/** A name cut to fit an axis; the full name is in the tooltip and the table. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * One horizontal bar per row, its name on the left and its value at the bar's end: the
 * shape of the disposition, campaign and channel charts.
 */
import type { ReactNode } from 'react';
import {
  Bar,
  BarChart,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type TooltipContentProps,
} from 'recharts';
import { BarEndLabel, namesCutAt } from './chart-labels';
import { BAR_DEFAULTS, CHART_DEFAULTS, PLAIN_BAR, TOOLTIP_DEFAULTS } from './chart-theme';

/** A row and the two texts drawn for it. */
export type BarRow<Row> = Row & { name: string; count: number; text: string };

export interface HorizontalBarChartProps<Row> {
  rows: readonly BarRow<Row>[];
  /** Names are cut to this many characters (whole in their hover title and in the table). */
  maxNameChars: number;
  /** Room for the names, in pixels. */
  nameWidth: number;
  /** Room at the right for the longest bar's text, in pixels. */
  textWidth: number;
  /** Marks the bars, e.g. `summary-bar--campaigns`. */
  className: string;
  tooltip: (props: TooltipContentProps) => ReactNode;
  /** Bars that narrow the page to their row; absent, the bars are not clickable. */
  onSelect?: (row: BarRow<Row>) => void;
  /** Draws each bar, when they differ (dispositions); else all are plain. */
  shape?: (props: BarShapeProps) => ReactNode;
}

export function HorizontalBarChart<Row>({
  rows,
  maxNameChars,
  nameWidth,
  textWidth,
  className,
  tooltip,
  onSelect,
  shape,
}: HorizontalBarChartProps<Row>) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={[...rows]}
        layout="vertical"
        margin={{ top: 0, right: textWidth, bottom: 0, left: 0 }}
        {...CHART_DEFAULTS}
      >
        <XAxis type="number" hide allowDecimals={false} />
        <YAxis
          type="category"
          dataKey="name"
          tick={namesCutAt(maxNameChars)}
          tickLine={false}
          axisLine={false}
          width={nameWidth}
          interval={0}
        />
        <Tooltip {...TOOLTIP_DEFAULTS} content={tooltip} />
        <Bar
          {...BAR_DEFAULTS}
          {...(shape === undefined ? PLAIN_BAR : {})}
          className={`summary-bar ${className}`}
          dataKey="count"
          name="Calls"
          strokeWidth={1}
          maxBarSize={24}
          shape={shape}
          cursor={onSelect === undefined ? undefined : 'pointer'}
          onClick={(item) => {
            const row = item.payload as BarRow<Row> | undefined;
            if (row !== undefined) onSelect?.(row);
          }}
        >
          <LabelList dataKey="text" content={BarEndLabel} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

// The archetype-profile chart's geometry, shared by the SVG (with text) and the PNG fallback
// (the same bars without text), so both pictures line up. Units are CSS pixels at 96 dpi.
import type { ChartBar } from '../tree.js';

export const CHART = {
  /** a multiple of 4: the PNG packs four pixels to a byte */
  width: 600,
  top: 8,
  rowHeight: 40,
  legendHeight: 34,
  trackX: 150,
  trackWidth: 380,
  barHeight: 20,
  colours: { background: 'FFFFFF', track: 'EEF1F5', bar: '1D4E89', target: 'D97706', ink: '1F2937', muted: '6B7280' },
} as const;

export const chartHeight = (bars: number) => CHART.top + bars * CHART.rowHeight + CHART.legendHeight;

export interface BarGeometry {
  /** top of the row */
  y: number;
  /** the candidate's bar, from trackX; 0 when not rated */
  barWidth: number;
  /** x of the target marker's centre line */
  targetX: number;
}

const clamp = (n: number) => Math.max(0, Math.min(100, n));

export function barGeometry(bars: readonly ChartBar[]): BarGeometry[] {
  return bars.map((bar, i) => ({
    y: CHART.top + i * CHART.rowHeight,
    barWidth: bar.value === null ? 0 : Math.round((clamp(bar.value) / 100) * CHART.trackWidth),
    targetX: CHART.trackX + Math.round((clamp(bar.target) / 100) * CHART.trackWidth),
  }));
}

/** The legend's swatches sit on one line under the bars. */
export const legendY = (bars: number) => CHART.top + bars * CHART.rowHeight + 12;

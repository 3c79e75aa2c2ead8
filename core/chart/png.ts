// The PNG fallback for applications that cannot draw SVG (LibreOffice 7.4, Word before 2016): the
// same bars and markers, with each bar's value in a small pixel font but no words (the table
// above the chart names the archetypes, in the same order). An indexed-colour image drawn pixel by
// pixel, packed two to a byte and encoded with fast-png, which is pure JavaScript, so it runs here in core/.
import { encode } from 'fast-png';
import type { ChartBar } from '../report/tree.js';
import { eachDot, GLYPH_HEIGHT } from './digits.js';
import { barGeometry, CHART, chartHeight, legendY } from './layout.js';

/** Pixels per layout pixel. 1 keeps 50 candidates' charts cheap (a third of an export's time at 2); flat bars scale cleanly. */
export const PNG_SCALE = 1;

const PALETTE = [CHART.colours.background, CHART.colours.track, CHART.colours.bar, CHART.colours.target, CHART.colours.ink].map((hex) => [
  parseInt(hex.slice(0, 2), 16),
  parseInt(hex.slice(2, 4), 16),
  parseInt(hex.slice(4, 6), 16),
]);
const [, TRACK, BAR, TARGET, INK] = [0, 1, 2, 3, 4] as const;
/** layout pixels per font pixel: 7 rows make a 14 px figure, like the SVG's 13 px text */
const DOT = 2;

export function profilePng(bars: readonly ChartBar[]): Uint8Array {
  const width = CHART.width * PNG_SCALE;
  const height = chartHeight(bars.length) * PNG_SCALE;
  const pixels = new Uint8Array(width * height); // index 0: background
  const fill = (x: number, y: number, w: number, h: number, colour: number) => {
    const x0 = Math.max(0, Math.round(x * PNG_SCALE));
    const x1 = Math.min(width, Math.round((x + w) * PNG_SCALE));
    const y1 = Math.min(height, Math.round((y + h) * PNG_SCALE));
    for (let row = Math.max(0, Math.round(y * PNG_SCALE)); row < y1; row++) pixels.fill(colour, row * width + x0, row * width + x1);
  };
  barGeometry(bars).forEach((g, i) => {
    const barY = g.y + CHART.rowHeight / 2 - CHART.barHeight / 2;
    fill(CHART.trackX, barY, CHART.trackWidth, CHART.barHeight, TRACK);
    fill(CHART.trackX, barY, g.barWidth, CHART.barHeight, BAR);
    const value = bars[i]?.value;
    if (value != null) {
      const top = barY + (CHART.barHeight - GLYPH_HEIGHT * DOT) / 2;
      eachDot(`${Math.round(value)}%`, (x, y) => fill(CHART.trackX + CHART.trackWidth + 10 + x * DOT, top + y * DOT, DOT, DOT, INK));
    }
    fill(g.targetX - 2, barY - 6, 4, CHART.barHeight + 12, TARGET);
  });
  const ly = legendY(bars.length);
  fill(CHART.trackX, ly, 14, 14, BAR);
  fill(CHART.trackX + 190, ly - 2, 4, 18, TARGET);
  return encode({ width, height, data: packNibbles(pixels, width, height), depth: 4, channels: 1, palette: PALETTE });
}

/** Two pixels to a byte (PNG bit depth 4): a third of the bytes to filter and deflate, for up to 16 colours. */
function packNibbles(pixels: Uint8Array, width: number, height: number): Uint8Array {
  const stride = Math.ceil(width / 2);
  const packed = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const from = y * width;
    const to = y * stride;
    for (let x = 0; x < width; x += 2) packed[to + (x >> 1)] = ((pixels[from + x] ?? 0) << 4) | (x + 1 < width ? (pixels[from + x + 1] ?? 0) : 0);
  }
  return packed;
}

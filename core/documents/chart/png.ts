// The PNG fallback for applications that cannot draw SVG (LibreOffice 7.4, Word before 2016): the
// same bars and markers, with each bar's value in a small pixel font but no words (the table
// above the chart names the archetypes, in the same order). An indexed-colour image drawn pixel by
// pixel, packed four to a byte and encoded with fast-png, which is pure JavaScript, so it runs here in core/.
import { encode } from 'fast-png';
import type { ChartBar } from '../tree.js';
import { eachDot, GLYPH_HEIGHT } from './digits.js';
import { barGeometry, CHART, chartHeight, legendY } from './layout.js';

/** Pixels per layout pixel. 1 keeps 50 candidates' charts cheap (a third of an export's time at 2); flat bars scale cleanly. */
export const PNG_SCALE = 1;

/** Four colours, so two bits a pixel; the figures share the bars' navy. */
const PALETTE = [CHART.colours.background, CHART.colours.track, CHART.colours.bar, CHART.colours.target].map((hex) => [
  parseInt(hex.slice(0, 2), 16),
  parseInt(hex.slice(2, 4), 16),
  parseInt(hex.slice(4, 6), 16),
]);
const [, TRACK, BAR, TARGET] = [0, 1, 2, 3] as const;
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
    const bar = bars[i];
    if (bar && bar.value !== null) {
      const top = barY + (CHART.barHeight - GLYPH_HEIGHT * DOT) / 2;
      eachDot(bar.valueText, (x, y) => fill(CHART.trackX + CHART.trackWidth + 10 + x * DOT, top + y * DOT, DOT, DOT, BAR));
    }
    fill(g.targetX - 2, barY - 6, 4, CHART.barHeight + 12, TARGET);
  });
  const ly = legendY(bars.length);
  fill(CHART.trackX, ly, 14, 14, BAR);
  fill(CHART.trackX + 190, ly - 2, 4, 18, TARGET);
  return encode({ width, height, data: packTwoBits(pixels, width, height), depth: 2, channels: 1, palette: PALETTE });
}

/**
 * Four pixels to a byte (PNG bit depth 2): a quarter of the bytes for fast-png to copy and deflate.
 * The width is a multiple of 4 (CHART.width), so every row fills whole bytes.
 */
function packTwoBits(pixels: Uint8Array, width: number, height: number): Uint8Array {
  const packed = new Uint8Array((width / 4) * height);
  for (let i = 0, j = 0; i < pixels.length; i += 4, j++) {
    packed[j] = (pixels[i]! << 6) | (pixels[i + 1]! << 4) | (pixels[i + 2]! << 2) | pixels[i + 3]!;
  }
  return packed;
}

// The archetype profile as SVG: labelled bars for the candidate, amber markers for the role's
// target, and a legend. Plain SVG 1.1 that Word and LibreOffice both draw. Pure: returns bytes.
import type { ChartBar } from '../tree.js';
import { barGeometry, CHART, chartHeight, legendY } from './layout.js';

/** XML-escapes, and writes every non-ASCII character as a numeric reference so the bytes are ASCII. */
export function xmlText(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '"') out += '&quot;';
    else if (code < 0x20 && ch !== '\t') out += ' ';
    else if (code > 0x7e) out += `&#${code};`;
    else out += ch;
  }
  return out;
}

const FONT = 'font-family="Calibri, Carlito, Arial, sans-serif"';

function text(x: number, y: number, body: string, attrs = ''): string {
  return `<text x="${x}" y="${y}" ${FONT} ${attrs}>${xmlText(body)}</text>`;
}

export function profileSvg(title: string, bars: readonly ChartBar[], labels: { value: string; target: string; none: string }): string {
  const c = CHART.colours;
  const height = chartHeight(bars.length);
  const rows = barGeometry(bars).map((g, i) => {
    const bar = bars[i]!;
    const mid = g.y + CHART.rowHeight / 2;
    const barY = mid - CHART.barHeight / 2;
    const parts = [
      text(CHART.trackX - 10, mid + 5, bar.label, `font-size="14" fill="#${c.ink}" text-anchor="end"`),
      `<rect x="${CHART.trackX}" y="${barY}" width="${CHART.trackWidth}" height="${CHART.barHeight}" fill="#${c.track}"/>`,
    ];
    if (bar.value === null)
      parts.push(text(CHART.trackX + 8, mid + 5, labels.none, `font-size="12" fill="#${c.muted}" font-style="italic"`));
    else {
      parts.push(`<rect x="${CHART.trackX}" y="${barY}" width="${g.barWidth}" height="${CHART.barHeight}" fill="#${c.bar}"/>`);
      parts.push(text(CHART.trackX + CHART.trackWidth + 10, mid + 5, bar.valueText, `font-size="13" fill="#${c.ink}" font-weight="bold"`));
    }
    parts.push(`<rect x="${g.targetX - 2}" y="${barY - 6}" width="4" height="${CHART.barHeight + 12}" fill="#${c.target}"/>`);
    return parts.join('');
  });
  const ly = legendY(bars.length);
  const legend = [
    `<rect x="${CHART.trackX}" y="${ly}" width="14" height="14" fill="#${c.bar}"/>`,
    text(CHART.trackX + 20, ly + 12, labels.value, `font-size="12" fill="#${c.ink}"`),
    `<rect x="${CHART.trackX + 190}" y="${ly - 2}" width="4" height="18" fill="#${c.target}"/>`,
    text(CHART.trackX + 202, ly + 12, labels.target, `font-size="12" fill="#${c.ink}"`),
  ].join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>` +
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${CHART.width}" height="${height}" viewBox="0 0 ${CHART.width} ${height}">` +
    `<title>${xmlText(title)}</title>` +
    `<rect width="${CHART.width}" height="${height}" fill="#${c.background}"/>` +
    rows.join('') +
    legend +
    `</svg>`
  );
}

/** The SVG's bytes: ASCII by construction (see xmlText), so one byte per character. */
export function asciiBytes(svg: string): Uint8Array {
  const bytes = new Uint8Array(svg.length);
  for (let i = 0; i < svg.length; i++) bytes[i] = svg.charCodeAt(i) & 0x7f;
  return bytes;
}

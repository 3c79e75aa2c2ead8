// A chart block as a native Word chart (DrawingML, with its data in an embedded workbook): Word and
// LibreOffice both draw it, with its category names, legend and point labels as real text, and a
// reader can restyle it or edit its data. The alternative text is the block's description.
import { AlignmentType, LineRuleType, Paragraph } from 'docx';
import { ChartRun } from 'docx/charts';
import type { Block } from '../tree.js';
import { FONT, INK } from './styles.js';

/** Pixels (96 to the inch): 15 cm by 9 cm, within the text width with room for the labels. */
const SIZE = { width: 567, height: 340 };

export function radarChart(block: Extract<Block, { kind: 'chart' }>): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepLines: true,
    // an explicit auto rule: LibreOffice reads an inherited line height without one as exact, clipping the chart
    spacing: { before: 120, after: 120, line: 240, lineRule: LineRuleType.AUTO },
    children: [
      new ChartRun({
        type: 'radar',
        title: { text: block.title, font: { size: 11, bold: true, color: INK } },
        categories: block.categories,
        series: block.series.map((s) => ({
          name: s.name,
          values: s.values,
          color: s.color,
          line: { color: s.color, width: 2, dash: s.dashed ? 'dash' : 'solid' },
          markers: { shape: 'circle', size: 6 },
          ...(s.labels
            ? { pointLabels: s.labels.map((text) => (text ? { text, font: { size: 8, color: s.color } } : false)) }
            : { dataLabels: false as const }),
        })),
        // the rings without their numbers: every point carries its own label, and the numbers of
        // the scale, drawn up the first spoke, would fall on those labels
        valueAxis: { minimum: 0, maximum: block.scale.max, interval: block.scale.step, visible: false, gridlines: true },
        categoryAxis: { font: { size: 9, bold: true } },
        legend: { position: 'bottom', font: { size: 9 } },
        font: { name: FONT },
        transformation: SIZE,
        altText: { name: block.title, title: block.title, description: block.description },
      }),
    ],
  });
}

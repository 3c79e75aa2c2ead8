// The baseline every document row is measured against: the docx library packing a Document of the
// same paragraphs, bullets, table cells and pictures (same texts, same image bytes made
// beforehand) built straight from docx's API, with no tree, translator, styles or renderer.
// The plan is counted once from the app's own tree, outside the timed region.
import { Document, ImageRun, Paragraph, Table, TableCell, TableRow, TextRun, type FileChild } from 'docx';
import { profilePng } from '../../core/documents/chart/png.js';
import { asciiBytes, profileSvg } from '../../core/documents/chart/svg.js';
import { CHART, chartHeight } from '../../core/documents/chart/layout.js';
import type { Block, Cell, DocumentTree } from '../../core/documents/tree.js';

interface Picture {
  svg: Uint8Array;
  png: Uint8Array;
  height: number;
}

/** What the baseline document holds, counted once from the report tree outside the timed region. */
export interface ReportPlan {
  paragraphs: string[];
  bullets: string[];
  tables: string[][][];
  pictures: Picture[];
}

const cellText = (c: Cell) => (typeof c === 'string' ? c : c.note ? `${c.text}\n${c.note}` : c.text);

function planBlock(plan: ReportPlan, block: Block): void {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      plan.paragraphs.push(block.text);
      return;
    case 'labelled':
      plan.paragraphs.push(`${block.label} ${block.text}`);
      return;
    case 'fillIn':
      plan.paragraphs.push(block.fields.map((f) => f.label).join('\t'));
      return;
    case 'choices':
      plan.paragraphs.push([block.label, ...block.options].join(' '));
      return;
    case 'field':
      plan.paragraphs.push(`${block.label} ${block.control.prompt}`);
      return;
    case 'bullets':
      plan.bullets.push(...block.items);
      return;
    case 'table':
      plan.tables.push([block.header, ...block.rows].map((row) => row.map(cellText)));
      if (!block.rowHeight) plan.paragraphs.push(''); // the spacer after each table but a form's
      return;
    case 'chart':
      plan.pictures.push({
        svg: asciiBytes(profileSvg(block.title, block.bars, block.labels)),
        png: profilePng(block.bars),
        height: chartHeight(block.bars.length),
      });
  }
}

export function planFromTree(report: DocumentTree): ReportPlan {
  const plan: ReportPlan = { paragraphs: [report.title, report.subtitle], bullets: [], tables: [], pictures: [] };
  report.blocks.forEach((block) => planBlock(plan, block));
  plan.paragraphs.push(report.footer);
  return plan;
}

export function directDocument(plan: ReportPlan): Document {
  const cell = (text: string) => new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })] });
  const children: FileChild[] = [
    ...plan.paragraphs.map((text) => new Paragraph({ text })),
    ...plan.bullets.map((text) => new Paragraph({ text, bullet: { level: 0 } })),
    ...plan.tables.map((rows) => new Table({ rows: rows.map((r) => new TableRow({ children: r.map(cell) })) })),
    ...plan.pictures.map(
      (p) =>
        new Paragraph({
          children: [
            new ImageRun({
              type: 'svg',
              data: p.svg,
              fallback: { type: 'png', data: p.png },
              transformation: { width: CHART.width, height: p.height },
            }),
          ],
        }),
    ),
  ];
  return new Document({ sections: [{ children }] });
}

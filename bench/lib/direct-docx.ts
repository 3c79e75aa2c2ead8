// The baseline every document row is measured against: the docx library packing a Document of the
// same paragraphs, bullets, table cells and native charts (same texts, same data), with the same
// page-number fields in a footer and the same page-number estimate, built straight from docx's API
// with no tree, translator, styles or renderer. The plan is counted once from the app's own tree,
// outside the timed region.
import { Document, Footer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, type FileChild } from 'docx';
import { ChartRun } from 'docx/charts';
import { estimatePageNumbers } from 'docx/layout';
import type { Block, Cell, DocumentTree } from '../../core/documents/tree.js';

interface Picture {
  title: string;
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
}

/** What the baseline document holds, counted once from the report tree outside the timed region. */
export interface ReportPlan {
  paragraphs: string[];
  bullets: string[];
  tables: string[][][];
  pictures: Picture[];
  /** whether the app lays the pages out for this document, so the baseline does the same */
  writePageNumbers: boolean;
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
        title: block.title,
        categories: [...block.categories],
        series: block.series.map((s) => ({ name: s.name, values: [...s.values] })),
      });
      return;
    case 'contents':
      plan.paragraphs.push(block.title);
      return;
    case 'references':
      plan.paragraphs.push(...block.entries.map((e) => e.text));
  }
}

export function planFromTree(report: DocumentTree): ReportPlan {
  const plan: ReportPlan = {
    paragraphs: [report.title, report.subtitle],
    bullets: [],
    tables: [],
    pictures: [],
    writePageNumbers: report.frame.writePageNumbers,
  };
  report.blocks.forEach((block) => planBlock(plan, block));
  plan.paragraphs.push(report.frame.running);
  return plan;
}

export function directDocument(plan: ReportPlan): Document {
  const cell = (text: string) => new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })] });
  const children: FileChild[] = [
    ...plan.paragraphs.map((text) => new Paragraph({ text })),
    ...plan.bullets.map((text) => new Paragraph({ text, bullet: { level: 0 } })),
    ...plan.tables.map((rows) => new Table({ rows: rows.map((r) => new TableRow({ children: r.map(cell) })) })),
    ...plan.pictures.map((p) => new Paragraph({ children: [new ChartRun({ type: 'radar', ...p })] })),
  ];
  const footer = new Footer({
    children: [new Paragraph({ children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] })] })],
  });
  return new Document({
    ...(plan.writePageNumbers ? { pageNumbers: estimatePageNumbers } : {}),
    sections: [{ footers: { default: footer }, children }],
  });
}

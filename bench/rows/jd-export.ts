// jd-export: the CXO template's job description built and packed to DOCX bytes in process, against
// docx-direct: the docx library packing a Document of the same paragraphs, bullets and table cells
// (same texts) built straight from docx's API, with no JD builder, translator or styles.
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, type FileChild } from 'docx';
import { translator } from '../../core/i18n/index.js';
import { buildJobDescription } from '../../core/documents/jd/build.js';
import type { Block, JobDescription } from '../../core/documents/jd/tree.js';
import { findTemplate } from '../../core/project/templates.js';
import { jobDescriptionDocument, packDocx } from '../../electron/files/docx-file.js';
import { interleave, median, timed } from '../lib/stats.js';
import { pairRows, type Row, type RowModule } from '../lib/types.js';

const WARMUPS = 5;
const RUNS = 30;
const TARGET = 1.5;
/** fixed, so every run builds the same document */
const DATE = new Date('2025-01-15T00:00:00Z');

/** What the baseline document holds, counted once from the JD tree outside the timed region. */
export interface DocxPlan {
  /** plain paragraphs: title, subtitle, headings, paragraphs, subheadings, spacers and the footer */
  paragraphs: string[];
  bullets: string[];
  tables: string[][][];
}

function planBlock(plan: DocxPlan, block: Block): void {
  switch (block.kind) {
    case 'paragraph':
    case 'subheading':
      plan.paragraphs.push(block.text);
      return;
    case 'bullets':
      plan.bullets.push(...block.items);
      return;
    case 'table':
      plan.tables.push([block.header, ...block.rows]);
      plan.paragraphs.push(''); // toDocx's spacer after each table
  }
}

export function planFromTree(jd: JobDescription): DocxPlan {
  const plan: DocxPlan = { paragraphs: [jd.title, jd.subtitle], bullets: [], tables: [] };
  for (const section of jd.sections) {
    plan.paragraphs.push(section.heading);
    section.blocks.forEach((block) => planBlock(plan, block));
  }
  plan.paragraphs.push(jd.footer);
  return plan;
}

export function directDocument(plan: DocxPlan): Document {
  const cell = (text: string) => new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })] });
  const children: FileChild[] = [
    ...plan.paragraphs.map((text) => new Paragraph({ text })),
    ...plan.bullets.map((text) => new Paragraph({ text, bullet: { level: 0 } })),
    ...plan.tables.map((rows) => new Table({ rows: rows.map((r) => new TableRow({ children: r.map(cell) })) })),
  ];
  return new Document({ sections: [{ children }] });
}

export const jdExport: RowModule = {
  id: 'jd-export',
  async measure(): Promise<Row[]> {
    const template = findTemplate('cxo');
    if (!template) throw new Error('the "cxo" template is missing');
    const role = template.role;
    const plan = planFromTree(buildJobDescription(role, translator(role.locale), { date: DATE }));

    for (const bytes of [await packDocx(jobDescriptionDocument(role, DATE)), await Packer.toBuffer(directDocument(plan))]) {
      if (bytes.subarray(0, 2).toString('latin1') !== 'PK') throw new Error('packing did not produce a DOCX (zip) buffer');
    }
    const samples = await interleave(
      timed(() => packDocx(jobDescriptionDocument(role, DATE))),
      timed(() => Packer.toBuffer(directDocument(plan))),
      { warmups: WARMUPS, runs: RUNS },
    );
    return pairRows(
      { name: 'jd-export', median_ms: median(samples.subject) },
      { name: 'docx-direct', median_ms: median(samples.baseline) },
      TARGET,
    );
  },
};

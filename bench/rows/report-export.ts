// rubric-export and results-export: the interviewer guide and the candidate results of a project
// with 50 candidates, 10 interviewers and 20 criteria, built and packed to DOCX bytes in process
// (aggregate, tree, charts, docx, pack), each against docx-direct: the docx library packing a
// Document with the same paragraphs, bullets, table cells and pictures (same texts, same image
// bytes made beforehand), built straight from docx's API.
import { Document, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, type FileChild } from 'docx';
import { profilePng } from '../../core/documents/chart/png.js';
import { asciiBytes, profileSvg } from '../../core/documents/chart/svg.js';
import { CHART, chartHeight } from '../../core/documents/chart/layout.js';
import { translator } from '../../core/i18n/index.js';
import type { Cell, ReportBlock, ReportDocument } from '../../core/documents/tree.js';
import { buildResultsDocument } from '../../core/documents/results/build.js';
import { buildRubricDocument } from '../../core/documents/guide/build.js';
import type { Project } from '../../core/schema/project.js';
import { syntheticProject } from '../../core/testing/hiring.js';
import { packDocx, resultsDocument, rubricDocument } from '../../electron/files/docx-file.js';
import { interleave, median, timed } from '../lib/stats.js';
import { pairRows, type Row, type RowModule } from '../lib/types.js';

const WARMUPS = 3;
const RUNS = 15;
const TARGET = 1.5;
const DATE = new Date('2025-01-15T00:00:00Z');

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

function planBlock(plan: ReportPlan, block: ReportBlock): void {
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
    case 'bullets':
      plan.bullets.push(...block.items);
      return;
    case 'table':
      plan.tables.push([block.header, ...block.rows].map((row) => row.map(cellText)));
      if (!block.rowHeight) plan.paragraphs.push(''); // the spacer after each table but a form's
      return;
    case 'chart':
      plan.pictures.push({ svg: asciiBytes(profileSvg(block.title, block.bars, block.labels)), png: profilePng(block.bars), height: chartHeight(block.bars.length) });
  }
}

export function planFromReport(report: ReportDocument): ReportPlan {
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
          children: [new ImageRun({ type: 'svg', data: p.svg, fallback: { type: 'png', data: p.png }, transformation: { width: CHART.width, height: p.height } })],
        }),
    ),
  ];
  return new Document({ sections: [{ children }] });
}

function exportRow(name: string, build: (p: Project) => ReportDocument, document: (p: Project, d: Date) => Document): RowModule {
  return {
    id: name,
    async measure(): Promise<Row[]> {
      const project = syntheticProject({ candidates: 50, interviewers: 10, criteria: 20, seed: 11 });
      const plan = planFromReport(build(project));
      for (const bytes of [await packDocx(document(project, DATE)), await Packer.toBuffer(directDocument(plan))]) {
        if (bytes.subarray(0, 2).toString('latin1') !== 'PK') throw new Error('packing did not produce a DOCX (zip) buffer');
      }
      const samples = await interleave(
        timed(() => packDocx(document(project, DATE))),
        timed(() => Packer.toBuffer(directDocument(plan))),
        { warmups: WARMUPS, runs: RUNS },
      );
      return pairRows({ name, median_ms: median(samples.subject) }, { name: `${name}-docx-direct`, median_ms: median(samples.baseline) }, TARGET);
    },
  };
}

const t = translator('en');
export const rubricExport = exportRow('rubric-export', (p) => buildRubricDocument(p, t, { date: DATE }), rubricDocument);
export const resultsExport = exportRow('results-export', (p) => buildResultsDocument(p, t, { date: DATE }), resultsDocument);

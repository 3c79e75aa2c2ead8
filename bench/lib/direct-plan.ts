// What a document row's baseline writes, worked out once from the app's tree OUTSIDE the timed region:
// every paragraph, run, table, cell, chart, field, table of contents, content control and the
// document's styles, properties, header, footer and data, as the plain options docx's constructors
// take. The baseline (direct-docx.ts) then only calls docx with them, so it is the docx library
// packing the same content with none of our tree, translator or renderer: the strictest baseline
// there is. same-content.ts checks that both sides write the same document.
import {
  AlignmentType,
  HeadingLevel,
  HeightRule,
  LeaderType,
  LineRuleType,
  ShadingType,
  TableLayoutType,
  TabStopType,
  WidthType,
  type IParagraphOptions,
  type IStylesOptions,
  type ITableCellOptions,
  type ITableOptions,
  type ITableRowOptions,
} from 'docx';
import type { ChartRunOptions } from 'docx/charts';
import { TEXT_WIDTH_TWIPS } from '../../core/documents/docx/page.js';
import { documentStyles, EXTERNAL_STYLES, FONT, INK, MUTED } from '../../core/documents/docx/styles.js';
import { customXmlFiles } from '../../core/documents/docx/custom-xml.js';
import type { Block, Cell, Control, DocumentTree } from '../../core/documents/tree.js';

/** A run of a paragraph, as docx writes it. */
export type RunPlan =
  | { kind: 'text'; text: string; style?: string; size?: number; color?: string; break?: number }
  | { kind: 'tab' }
  | { kind: 'field'; field: 'page' | 'pages' }
  | { kind: 'link'; url: string; text: string }
  | { kind: 'control'; control: Control };

export interface ParagraphPlan {
  kind: 'paragraph';
  options: Omit<IParagraphOptions, 'children'>;
  runs: RunPlan[];
}

export interface TablePlan {
  kind: 'table';
  options: Omit<ITableOptions, 'rows'>;
  rows: {
    options: Omit<ITableRowOptions, 'children'>;
    cells: { options: Omit<ITableCellOptions, 'children'>; paragraph: ParagraphPlan }[];
  }[];
}

export type ChildPlan =
  | ParagraphPlan
  | TablePlan
  | { kind: 'chart'; options: Omit<IParagraphOptions, 'children'>; chart: ChartRunOptions }
  | { kind: 'contents'; title: string };

export interface DocumentPlan {
  properties: { title: string; subject: string; creator: string; lastModifiedBy: string; keywords: string; description: string };
  styles: IStylesOptions;
  externalStyles: string;
  writePageNumbers: boolean;
  header: ParagraphPlan;
  footer: ParagraphPlan;
  children: ChildPlan[];
  /** the data's Custom XML part, its files written beforehand: the baseline only registers and packs them */
  customXml: { path: string; data: string }[];
}

// The renderer's own measures (core/documents/docx/blocks.ts and chart.ts), repeated here on purpose:
// same-content.ts fails the row if the two sides stop writing the same document.
const NOTE_SIZE = 17;
const SMALL_TABLE_ROWS = 6;
const FIELD_GAP = 360;
const CHART_SIZE = { width: 567, height: 340 };
const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

const paragraph = (options: ParagraphPlan['options'], runs: RunPlan[] = []): ParagraphPlan => ({ kind: 'paragraph', options, runs });
const text = (value: string, more: Omit<Extract<RunPlan, { kind: 'text' }>, 'kind' | 'text'> = {}): RunPlan => ({
  kind: 'text',
  text: value,
  ...more,
});
const strong = (value: string) => text(value, { style: 'Strong' });

function cellPlan(value: Cell, width: number | undefined, bold: boolean, keepNext: boolean): TablePlan['rows'][number]['cells'][number] {
  const c = typeof value === 'string' ? { text: value } : value;
  const runs: RunPlan[] = c.text ? [bold || c.bold ? strong(c.text) : text(c.text)] : [];
  if (c.note) runs.push(text(c.note, { break: 1, size: NOTE_SIZE, color: MUTED }));
  if (c.control) runs.push({ kind: 'control', control: c.control });
  return {
    options: {
      ...(c.shade ? { shading: { fill: c.shade, type: ShadingType.CLEAR, color: 'auto' } } : {}),
      ...(width ? { width: { size: width, type: WidthType.DXA } } : {}),
    },
    paragraph: paragraph({ ...(c.align === 'center' ? { alignment: AlignmentType.CENTER } : {}), ...(keepNext ? { keepNext } : {}) }, runs),
  };
}

function tablePlan(block: Extract<Block, { kind: 'table' }>): TablePlan {
  const total = block.widths.reduce((s, w) => s + w, 0);
  const widths = block.widths.map((w) => Math.round((w / total) * TEXT_WIDTH_TWIPS));
  const last = block.rows.length - 1;
  return {
    kind: 'table',
    options: {
      style: 'TableGrid',
      width: { size: 100, type: WidthType.PERCENTAGE },
      layout: TableLayoutType.FIXED,
      tableLook: { firstRow: true },
    },
    rows: [
      { options: { tableHeader: true, cantSplit: true }, cells: block.header.map((h, i) => cellPlan(h, widths[i], false, false)) },
      ...block.rows.map((row, r) => {
        const keepNext = block.rowHeight !== undefined ? r === last : r !== last && block.rows.length <= SMALL_TABLE_ROWS;
        return {
          options: { cantSplit: true, ...(block.rowHeight ? { height: { value: block.rowHeight, rule: HeightRule.ATLEAST } } : {}) },
          cells: row.map((c, i) => cellPlan(c, undefined, i === 0 && block.boldFirstColumn === true, keepNext)),
        };
      }),
    ],
  };
}

function fillInPlan(block: Extract<Block, { kind: 'fillIn' }>): ParagraphPlan {
  let end = 0;
  const tabStops: NonNullable<IParagraphOptions['tabStops']>[number][] = [];
  const runs: RunPlan[] = [];
  block.fields.forEach((field, i) => {
    end += Math.round((field.share / 100) * TEXT_WIDTH_TWIPS);
    const last = i === block.fields.length - 1;
    runs.push(text(`${field.label} `), { kind: 'tab' });
    tabStops.push({ type: TabStopType.LEFT, position: last ? end : end - FIELD_GAP, leader: LeaderType.UNDERSCORE });
    if (!last) {
      runs.push({ kind: 'tab' });
      tabStops.push({ type: TabStopType.LEFT, position: end });
    }
  });
  return paragraph({ tabStops, spacing: { before: 280, after: 200 } }, runs);
}

function chartPlan(block: Extract<Block, { kind: 'chart' }>): ChildPlan {
  return {
    kind: 'chart',
    options: {
      alignment: AlignmentType.CENTER,
      keepLines: true,
      spacing: { before: 120, after: 120, line: 240, lineRule: LineRuleType.AUTO },
    },
    chart: {
      type: 'radar',
      title: { text: block.title, font: { size: 11, bold: true, color: INK } },
      categories: [...block.categories],
      series: block.series.map((s) => ({
        name: s.name,
        values: [...s.values],
        color: s.color,
        line: { color: s.color, width: 2, dash: s.dashed ? 'dash' : 'solid' },
        markers: { shape: 'circle', size: 6 },
        ...(s.labels
          ? { pointLabels: s.labels.map((label) => (label ? { text: label, font: { size: 8, color: s.color } } : false)) }
          : { dataLabels: false as const }),
      })),
      valueAxis: { minimum: 0, maximum: block.scale.max, interval: block.scale.step, visible: false, gridlines: true },
      categoryAxis: { font: { size: 9, bold: true } },
      legend: { position: 'bottom', font: { size: 9 } },
      font: { name: FONT },
      transformation: CHART_SIZE,
      altText: { name: block.title, title: block.title, description: block.description },
    },
  };
}

function blockPlan(block: Block, next: Block | undefined): ChildPlan[] {
  switch (block.kind) {
    case 'heading':
      return [paragraph({ text: block.text, heading: HEADINGS[block.level], pageBreakBefore: block.pageBreakBefore ?? false })];
    case 'paragraph':
      return [paragraph({ text: block.text, ...(block.style ? { style: block.style === 'lead' ? 'Lead' : 'Note' } : {}) })];
    case 'labelled':
      return [
        paragraph({ ...(block.keepNext || !block.text ? { keepNext: true } : {}) }, [
          strong(block.label),
          ...(block.text ? [text(` ${block.text}`)] : []),
        ]),
      ];
    case 'bullets':
      return block.items.map((item) => paragraph({ text: item, bullet: { level: 0 } }));
    case 'fillIn':
      return [fillInPlan(block)];
    case 'choices':
      return [
        paragraph({ spacing: { before: 240 }, keepNext: true }, [strong(block.label), ...block.options.map((o) => text(`    ☐ ${o}`))]),
      ];
    case 'field':
      return [paragraph({ spacing: { before: 240 } }, [strong(block.label), text(' '), { kind: 'control', control: block.control }])];
    case 'table':
      // the spacer after a table, but not after a form's, before a page break or at the end
      return block.rowHeight || next === undefined || (next.kind === 'heading' && next.pageBreakBefore === true)
        ? [tablePlan(block)]
        : [tablePlan(block), paragraph({ text: '' })];
    case 'chart':
      return [chartPlan(block)];
    case 'contents':
      return [{ kind: 'contents', title: block.title }];
    case 'references':
      return block.entries.map((entry) =>
        paragraph({ style: 'Reference' }, [
          text(entry.text),
          ...(entry.url ? [text(' '), { kind: 'link', url: entry.url, text: entry.url } as const] : []),
        ]),
      );
  }
}

export function planFromTree(tree: DocumentTree): DocumentPlan {
  const { frame } = tree;
  const marking: RunPlan[] = frame.marking ? [text('\t'), text(frame.marking, { style: 'Marking' })] : [];
  return {
    properties: {
      title: frame.properties.title,
      subject: frame.properties.subject,
      creator: frame.properties.author,
      lastModifiedBy: frame.properties.author,
      keywords: frame.properties.keywords.join(', '),
      description: tree.subtitle,
    },
    styles: documentStyles(frame.language),
    externalStyles: EXTERNAL_STYLES,
    writePageNumbers: frame.writePageNumbers,
    header: paragraph({ style: 'Header', tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH_TWIPS }] }, [
      text(frame.running),
      ...marking,
    ]),
    footer: paragraph(
      { style: 'Footer', alignment: AlignmentType.CENTER },
      frame.pageOf.map((part): RunPlan => (typeof part === 'string' ? text(part) : { kind: 'field', field: part.field })),
    ),
    children: [
      paragraph({ text: tree.title, heading: 'Title' }),
      paragraph({ text: tree.subtitle, style: 'Subtitle' }),
      ...tree.blocks.flatMap((block, i) => blockPlan(block, tree.blocks[i + 1])),
    ],
    customXml: tree.data ? customXmlFiles(tree.data) : [],
  };
}

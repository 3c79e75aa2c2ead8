// Document tree blocks → docx paragraphs and tables, in the styles of styles.ts: Word's built-in
// ones (Heading 1–3, List Paragraph, Table Grid, Strong) plus two of our own (Lead, Note).
import {
  AlignmentType,
  ExternalHyperlink,
  HeadingLevel,
  HeightRule,
  LeaderType,
  Paragraph,
  ShadingType,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  TableLayoutType,
  TableOfContents,
  WidthType,
  type FileChild,
  type ParagraphChild,
} from 'docx';
import type { Block, Cell } from '../tree.js';
import { radarChart } from './chart.js';
import { contentControl } from './controls.js';
import { TEXT_WIDTH_TWIPS } from './page.js';
import { MUTED } from './styles.js';

/** Tables up to this many rows (anchors, profiles) are kept on one page. */
const SMALL_TABLE_ROWS = 6;
/** half-points, under the table style's 10 pt (see EXTERNAL_STYLES) */
const NOTE_SIZE = 17;
const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
/** Gap left between two fill-in lines on one row, in twips. */
const FIELD_GAP = 360;

/** Bold through Word's built-in Strong character style (DOCUMENT_STYLES): restylable, and one element instead of two. */
const strong = (text: string) => new TextRun({ text, style: 'Strong' });
const shading = (fill: string) => ({ fill, type: ShadingType.CLEAR, color: 'auto' });

// Reports hold thousands of cells (50 candidates × 20 criteria × 5 columns), and packing time
// grows with every XML element, so a cell carries only what it needs: no run properties for plain
// text (the table style sets the size and the header row's look), no alignment unless centred, and
// no width: only the header row states the column widths, which a fixed-layout table takes for
// every row (Word and LibreOffice).
function cell(
  value: Cell,
  { width, bold = false, keepNext = false }: { width?: number; bold?: boolean; keepNext?: boolean } = {},
): TableCell {
  const c = typeof value === 'string' ? { text: value } : value;
  const centred = c.align === 'center';
  const runs: ParagraphChild[] = c.text ? [bold || c.bold ? strong(c.text) : new TextRun(c.text)] : [];
  if (c.note) runs.push(new TextRun({ text: c.note, break: 1, size: NOTE_SIZE, color: MUTED }));
  if (c.control) runs.push(contentControl(c.control));
  return new TableCell({
    children: [
      new Paragraph({ children: runs, ...(centred ? { alignment: AlignmentType.CENTER } : {}), ...(keepNext ? { keepNext } : {}) }),
    ],
    ...(c.shade ? { shading: shading(c.shade) } : {}),
    ...(width ? { width: { size: width, type: WidthType.DXA } } : {}),
  });
}

function table(block: Extract<Block, { kind: 'table' }>): Table {
  const total = block.widths.reduce((s, w) => s + w, 0);
  const widths = block.widths.map((w) => Math.round((w / total) * TEXT_WIDTH_TWIPS));
  const height = { height: { value: block.rowHeight ?? 0, rule: HeightRule.ATLEAST } };
  return new Table({
    style: 'TableGrid',
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    // The header row's bold and shading come from the table style (EXTERNAL_STYLES). The style
    // has no first-column look: LibreOffice 7.4 ignores tblLook's named flags and assumes Word's
    // default look, first column included, so a bold first column is set on its cells instead.
    tableLook: { firstRow: true },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: block.header.map((h, i) => cell(h, { width: widths[i] })) }),
      ...block.rows.map((row, r) => {
        // a small table keeps together (each row with the next), and a form's last row goes with the
        // lines that close it, so they never start a page alone
        const last = r === block.rows.length - 1;
        const keepNext = block.rowHeight !== undefined ? last : !last && block.rows.length <= SMALL_TABLE_ROWS;
        const children = row.map((c, i) => cell(c, { bold: i === 0 && block.boldFirstColumn, keepNext }));
        return new TableRow({ cantSplit: true, ...(block.rowHeight ? height : {}), children });
      }),
    ],
  });
}

function fillIn(block: Extract<Block, { kind: 'fillIn' }>): Paragraph {
  let end = 0;
  const stops: { type: typeof TabStopType.LEFT; position: number; leader?: typeof LeaderType.UNDERSCORE }[] = [];
  const children: ParagraphChild[] = [];
  block.fields.forEach((field, i) => {
    end += Math.round((field.share / 100) * TEXT_WIDTH_TWIPS);
    const last = i === block.fields.length - 1;
    children.push(new TextRun({ text: `${field.label} ` }), new TextRun({ children: [new Tab()] }));
    stops.push({ type: TabStopType.LEFT, position: last ? end : end - FIELD_GAP, leader: LeaderType.UNDERSCORE });
    if (!last) {
      children.push(new TextRun({ children: [new Tab()] }));
      stops.push({ type: TabStopType.LEFT, position: end });
    }
  });
  return new Paragraph({ children, tabStops: stops, spacing: { before: 280, after: 200 } });
}

function references(block: Extract<Block, { kind: 'references' }>): Paragraph[] {
  return block.entries.map(
    (entry) =>
      new Paragraph({
        style: 'Reference',
        children: [
          new TextRun(entry.text),
          // the address itself, linked: it must read on paper as well as click on screen
          ...(entry.url
            ? [
                new TextRun(' '),
                new ExternalHyperlink({ link: entry.url, children: [new TextRun({ text: entry.url, style: 'Hyperlink' })] }),
              ]
            : []),
        ],
      }),
  );
}

/** A block that begins on a new page, so nothing needs to space it from what comes before. */
const startsPage = (block: Block | undefined) => block?.kind === 'heading' && block.pageBreakBefore === true;

/** `next` is the block that follows, if any: what a table's closing space depends on. */
export function blockToChildren(block: Block, next?: Block): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ text: block.text, heading: HEADINGS[block.level], pageBreakBefore: block.pageBreakBefore ?? false })];
    case 'paragraph':
      return [new Paragraph({ text: block.text, ...(block.style ? { style: block.style === 'lead' ? 'Lead' : 'Note' } : {}) })];
    case 'labelled':
      return [
        new Paragraph({
          // a lead-in stays with what follows (docx would write even a false keepNext)
          ...(block.keepNext || !block.text ? { keepNext: true } : {}),
          children: [strong(block.label), ...(block.text ? [new TextRun({ text: ` ${block.text}` })] : [])],
        }),
      ];
    case 'bullets':
      return block.items.map((text) => new Paragraph({ text, bullet: { level: 0 } }));
    case 'fillIn':
      return [fillIn(block)];
    case 'choices':
      return [
        new Paragraph({
          spacing: { before: 240 },
          keepNext: true, // with the signature line under it
          children: [strong(block.label), ...block.options.map((o) => new TextRun({ text: `    ☐ ${o}` }))],
        }),
      ];
    case 'field':
      return [
        new Paragraph({ spacing: { before: 240 }, children: [strong(block.label), new TextRun(' '), contentControl(block.control)] }),
      ];
    case 'table':
      // an empty paragraph after a table keeps the next heading from touching its bottom border; a
      // form's table is followed by its closing lines, spaced on their own; and before a page break
      // (or at the end) it is left out: a table that fills its page would push it onto a page of its
      // own, which the break would then leave blank
      return block.rowHeight || next === undefined || startsPage(next) ? [table(block)] : [table(block), new Paragraph({ text: '' })];
    case 'chart':
      return [radarChart(block)];
    case 'contents':
      return [
        new Paragraph({ text: block.title, style: 'TOCHeading' }),
        new TableOfContents(block.title, { hyperlink: true, headingStyleRange: '1-1' }),
      ];
    case 'references':
      return references(block);
  }
}

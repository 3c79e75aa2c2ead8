// Job-description tree → docx Document. Declarative and pure: packing and writing happen in one
// place on the main side (electron/files/docx-file.ts).
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { Block, JobDescription } from '../jd/tree.js';
import { DOCUMENT_STYLES, EXTERNAL_STYLES } from './styles.js';

/** A4 with 2.54 cm margins leaves 9,026 twips of text width. */
const TEXT_WIDTH_TWIPS = 9026;

function cell(text: string, header: boolean): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })],
  });
}

function table(block: Extract<Block, { kind: 'table' }>): Table {
  const total = block.widths.reduce((s, w) => s + w, 0);
  return new Table({
    style: 'TableGrid',
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: block.widths.map((w) => Math.round((w / total) * TEXT_WIDTH_TWIPS)),
    rows: [
      new TableRow({ tableHeader: true, children: block.header.map((h) => cell(h, true)) }),
      ...block.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c) => cell(c, false)) })),
    ],
  });
}

function blockToChildren(block: Block): FileChild[] {
  switch (block.kind) {
    case 'paragraph':
      return [new Paragraph({ text: block.text })];
    case 'subheading':
      return [new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_2 })];
    case 'bullets':
      return block.items.map((text) => new Paragraph({ text, bullet: { level: 0 } }));
    case 'table':
      // an empty paragraph after a table keeps the next heading from touching its bottom border
      return [table(block), new Paragraph({ text: '' })];
  }
}

export function jobDescriptionToDocx(jd: JobDescription): Document {
  const children: FileChild[] = [
    new Paragraph({ text: jd.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ text: jd.subtitle, style: 'Subtitle' }),
    ...jd.sections.flatMap((section) => [
      new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1 }),
      ...section.blocks.flatMap(blockToChildren),
    ]),
  ];
  return new Document({
    title: jd.title,
    description: jd.subtitle,
    creator: 'CXO Role Studio',
    styles: DOCUMENT_STYLES,
    externalStyles: EXTERNAL_STYLES,
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 },
          },
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ text: jd.footer, style: 'Footer', alignment: AlignmentType.CENTER })],
          }),
        },
        children,
      },
    ],
  });
}

// Report tree (interviewer guide, candidate results) → docx Document: the job description's page
// set-up and styles, plus Heading 3 and two paragraph styles of our own. Pure, like toDocx.ts;
// electron/files/docx-file.ts packs and writes.
import { AlignmentType, Document, Footer, Paragraph, type IStylesOptions } from 'docx';
import type { ReportDocument } from '../tree.js';
import { reportBlockToChildren } from './report-blocks.js';
import { DOCUMENT_STYLES, EXTERNAL_STYLES } from './styles.js';

const FONT = 'Calibri';
const INK = '1F2937';
const ACCENT = '1D4E89';

export const REPORT_STYLES: IStylesOptions = {
  ...DOCUMENT_STYLES,
  default: {
    ...DOCUMENT_STYLES.default,
    // a report's sections (criterion groups, a candidate's parts) over its items (criteria): accent, then ink
    heading2: { run: { font: FONT, size: 26, bold: true, color: ACCENT }, paragraph: { spacing: { before: 280, after: 100 }, keepNext: true } },
    heading3: { run: { font: FONT, size: 22, bold: true, color: INK }, paragraph: { spacing: { before: 240, after: 60 }, keepNext: true } },
  },
  // Word's built-in Strong, as the character style it is (docx's defaults define a paragraph style by that id)
  characterStyles: [{ id: 'Strong', name: 'Strong', basedOn: 'DefaultParagraphFont', quickFormat: true, run: { bold: true } }],
  paragraphStyles: [
    ...(DOCUMENT_STYLES.paragraphStyles ?? []),
    { id: 'Lead', name: 'Lead', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: FONT, size: 24, color: '374151' }, paragraph: { spacing: { before: 120 } } },
    { id: 'Note', name: 'Note', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: FONT, size: 20, italics: true, color: '4B5563' } },
  ],
};

/**
 * The job description's Table Grid, with table text a point smaller (10 pt) and a bold, shaded
 * header row (the style's first-row formatting): set once in the style rather than on each of a
 * report's thousands of cells. Word and LibreOffice both apply it.
 */
export const REPORT_EXTERNAL_STYLES = EXTERNAL_STYLES.replace('<w:tblPr>', '<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr><w:tblPr>').replace(
  '</w:tblPr></w:style>',
  '</w:tblPr><w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E8EDF4"/></w:tcPr></w:tblStylePr></w:style>',
);

export function reportToDocx(report: ReportDocument): Document {
  return new Document({
    title: report.title,
    description: report.subtitle,
    creator: 'CXO Role Studio',
    styles: REPORT_STYLES,
    externalStyles: REPORT_EXTERNAL_STYLES,
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } },
        },
        footers: { default: new Footer({ children: [new Paragraph({ text: report.footer, style: 'Footer', alignment: AlignmentType.CENTER })] }) },
        children: [
          new Paragraph({ text: report.title, heading: 'Title' }),
          new Paragraph({ text: report.subtitle, style: 'Subtitle' }),
          ...report.blocks.flatMap(reportBlockToChildren),
        ],
      },
    ],
  });
}

// Word's own built-in style ids (Title, Subtitle, Heading 1/2, List Paragraph, Table Grid), so a
// reader can restyle the whole document from Word's style gallery instead of fighting direct formatting.
import type { IStylesOptions } from 'docx';

const FONT = 'Calibri';
const INK = '1F2937';
const ACCENT = '1D4E89';

const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>`;

/**
 * Word's built-in "Table Grid" table style, defined so LibreOffice and Word render identical borders.
 * docx has no table-style API; given as external styles, it is merged with docx's default styles
 * (importedStyles would replace them all).
 */
export const EXTERNAL_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
  `<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:uiPriority w:val="39"/>` +
    `<w:pPr><w:spacing w:before="40" w:after="40"/></w:pPr>` +
    `<w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>` +
    `<w:tblCellMar><w:top w:w="60" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="60" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar>` +
    `</w:tblPr></w:style></w:styles>`;

export const DOCUMENT_STYLES: IStylesOptions = {
  default: {
    document: { run: { font: FONT, size: 22, color: INK }, paragraph: { spacing: { after: 120, line: 276 } } },
    title: { run: { font: FONT, size: 52, bold: true, color: ACCENT }, paragraph: { spacing: { after: 60 } } },
    heading1: {
      run: { font: FONT, size: 30, bold: true, color: ACCENT },
      paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
    },
    heading2: { run: { font: FONT, size: 24, bold: true, color: INK }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
    listParagraph: { run: { font: FONT }, paragraph: { spacing: { after: 60 } } },
  },
  paragraphStyles: [
    {
      id: 'Subtitle',
      name: 'Subtitle',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: FONT, size: 26, color: '4B5563' },
      paragraph: { spacing: { after: 240 } },
    },
    {
      id: 'Footer',
      name: 'footer',
      basedOn: 'Normal',
      run: { font: FONT, size: 18, color: '6B7280' },
    },
  ],
};

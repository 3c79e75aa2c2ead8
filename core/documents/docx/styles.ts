// The one set of styles every exported document uses: Word's own built-in style ids (Title,
// Subtitle, Heading 1–3, List Paragraph, Table Grid, Strong, footer) so a reader can restyle a
// whole document from Word's style gallery instead of fighting direct formatting, plus two
// restylable paragraph styles of our own (Lead, Note).
import { LineRuleType, type IStylesOptions } from 'docx';

export const FONT = 'Calibri';

/**
 * Line heights of at least `points`, set a little above each size's natural height in Word's
 * Calibri (1.22 em): Word and LibreOffice (whose Carlito runs shorter lines) then lay every line at
 * the same height, so the page count and the contents' page numbers written at export hold in both.
 */
export const linesOf = (points: number) => ({ line: points * 20, lineRule: LineRuleType.AT_LEAST });
export const INK = '1F2937';
export const ACCENT = '1D4E89';
export const MUTED = '6B7280';
/** the Confidential marking: a dark red that prints legibly in grey too */
export const MARKING = '9B1C1C';

const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>`;

/**
 * Word's built-in "Table Grid" table style, defined so LibreOffice and Word render identical
 * borders, with table text a point smaller (10 pt) and a bold, shaded header row (the style's
 * first-row formatting): set once in the style rather than on each of a report's thousands of
 * cells. docx has no table-style API; given as external styles, it is merged with docx's default
 * styles (importedStyles would replace them all).
 */
export const EXTERNAL_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
  `<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:uiPriority w:val="39"/>` +
  `<w:pPr><w:spacing w:before="40" w:after="40" w:line="260" w:lineRule="atLeast"/></w:pPr>` +
  `<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>` +
  `<w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>` +
  `<w:tblCellMar><w:top w:w="60" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="60" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar>` +
  `</w:tblPr>` +
  `<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E8EDF4"/></w:tcPr></w:tblStylePr>` +
  `</w:style></w:styles>`;

/** The style set, with the language Word checks the document's spelling in (en-GB for British English). */
export const documentStyles = (language: string): IStylesOptions => ({
  default: {
    document: {
      run: { font: FONT, size: 22, color: INK, language: { value: language } },
      paragraph: { spacing: { after: 120, ...linesOf(15) } },
    },
    title: { run: { font: FONT, size: 52, bold: true, color: ACCENT }, paragraph: { spacing: { after: 60, ...linesOf(34) } } },
    heading1: {
      run: { font: FONT, size: 30, bold: true, color: ACCENT },
      paragraph: { spacing: { before: 360, after: 120, ...linesOf(21) }, keepNext: true },
    },
    // a document's sections (a JD's themes, criterion groups, a candidate's parts) over its items: accent, then ink
    heading2: {
      run: { font: FONT, size: 26, bold: true, color: ACCENT },
      paragraph: { spacing: { before: 280, after: 100, ...linesOf(18) }, keepNext: true },
    },
    heading3: {
      run: { font: FONT, size: 22, bold: true, color: INK },
      paragraph: { spacing: { before: 240, after: 60, ...linesOf(15) }, keepNext: true },
    },
    listParagraph: { run: { font: FONT }, paragraph: { spacing: { after: 60 } } },
  },
  characterStyles: [
    // Word's built-in Strong, as the character style it is (docx's defaults define a paragraph style by that id)
    { id: 'Strong', name: 'Strong', basedOn: 'DefaultParagraphFont', quickFormat: true, run: { bold: true } },
    // the marking a confidential document carries on every page
    { id: 'Marking', name: 'Marking', basedOn: 'DefaultParagraphFont', run: { bold: true, color: MARKING, allCaps: true } },
    { id: 'Hyperlink', name: 'Hyperlink', basedOn: 'DefaultParagraphFont', run: { color: ACCENT, underline: {} } },
  ],
  paragraphStyles: [
    {
      id: 'Subtitle',
      name: 'Subtitle',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: FONT, size: 26, color: '4B5563' },
      paragraph: { spacing: { after: 240, ...linesOf(18) } },
    },
    {
      id: 'Header',
      name: 'header',
      basedOn: 'Normal',
      run: { font: FONT, size: 18, color: MUTED },
      paragraph: { spacing: { after: 0, ...linesOf(12) } },
    },
    {
      id: 'Footer',
      name: 'footer',
      basedOn: 'Normal',
      run: { font: FONT, size: 18, color: MUTED },
      paragraph: { spacing: { after: 0, ...linesOf(12) } },
    },
    // Word's built-in heading over a table of contents: styled like Heading 1 but not listed in the table itself
    {
      id: 'TOCHeading',
      name: 'TOC Heading',
      basedOn: 'Normal',
      next: 'Normal',
      run: { font: FONT, size: 30, bold: true, color: ACCENT },
      paragraph: { spacing: { before: 360, after: 120, ...linesOf(21) }, keepNext: true },
    },
    // a References entry: a hanging indent, so each source starts at the margin
    {
      id: 'Reference',
      name: 'Reference',
      basedOn: 'Normal',
      quickFormat: true,
      paragraph: { indent: { left: 360, hanging: 360 }, spacing: { after: 100 } },
    },
    {
      id: 'Lead',
      name: 'Lead',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: FONT, size: 24, color: '374151' },
      paragraph: { spacing: { before: 120, ...linesOf(17) } },
    },
    {
      id: 'Note',
      name: 'Note',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: FONT, size: 20, italics: true, color: '4B5563' },
      paragraph: { spacing: linesOf(14) },
    },
  ],
});

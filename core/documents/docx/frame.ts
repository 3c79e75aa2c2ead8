// Every page's header and footer: the running line (role, document, date), "Confidential" on the
// right where the document is marked, and "Page N of M" from Word's PAGE and NUMPAGES fields, so
// Word and LibreOffice both fill them in.
import { AlignmentType, Footer, Header, PageNumber, Paragraph, TabStopType, TextRun } from 'docx';
import type { DocumentFrame } from '../tree.js';
import { TEXT_WIDTH_TWIPS } from './page.js';

export function pageHeader(frame: DocumentFrame): Header {
  const marking = frame.marking ? [new TextRun({ text: '\t' }), new TextRun({ text: frame.marking, style: 'Marking' })] : [];
  return new Header({
    children: [
      new Paragraph({
        style: 'Header',
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH_TWIPS }],
        children: [new TextRun(frame.running), ...marking],
      }),
    ],
  });
}

export function pageFooter(frame: DocumentFrame): Footer {
  const children = frame.pageOf.map((part) =>
    typeof part === 'string'
      ? new TextRun(part)
      : new TextRun({ children: [part.field === 'page' ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES] }),
  );
  return new Footer({ children: [new Paragraph({ style: 'Footer', alignment: AlignmentType.CENTER, children })] });
}

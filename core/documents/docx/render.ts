// Document tree → docx Document: the one renderer for every exported document, with one page
// set-up and one set of styles. Declarative and pure; pack.ts turns the result into bytes.
import { Document, Paragraph, type FileChild } from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import type { DocumentTree } from '../tree.js';
import { blockToChildren } from './blocks.js';
import { pageFooter, pageHeader } from './frame.js';
import { PAGE } from './page.js';
import { documentStyles, EXTERNAL_STYLES } from './styles.js';

export function renderDocx(tree: DocumentTree): Document {
  const { frame } = tree;
  const children: FileChild[] = [
    new Paragraph({ text: tree.title, heading: 'Title' }),
    new Paragraph({ text: tree.subtitle, style: 'Subtitle' }),
    ...tree.blocks.flatMap((block, i) => blockToChildren(block, tree.blocks[i + 1])),
  ];
  return new Document({
    title: frame.properties.title,
    subject: frame.properties.subject,
    creator: frame.properties.author,
    lastModifiedBy: frame.properties.author,
    keywords: frame.properties.keywords.join(', '),
    description: tree.subtitle,
    styles: documentStyles(frame.language),
    externalStyles: EXTERNAL_STYLES,
    // lays the pages out as Word does, so NUMPAGES in every footer and the page numbers of a table
    // of contents are written into the file: right before anyone updates a field
    ...(frame.writePageNumbers ? { pageNumbers: estimatePageNumbers } : {}),
    sections: [
      {
        properties: { page: PAGE },
        headers: { default: pageHeader(frame) },
        footers: { default: pageFooter(frame) },
        children,
      },
    ],
  });
}

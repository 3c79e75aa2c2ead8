// Document tree → docx Document: the one renderer for every exported document, with one page
// set-up and one set of styles. Declarative and pure; pack.ts turns the result into bytes.
import { AlignmentType, Document, Footer, Paragraph, type FileChild } from 'docx';
import type { DocumentTree } from '../tree.js';
import { blockToChildren } from './blocks.js';
import { PAGE } from './page.js';
import { DOCUMENT_STYLES, EXTERNAL_STYLES } from './styles.js';

export function renderDocx(tree: DocumentTree): Document {
  const children: FileChild[] = [
    new Paragraph({ text: tree.title, heading: 'Title' }),
    new Paragraph({ text: tree.subtitle, style: 'Subtitle' }),
    ...tree.blocks.flatMap(blockToChildren),
  ];
  return new Document({
    title: tree.title,
    description: tree.subtitle,
    creator: 'CXO Role Studio',
    styles: DOCUMENT_STYLES,
    externalStyles: EXTERNAL_STYLES,
    sections: [
      {
        properties: { page: PAGE },
        footers: {
          default: new Footer({ children: [new Paragraph({ text: tree.footer, style: 'Footer', alignment: AlignmentType.CENTER })] }),
        },
        children,
      },
    ],
  });
}

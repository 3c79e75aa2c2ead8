// Document tree → docx Document: the one renderer for every exported document, with one page
// set-up and one set of styles. Declarative and pure; pack.ts turns the result into bytes.
import { AlignmentType, Document, Footer, Paragraph, type FileChild } from 'docx';
import type { DocumentTree } from '../tree.js';
import { blockToChildren } from './blocks.js';
import { PAGE } from './page.js';
import { DOCUMENT_STYLES, EXTERNAL_STYLES } from './styles.js';

/** Word's language tag for the role's language: what it spell-checks and hyphenates the text as. */
const WORD_LANGUAGE: Readonly<Record<string, string>> = { en: 'en-GB', it: 'it-IT', nl: 'nl-NL', pl: 'pl-PL', uk: 'uk-UA' };

/** `language` is the document's (the role's), so Word checks a Polish job description as Polish. */
export function renderDocx(tree: DocumentTree, language = 'en'): Document {
  const lang = WORD_LANGUAGE[language.slice(0, 2)] ?? language;
  const styles = DOCUMENT_STYLES.default?.document;
  const children: FileChild[] = [
    new Paragraph({ text: tree.title, heading: 'Title' }),
    new Paragraph({ text: tree.subtitle, style: 'Subtitle' }),
    ...tree.blocks.flatMap(blockToChildren),
  ];
  return new Document({
    title: tree.title,
    description: tree.subtitle,
    creator: 'CXO Role Studio',
    styles: {
      ...DOCUMENT_STYLES,
      default: { ...DOCUMENT_STYLES.default, document: { ...styles, run: { ...styles?.run, language: { value: lang } } } },
    },
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

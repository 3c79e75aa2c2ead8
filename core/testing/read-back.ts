// Test helpers: documents packed to DOCX exactly as the app packs them, and read back as a person
// would meet them. For the board pack, the text of each part is found by its Heading 1, so a test
// can ask "is this on the cover" rather than "in the file".
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { packDocument } from '../documents/docx/pack.js';
import type { DocumentTree } from '../documents/tree.js';
import { translator } from '../i18n/index.js';
import type { Project } from '../schema/project.js';
import { buildBoardPack } from '../documents/board-pack/build.js';

export const t = translator('en');
export const PACK_DATE = new Date('2026-06-08T12:00:00Z');

/** A document tree rendered and packed as the app does, as a Buffer for mammoth and JSZip. */
export const packTree = async (tree: DocumentTree): Promise<Buffer> => Buffer.from(await packDocument(tree));

export interface ReadBack {
  text: string;
  /** document.xml */
  xml: string;
  /** the header and footer parts, each joined */
  header: string;
  footer: string;
  /** the table of contents as written at export: each entry's text and page number */
  contents: { text: string; page: number }[];
  /** the text from one Heading 1 to the next; the cover is everything before "Summary" */
  part: (heading: string) => string;
}

export async function packAndRead(project: Project, languageAppendix = false): Promise<ReadBack> {
  const pack = buildBoardPack(project, t, { date: PACK_DATE, languageAppendix });
  const buffer = await packTree(pack);
  const text = (await mammoth.extractRawText({ buffer })).value;
  const zip = await JSZip.loadAsync(buffer);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const joined = (kind: string) =>
    Promise.all(
      Object.keys(zip.files)
        .filter((f) => new RegExp(`^word/${kind}\\d*\\.xml$`).test(f))
        .map((f) => zip.file(f)!.async('string')),
    ).then((xmls) => xmls.join(''));
  const parts = pack.blocks.flatMap((b) => (b.kind === 'heading' && b.level === 1 ? [b.text] : []));
  // the table of contents lists each Heading 1 with a tab and its page; the heading itself stands alone on its line
  const contents = [...text.matchAll(/^(.+)\t(\d+)$/gm)].map((m) => ({ text: m[1]!, page: Number(m[2]) }));
  let at = 0;
  const starts = parts.map((h) => (at = text.indexOf(`\n${h}\n`, at) + 1));
  const part = (heading: string) => {
    const i = heading === 'cover' ? -1 : parts.indexOf(heading);
    if (heading !== 'cover' && i < 0) return '';
    return text.slice(i < 0 ? 0 : starts[i], starts[i + 1]);
  };
  return { text, xml, header: await joined('header'), footer: await joined('footer'), contents, part };
}

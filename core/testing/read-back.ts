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
  /** document.xml, footer parts joined */
  xml: string;
  footer: string;
  /** the text from one Heading 1 to the next; the cover is everything before "Summary" */
  part: (heading: string) => string;
}

export async function packAndRead(project: Project, languageAppendix = false): Promise<ReadBack> {
  const pack = buildBoardPack(project, t, { date: PACK_DATE, languageAppendix });
  const buffer = await packTree(pack);
  const text = (await mammoth.extractRawText({ buffer })).value;
  const zip = await JSZip.loadAsync(buffer);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const footers = await Promise.all(
    Object.keys(zip.files)
      .filter((f) => /^word\/footer\d*\.xml$/.test(f))
      .map((f) => zip.file(f)!.async('string')),
  );
  const parts = pack.blocks.flatMap((b) => (b.kind === 'heading' && b.level === 1 ? [b.text] : []));
  // each Heading 1 appears twice: in the cover's list of parts, then as the heading itself
  let at = 0;
  const find = (h: string) => (at = text.indexOf(`\n${h}\n`, at) + 1);
  parts.forEach(find);
  const starts = parts.map(find);
  const part = (heading: string) => {
    const i = heading === 'cover' ? -1 : parts.indexOf(heading);
    if (heading !== 'cover' && i < 0) return '';
    return text.slice(i < 0 ? 0 : starts[i], starts[i + 1]);
  };
  return { text, xml, footer: footers.join(''), part };
}

// The one place a docx Document becomes bytes. Writing them to disk is the shell's job
// (electron/files/docx-file.ts); this stays pure so tests and the bench pack exactly as the app does.
import { Packer, type Document } from 'docx';
import type { DocumentTree, EmbeddedData } from '../tree.js';
import { renderDocx } from './render.js';
import { withCustomXml } from './custom-xml.js';

export async function packDocx(doc: Document, data?: EmbeddedData): Promise<Uint8Array> {
  const bytes = new Uint8Array(await Packer.toArrayBuffer(doc));
  return data ? withCustomXml(bytes, data) : bytes;
}

/** Any document tree rendered (in the language its frame names) and packed with the data it carries: what the app writes. */
export const packDocument = (tree: DocumentTree): Promise<Uint8Array> => packDocx(renderDocx(tree), tree.data);

// The one place a docx Document becomes bytes. Writing them to disk is the shell's job
// (electron/files/docx-file.ts); this stays pure so tests and the bench pack exactly as the app does.
import { Packer, type Document } from 'docx';
import type { DocumentTree, EmbeddedData } from '../tree.js';
import { renderDocx } from './render.js';
import { customXmlFiles, registerCustomXml } from './custom-xml.js';

/** `data` goes in a Custom XML part; pack a document with data once (its relationship to the part is added to it). */
export async function packDocx(doc: Document, data?: EmbeddedData): Promise<Uint8Array> {
  if (data) registerCustomXml(doc);
  return new Uint8Array(await Packer.toArrayBuffer(doc, undefined, data ? customXmlFiles(data) : []));
}

/** Any document tree rendered (in the language its frame names) and packed with the data it carries: what the app writes. */
export const packDocument = (tree: DocumentTree): Promise<Uint8Array> => packDocx(renderDocx(tree), tree.data);

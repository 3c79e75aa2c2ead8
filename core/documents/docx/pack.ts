// The one place a docx Document becomes bytes. Writing them to disk is the shell's job
// (electron/files/docx-file.ts); this stays pure so tests and the bench pack exactly as the app does.
import { Packer, type Document } from 'docx';

export async function packDocx(doc: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

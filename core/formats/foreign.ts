// Files that are plainly something else: a Word document renamed to .cxorole, a PDF sent instead of
// a scorecard. Recognised by the first bytes every such file starts with, before any JSON parse, so
// the user reads "This is a Word document" rather than "not valid JSON".
// ZIP-based Office files name their parts in plain ASCII in the archive's headers, which tells a
// Word document from a spreadsheet or a presentation without unpacking anything.

export const FOREIGN_TYPES = ['word', 'spreadsheet', 'presentation', 'zip', 'pdf', 'legacyOffice', 'image'] as const;
export type ForeignType = (typeof FOREIGN_TYPES)[number];

/** How much of the file is looked at: the first ZIP entry names sit well inside this. */
const HEAD = 4096;

/** `head` is the file's start as text (each byte one character for the ASCII markers looked for). */
export function foreignType(head: string): ForeignType | null {
  const start = head.slice(0, HEAD);
  if (start.startsWith('PK\u0003\u0004')) {
    if (start.includes('word/')) return 'word';
    if (start.includes('xl/')) return 'spreadsheet';
    if (start.includes('ppt/')) return 'presentation';
    return 'zip';
  }
  if (start.startsWith('%PDF-')) return 'pdf';
  // the compound-file signature of .doc and .xls: D0 CF 11 E0, read byte by byte or as UTF-8 (D0 CF: two replacement characters)
  if (start.startsWith('\u00d0\u00cf\u0011\u00e0') || start.startsWith('\ufffd\ufffd\u0011')) return 'legacyOffice';
  if (/^(\u0089PNG|\ufffdPNG|GIF8|\u00ff\u00d8\u00ff|\ufffd\ufffd\ufffd)/u.test(start)) return 'image';
  return null;
}

/**
 * The same for a file's bytes, before they are decoded: a Word document is not UTF-8, and should be
 * named as a Word document, not as text in another encoding. Each byte is read as one character.
 */
export function foreignBytes(bytes: Uint8Array): ForeignType | null {
  return foreignType(String.fromCharCode(...bytes.subarray(0, HEAD)));
}

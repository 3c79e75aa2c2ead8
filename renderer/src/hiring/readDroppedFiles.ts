// Dropped files are read in the page (a browser never hands a page their paths) and sent to the
// main side, which validates them exactly as it validates files opened by path: a JSON scorecard
// as text, decoded as strict UTF-8 as files read by path are (damaged bytes are refused, not
// replaced); a Word scorecard pack as its bytes, in base64.
import type { ReadScorecards, ScorecardSource } from '../../../core/contract';
import { hasExtension, limitMb, MAX_BYTES } from '../../../core/formats/kinds';

export interface DroppedSources {
  sources: Exclude<ScorecardSource, { path: string }>[];
  /** files refused before reading: too large to be a scorecard or a pack */
  problems: ReadScorecards['problems'];
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function readBytes(file: File): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (reader.result instanceof ArrayBuffer ? resolve(reader.result) : reject(new Error('unreadable')));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsArrayBuffer(file);
  });
}

/** Bytes as base64, a slice at a time (spreading megabytes into one call overflows the stack). */
function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function readDroppedFiles(files: readonly File[]): Promise<DroppedSources> {
  const out: DroppedSources = { sources: [], problems: [] };
  for (const file of files) {
    const pack = hasExtension(file.name, 'docx');
    const kind = pack ? 'scorecardPack' : 'scorecard';
    if (file.size > MAX_BYTES[kind]) {
      out.problems.push({ file: file.name, problem: { code: 'file.tooLarge', params: { limitMb: limitMb(kind) } } });
      continue;
    }
    let bytes: ArrayBuffer;
    try {
      bytes = await readBytes(file);
    } catch {
      out.problems.push({ file: file.name, problem: { code: 'file.notReadable', params: { path: file.name, reason: 'other' } } });
      continue;
    }
    if (pack) {
      out.sources.push({ name: file.name, base64: base64Of(new Uint8Array(bytes)) });
      continue;
    }
    try {
      out.sources.push({ name: file.name, text: strictUtf8.decode(bytes) });
    } catch {
      out.problems.push({ file: file.name, problem: { code: 'file.notUtf8' } });
    }
  }
  return out;
}

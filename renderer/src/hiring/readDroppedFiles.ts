// Dropped files are read in the page (a browser never hands a page their paths) and sent to the
// main side as text, which validates them exactly as it validates files opened by path. They are
// decoded as strict UTF-8, as files read by path are: damaged bytes are refused, not replaced.
import type { ReadScorecards } from '../../../core/contract';
import { limitMb, MAX_BYTES } from '../../../core/formats/kinds';

export interface DroppedSources {
  sources: { name: string; text: string }[];
  /** files refused before reading: too large to be a scorecard */
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

export async function readDroppedFiles(files: readonly File[]): Promise<DroppedSources> {
  const out: DroppedSources = { sources: [], problems: [] };
  for (const file of files) {
    if (file.size > MAX_BYTES.scorecard) {
      out.problems.push({ file: file.name, problem: { code: 'file.tooLarge', params: { limitMb: limitMb('scorecard') } } });
      continue;
    }
    let bytes: ArrayBuffer;
    try {
      bytes = await readBytes(file);
    } catch {
      out.problems.push({ file: file.name, problem: { code: 'file.notReadable', params: { path: file.name, reason: 'other' } } });
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

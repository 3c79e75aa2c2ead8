// Dropped files are read in the page (a browser never hands a page their paths) and sent to the
// main side as text, which validates them exactly as it validates files opened by path.
import type { ReadScorecards } from '../../../core/contract';
import { limitMb, MAX_BYTES } from '../../../core/formats/kinds';

export interface DroppedSources {
  sources: { name: string; text: string }[];
  /** files refused before reading: too large to be a scorecard */
  problems: ReadScorecards['problems'];
}

function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file);
  });
}

export async function readDroppedFiles(files: readonly File[]): Promise<DroppedSources> {
  const out: DroppedSources = { sources: [], problems: [] };
  for (const file of files) {
    if (file.size > MAX_BYTES.scorecard) {
      out.problems.push({ file: file.name, problem: { code: 'file.tooLarge', params: { limitMb: limitMb('scorecard') } } });
      continue;
    }
    try {
      out.sources.push({ name: file.name, text: await readText(file) });
    } catch {
      out.problems.push({ file: file.name, problem: { code: 'file.notReadable', params: { path: file.name, reason: 'FileReader' } } });
    }
  }
  return out;
}

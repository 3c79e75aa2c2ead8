// Dropped files are read in the page (a browser never hands a page their paths) and sent to the
// main side, which validates them exactly as it validates files opened by path: a JSON scorecard
// as text, a Word scorecard pack as base64 bytes.
import type { ReadScorecards, ScorecardSource } from '../../../core/contract';
import { hasExtension, limitMb, MAX_BYTES } from '../../../core/formats/kinds';

export interface DroppedSources {
  sources: Exclude<ScorecardSource, { path: string }>[];
  /** files refused before reading: too large to be a scorecard or a pack */
  problems: ReadScorecards['problems'];
}

function read(file: File, as: 'text' | 'dataUrl'): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    if (as === 'text') reader.readAsText(file);
    else reader.readAsDataURL(file);
  });
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
    try {
      // a data URL is "data:<type>;base64,<bytes>": the part after the comma is the file
      if (pack) out.sources.push({ name: file.name, base64: (await read(file, 'dataUrl')).replace(/^[^,]*,/, '') });
      else out.sources.push({ name: file.name, text: await read(file, 'text') });
    } catch {
      out.problems.push({ file: file.name, problem: { code: 'file.notReadable', params: { path: file.name, reason: 'FileReader' } } });
    }
  }
  return out;
}

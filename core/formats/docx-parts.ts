// The parts of a DOCX the app reads, taken out of the zip with fflate and parsed with xmldom: only
// the named parts are inflated, each refused past a size limit before it is inflated (a small zip
// can hold gigabytes), and XML with a document type declaration is refused outright (Word never
// writes one; entity tricks need one).
import { DOMParser, onErrorStopParsing, type Document } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { fail, ok, type Result } from '../result.js';

/** An inflated part this large is not a scorecard pack anyone wrote by hand. */
const MAX_PART_BYTES = 32 * 1024 * 1024;

export function unzipParts(bytes: Uint8Array, wanted: (name: string) => boolean): Result<Map<string, string>> {
  let tooLarge = false;
  try {
    const files = unzipSync(bytes, {
      filter: (file) => {
        if (!wanted(file.name)) return false;
        if (file.originalSize > MAX_PART_BYTES) tooLarge = true;
        return !tooLarge;
      },
    });
    if (tooLarge) return fail('pack.partTooLarge');
    return ok(new Map(Object.entries(files).map(([name, data]) => [name, strFromU8(data)])));
  } catch {
    return fail('pack.notDocx');
  }
}

export function parseXml(text: string): Document | null {
  if (/<!DOCTYPE/i.test(text)) return null;
  try {
    return new DOMParser({ onError: onErrorStopParsing }).parseFromString(text, 'application/xml');
  } catch {
    return null;
  }
}

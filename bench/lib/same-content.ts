// Keeps every document row honest: before a row is timed, the app's DOCX and the baseline's are
// unpacked and compared, part by part. Both must hold the same parts, and each XML part the same
// elements, name by name and count by count (paragraphs, runs, cells, fields, charts, content
// controls, styles …); document.xml must also be as long within a fraction of a percent (ids that
// docx numbers afresh per document may differ, nothing else). A row whose baseline packs less than
// the app fails here instead of flattering the ratio.
import { strFromU8, unzipSync } from 'fflate';

export interface PackageSummary {
  parts: string[];
  /** element name → how many, per XML part */
  elements: Map<string, Map<string, number>>;
  documentBytes: number;
}

const BYTES_TOLERANCE = 0.002;

export function summarise(docx: Uint8Array): PackageSummary {
  const files = unzipSync(docx);
  const elements = new Map<string, Map<string, number>>();
  for (const [path, bytes] of Object.entries(files)) {
    if (!/\.(xml|rels)$/.test(path)) continue;
    const counts = new Map<string, number>();
    for (const [, name] of strFromU8(bytes).matchAll(/<([A-Za-z][\w.:-]*)/g)) counts.set(name!, (counts.get(name!) ?? 0) + 1);
    elements.set(path, counts);
  }
  return { parts: Object.keys(files).sort(), elements, documentBytes: files['word/document.xml']?.length ?? 0 };
}

/** What differs between the app's package and the baseline's; empty when they hold the same content. */
export function differences(app: PackageSummary, baseline: PackageSummary): string[] {
  const problems: string[] = [];
  const missing = app.parts.filter((p) => !baseline.parts.includes(p));
  const extra = baseline.parts.filter((p) => !app.parts.includes(p));
  if (missing.length) problems.push(`the baseline lacks ${missing.join(', ')}`);
  if (extra.length) problems.push(`the baseline adds ${extra.join(', ')}`);
  for (const [part, counts] of app.elements) {
    const theirs = baseline.elements.get(part);
    if (!theirs) continue;
    for (const name of new Set([...counts.keys(), ...theirs.keys()])) {
      const a = counts.get(name) ?? 0;
      const b = theirs.get(name) ?? 0;
      if (a !== b) problems.push(`${part}: ${name} ×${a} in the app's, ×${b} in the baseline's`);
    }
  }
  const gap = Math.abs(app.documentBytes - baseline.documentBytes) / Math.max(1, app.documentBytes);
  if (gap > BYTES_TOLERANCE)
    problems.push(`word/document.xml: ${app.documentBytes} bytes in the app's, ${baseline.documentBytes} in the baseline's`);
  return problems;
}

/** Element count of a package's document.xml, for the bench's report of what a row packs. */
export const documentElements = (summary: PackageSummary): number =>
  [...(summary.elements.get('word/document.xml')?.values() ?? [])].reduce((s, n) => s + n, 0);

// One bench row for a document: the app building its tree, rendering and packing it (the subject),
// against the docx library packing the same content built directly (the baseline), interleaved.
// Before anything is timed, both packages are compared (same-content.ts): a row whose baseline
// writes a different document is not measured.
import { packDocument } from '../../core/documents/docx/pack.js';
import type { DocumentTree } from '../../core/documents/tree.js';
import { packDirect } from './direct-docx.js';
import { planFromTree } from './direct-plan.js';
import { differences, documentElements, summarise } from './same-content.js';
import { interleave, timed } from './stats.js';
import { pairRows, type Row, type RowModule } from './types.js';

const WARMUPS = 3;
const RUNS = 15;
const TARGET = 1.3;

export interface DocumentSides {
  /** what the app does on export: build the tree, render it, pack it (with its data) */
  subject: () => Promise<Uint8Array>;
  /** docx packing the same content, its options worked out beforehand */
  baseline: () => Promise<Uint8Array>;
}

/** `prepare` sets up the input outside the timed region and returns the tree builder to time. */
export function documentSides(prepare: () => () => DocumentTree): DocumentSides {
  const build = prepare();
  const plan = planFromTree(build());
  return { subject: () => packDocument(build()), baseline: () => packDirect(plan) };
}

/** Throws unless both sides write the same document; returns document.xml's element count. */
export async function checkSameContent(name: string, { subject, baseline }: DocumentSides): Promise<number> {
  const app = summarise(await subject());
  const problems = differences(app, summarise(await baseline()));
  if (problems.length) throw new Error(`${name}: the baseline does not write the same document:\n  ${problems.slice(0, 12).join('\n  ')}`);
  return documentElements(app);
}

export function documentRow(name: string, prepare: () => () => DocumentTree): RowModule {
  return {
    id: name,
    async measure(): Promise<Row[]> {
      const sides = documentSides(prepare);
      const elements = await checkSameContent(name, sides);
      console.log(`  ${name}: both sides write the same parts and elements (${elements} in document.xml)`);
      const samples = await interleave(timed(sides.subject), timed(sides.baseline), { warmups: WARMUPS, runs: RUNS });
      return pairRows({ name, samples: samples.subject }, { name: `${name}-docx-direct`, samples: samples.baseline }, TARGET);
    },
  };
}

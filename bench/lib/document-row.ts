// One bench row for a document: the app building its tree, rendering and packing it (the subject),
// against the docx library packing the same content built directly (the baseline), interleaved.
import { packDocx } from '../../core/documents/docx/pack.js';
import { renderDocx } from '../../core/documents/docx/render.js';
import type { DocumentTree } from '../../core/documents/tree.js';
import { directDocument, planFromTree } from './direct-docx.js';
import { interleave, timed } from './stats.js';
import { pairRows, type Row, type RowModule } from './types.js';

const WARMUPS = 3;
const RUNS = 15;
const TARGET = 1.3;

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

/** `prepare` sets up the input outside the timed region and returns the tree builder to time. */
export function documentRow(name: string, prepare: () => () => DocumentTree): RowModule {
  return {
    id: name,
    async measure(): Promise<Row[]> {
      const build = prepare();
      const plan = planFromTree(build());
      const subject = () => packDocx(renderDocx(build()));
      const baseline = () => packDocx(directDocument(plan));
      for (const bytes of [await subject(), await baseline()]) {
        if (!isZip(bytes)) throw new Error('packing did not produce a DOCX (zip) buffer');
      }
      const samples = await interleave(timed(subject), timed(baseline), { warmups: WARMUPS, runs: RUNS });
      return pairRows({ name, samples: samples.subject }, { name: `${name}-docx-direct`, samples: samples.baseline }, TARGET);
    },
  };
}

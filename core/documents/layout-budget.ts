// How much of a document the export lays out. docx/layout's page-number estimate writes NUMPAGES
// (and a table of contents' page numbers) into the file, but it is most of an export's time: on
// this project's 2-core test machine about 3 ms of CPU per table row or paragraph, over at least
// two passes (docs/performance.md). A document without a table of contents loses nothing by
// skipping it but the count written ahead of time: Word and LibreOffice count the pages of
// "Page N of M" themselves whenever they open or print it. So a long one leaves the count to them,
// at the same size at which the results drop their contents (150 candidates, results/build.ts).

import type { Block } from './tree.js';

/**
 * The most table rows and paragraphs laid out at export: the results of 150 candidates are about
 * 1,320, a scorecard pack of 50 candidates about 1,500, a debrief agenda about 360 per candidate.
 */
export const LAYOUT_BUDGET = 1600;

/** Table rows (with the header), list items, references and other blocks: what the layout works through. */
export function layoutSize(blocks: readonly Block[]): number {
  let size = 0;
  for (const block of blocks) {
    if (block.kind === 'table') size += block.rows.length + 1;
    else if (block.kind === 'bullets') size += block.items.length;
    else if (block.kind === 'references') size += block.entries.length;
    else size += 1;
  }
  return size;
}

/** Whether a document without a table of contents is short enough to lay out at export. */
export const affordsLayout = (blocks: readonly Block[]): boolean => layoutSize(blocks) <= LAYOUT_BUDGET;

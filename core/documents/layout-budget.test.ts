// Long documents without a table of contents leave their page count to Word and LibreOffice, so
// an export never spends tens of seconds laying out pages; short ones still have it written.
import { describe, expect, it } from 'vitest';
import { ownCards, packFrame } from '../hiring/pack/frame.js';
import { translator } from '../i18n/index.js';
import { syntheticProject } from '../testing/hiring.js';
import { buildDebrief } from './debrief/build.js';
import { LAYOUT_BUDGET, layoutSize } from './layout-budget.js';
import { buildScorecardPack } from './scorecard-pack/build.js';
import type { DocumentTree } from './tree.js';

const t = translator('en');
const date = new Date('2025-01-15T00:00:00Z');
const project = (candidates: number) => syntheticProject({ candidates, interviewers: 4, criteria: 20, seed: 3 });

function pack(candidates: number): DocumentTree {
  const p = project(candidates);
  const frame = packFrame(p, { interviewerId: 'i0' }, t, date)!;
  return buildScorecardPack(frame, t, ownCards(p, frame));
}

const hasContents = (tree: DocumentTree) => tree.blocks.some((b) => b.kind === 'contents');

describe('the page layout at export', () => {
  it('counts table rows with their header, list items and other blocks', () => {
    const size = layoutSize([
      { kind: 'heading', level: 1, text: 'A' },
      { kind: 'table', header: ['x'], rows: [['1'], ['2']], widths: [1] },
      { kind: 'bullets', items: ['a', 'b', 'c'] },
    ]);
    expect(size).toBe(1 + 3 + 3);
  });

  it('is written for a scorecard pack of up to 50 candidates, left to Word for a larger one', () => {
    const small = pack(50);
    const large = pack(60);
    expect(layoutSize(small.blocks)).toBeLessThanOrEqual(LAYOUT_BUDGET);
    expect(small.frame.writePageNumbers).toBe(true);
    expect(large.frame.writePageNumbers).toBe(false);
    expect(hasContents(large)).toBe(false);
  });

  it('is written for the debrief of a few candidates, left to Word for many', () => {
    const few = buildDebrief(project(3), t, { date });
    const many = buildDebrief(project(12), t, { date });
    expect(few.frame.writePageNumbers).toBe(true);
    expect(many.frame.writePageNumbers).toBe(false);
    expect(hasContents(many)).toBe(false);
  });
});

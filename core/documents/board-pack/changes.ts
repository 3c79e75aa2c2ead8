// What changed since the board last saw a version: the presented content against the version
// before it. For a submitted version that is the previous version; for a draft it is the version
// the draft departs from, since that is what "changes since version N" on the cover refers to.
import type { Block } from '../tree.js';
import { diffSnapshots, type LineChange } from '../../review/diff.js';
import { readSnapshot } from '../../review/snapshot.js';
import { snapshotOf } from '../../review/versions.js';
import type { Snapshot } from '../../schema/review.js';
import { h1, h2, muted, type PackContext } from './context.js';
import type { Presented } from './cover.js';

/** Pale red and green: a removal and an addition read at a glance, and still print in grey. */
const REMOVED_SHADE = 'FBE3E1';
const ADDED_SHADE = 'E3F2E6';

function row(change: LineChange, ctx: PackContext) {
  const kind = ctx.t(`boardPack.changes.kind.${change.kind}`);
  switch (change.kind) {
    case 'added':
      return [kind, '', { text: change.after, shade: ADDED_SHADE }];
    case 'removed':
      return [kind, { text: change.before, shade: REMOVED_SHADE }, ''];
    case 'changed':
      return [kind, { text: change.before, shade: REMOVED_SHADE }, { text: change.after, shade: ADDED_SHADE }];
  }
}

function diffBlocks(before: Snapshot, after: Snapshot, ctx: PackContext): Block[] {
  const { t } = ctx;
  const sections = diffSnapshots(before, after, t);
  if (!sections.length) return [muted(t('boardPack.changes.same'))];
  const header = ['change', 'before', 'after'].map((c) => t(`boardPack.changes.column.${c}`));
  return sections.flatMap(({ section, changes }): Block[] => [
    h2(t(`review.section.${section}`)),
    { kind: 'table', header, rows: changes.map((c) => row(c, ctx)), widths: [14, 43, 43], boldFirstColumn: true },
  ]);
}

export function changesPart(p: Presented, ctx: PackContext): Block[] {
  const { t, project } = ctx;
  const c = (key: string, values: Record<string, unknown> = {}) => t(`boardPack.changes.${key}`, values);
  if (p.kind === 'unsubmitted') return [h1(c('heading')), muted(c('nothingSubmitted'))];
  if (p.kind === 'draft') {
    const { number, submittedAt, snapshot } = p.since;
    return [
      h1(c('headingDraft', { number })),
      { kind: 'paragraph', text: c('sinceDraft', { number, date: ctx.dayOf(submittedAt) }) },
      ...diffBlocks(readSnapshot(snapshot), snapshotOf(project), ctx),
    ];
  }
  const versions = project.review.versions;
  const previous = versions.at(-2);
  const latest = p.version;
  if (!previous) return [h1(c('heading')), muted(c('firstVersion', { number: latest.number }))];
  return [
    h1(c('heading')),
    {
      kind: 'paragraph',
      text: c('between', {
        before: previous.number,
        beforeDate: ctx.dayOf(previous.submittedAt),
        after: latest.number,
        afterDate: ctx.dayOf(latest.submittedAt),
      }),
    },
    ...diffBlocks(readSnapshot(previous.snapshot), readSnapshot(latest.snapshot), ctx),
  ];
}

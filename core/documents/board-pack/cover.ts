// The cover: which content the board is reading (a submitted version, or a draft said to be one
// plainly), the date, and the SHA-256 that pins that content down, printed in full so a reader can
// compare it with the one a decision names.
import type { Block } from '../tree.js';
import { snapshotHash } from '../../review/snapshot.js';
import { snapshotOf } from '../../review/versions.js';
import type { Version } from '../../schema/review.js';
import { labelled, muted, warning, type PackContext } from './context.js';

export type Presented =
  | { kind: 'version'; version: Version }
  /** the design changed after `since` was submitted */
  | { kind: 'draft'; since: Version; hash: string }
  | { kind: 'unsubmitted'; hash: string };

export function presented({ project, status }: PackContext): Presented {
  const latest = status.latest;
  if (latest && !status.isDraft) return { kind: 'version', version: latest };
  const hash = snapshotHash(snapshotOf(project));
  return latest ? { kind: 'draft', since: latest, hash } : { kind: 'unsubmitted', hash };
}

/** "Version 2", "Draft after version 1" or "Draft": the footer's middle part. */
export function footerVersion(p: Presented, { t }: PackContext): string {
  if (p.kind === 'version') return t('boardPack.footerVersion', { number: p.version.number });
  return p.kind === 'draft' ? t('boardPack.footerDraft', { number: p.since.number }) : t('boardPack.footerUnsubmitted');
}

const hashLines = (name: string, hash: string, ctx: PackContext): Block[] => [labelled(ctx.t, name, ''), { kind: 'paragraph', text: hash }];

function versionLines(p: Presented, ctx: PackContext): Block[] {
  const { t } = ctx;
  const heading = t('boardPack.cover.presented');
  switch (p.kind) {
    case 'version': {
      const { number, author, submittedAt } = p.version;
      return [labelled(t, heading, t('boardPack.cover.version', { number, author, date: ctx.dayOf(submittedAt) }))];
    }
    case 'draft':
      return [
        labelled(t, heading, t('boardPack.cover.draftSince', { number: p.since.number })),
        muted(t('boardPack.cover.draftSinceDetail', { number: p.since.number, date: ctx.dayOf(p.since.submittedAt) })),
      ];
    case 'unsubmitted':
      return [labelled(t, heading, t('boardPack.cover.neverSubmitted')), muted(t('boardPack.cover.neverSubmittedDetail'))];
  }
}

export function coverBlocks(p: Presented, ctx: PackContext): Block[] {
  const { t, status } = ctx;
  const hashes =
    p.kind === 'version'
      ? hashLines(t('boardPack.cover.hash', { number: p.version.number }), p.version.hash, ctx)
      : [
          ...hashLines(t('boardPack.cover.draftHash'), p.hash, ctx),
          // the version the draft departs from, so a reader can match it against earlier packs
          ...(p.kind === 'draft' ? hashLines(t('boardPack.cover.hash', { number: p.since.number }), p.since.hash, ctx) : []),
        ];
  const tampered = status.tampered;
  return [
    ...versionLines(p, ctx),
    labelled(t, t('boardPack.cover.date'), ctx.packDate),
    ...hashes,
    muted(t('boardPack.cover.hashNote')),
    ...(tampered.length ? [warning(t('boardPack.cover.tampered', { count: tampered.length, versions: tampered.join(', ') }))] : []),
    // the parts of the pack with the page each starts on, filled in when the file is written
    { kind: 'contents', title: t('boardPack.cover.contents') },
  ];
}

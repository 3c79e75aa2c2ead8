// The decision record: every decision with the hash it was bound to and whether the file still
// holds that content. A broken binding is said in words, not left to a reader comparing hashes.
import type { Block } from '../tree.js';
import type { Decision } from '../../schema/review.js';
import { h1, h2, labelled, muted, warning, type PackContext } from './context.js';
import type { Presented } from './cover.js';

/** "Approved with changes on 5 June 2026, for version 2, with 3 members present." */
export function decisionLine(decision: Decision, ctx: PackContext): string {
  const { t } = ctx;
  const line = t('boardPack.summary.decisionLine', {
    outcome: t(`boardPack.outcome.${decision.outcome}`),
    date: ctx.day(decision.date),
    version: decision.version,
    members: t('boardPack.summary.members', { count: decision.members.length }),
  });
  const recused = decision.conflicts.filter((c) => c.recused).length;
  const full = recused ? t('panel.decisions.lineWithRecusals', { line, count: recused }) : line;
  return ctx.integrity(decision) === 'intact' ? full : t('boardPack.summary.decisionBroken', { line: full });
}

/** Who declared what, and whether they stood aside; then who decided. */
function conflictBlocks(decision: Decision, ctx: PackContext): Block[] {
  const { t } = ctx;
  const p = (key: string, values?: Record<string, unknown>) => t(`panel.decisions.${key}`, values ?? {});
  const recused = new Set(decision.conflicts.filter((c) => c.recused).map((c) => c.member));
  const voting = decision.members.filter((m) => !recused.has(m));
  if (!decision.conflicts.length) return [labelled(t, p('conflicts'), p('noConflicts'))];
  return [
    labelled(t, p('conflicts'), ''),
    {
      kind: 'bullets',
      items: decision.conflicts.map((c) => p(c.recused ? 'conflictRecused' : 'conflictStayed', { member: c.member, interest: c.interest })),
    },
    labelled(t, p('deciding'), voting.length ? voting.join(', ') : p('nobodyDeciding')),
  ];
}

function decisionBlocks(decision: Decision, n: number, presentedAs: Presented, ctx: PackContext): Block[] {
  const { t } = ctx;
  const d = (key: string, values?: Record<string, unknown>) => t(`boardPack.decisions.${key}`, values ?? {});
  const outcome = t(`boardPack.outcome.${decision.outcome}`);
  const integrity = ctx.integrity(decision);
  const notes = decision.notes.trim();
  const presentedNumber = presentedAs.kind === 'version' ? presentedAs.version.number : null;
  const other =
    presentedNumber === decision.version
      ? []
      : [
          muted(
            d('otherVersion', {
              version: decision.version,
              presented: presentedNumber === null ? d('presentedDraft') : d('presentedVersion', { number: presentedNumber }),
            }),
          ),
        ];
  return [
    h2(d('title', { n, outcome, version: decision.version })),
    labelled(t, d('outcome'), outcome),
    labelled(t, d('version'), String(decision.version)),
    labelled(t, d('hash'), ''),
    { kind: 'paragraph', text: decision.hash },
    labelled(t, d('date'), ctx.day(decision.date)),
    labelled(t, d('members'), decision.members.join(', ')),
    ...conflictBlocks(decision, ctx),
    labelled(t, d(`notes.${decision.outcome}`), notes || d('noNotes')),
    labelled(t, d('recorded'), d('recordedText', { name: decision.recordedBy, at: ctx.stamp(decision.recordedAt) })),
    ...(integrity === 'intact'
      ? [labelled(t, d('integrity'), d('intact', { version: decision.version }))]
      : [labelled(t, d('integrity'), ''), warning(d(integrity, { version: decision.version }))]),
    ...other,
  ];
}

export function decisionRecord(presentedAs: Presented, ctx: PackContext): Block[] {
  const { t } = ctx;
  const decisions = ctx.project.review.decisions;
  return [
    h1(t('boardPack.decisions.heading')),
    ...(decisions.length
      ? [
          { kind: 'paragraph', text: t('boardPack.decisions.intro') } as const,
          ...decisions.flatMap((dec, i) => decisionBlocks(dec, i + 1, presentedAs, ctx)),
        ]
      : [muted(t('boardPack.decisions.none'))]),
  ];
}

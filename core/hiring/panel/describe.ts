// Each scoring-record entry in words: what happened, why, and who, saying what the app could and
// could not check about who it was. Used by the app, the results document and the board pack.
import type { Translate } from '../../i18n/index.js';
import type { LogEntry } from '../../schema/panel.js';

export interface EntryWords {
  who: string;
  what: string;
  why: string;
}

/** Only the weights that moved: "Deep knowledge 7% → 12%". */
function weightChanges(entry: Extract<LogEntry, { kind: 'weights' }>, t: Translate): string {
  const before = new Map(entry.before.map((r) => [r.criterionId, r.weight]));
  const after = new Map(entry.after.map((r) => [r.criterionId, r]));
  const changes = [
    ...entry.after
      .filter((r) => before.get(r.criterionId) !== r.weight)
      .map((r) => t('panel.record.weight', { criterion: r.title, before: before.get(r.criterionId) ?? 0, after: r.weight })),
    ...entry.before
      .filter((r) => !after.has(r.criterionId))
      .map((r) => t('panel.record.weightRemoved', { criterion: r.title, before: r.weight })),
  ];
  return changes.join(t('panel.record.separator'));
}

export function describeEntry(entry: LogEntry, t: Translate): EntryWords {
  const r = (key: string, values?: Record<string, unknown>) => t(`panel.record.${key}`, values ?? {});
  const who = entry.by ? r(entry.verified ? 'byVerified' : 'byClaimed', { name: entry.by }) : r('byNobody');
  const reason = 'reason' in entry ? entry.reason : '';
  const why = reason || r('noReason');
  switch (entry.kind) {
    case 'lead-set':
      return { who, what: r('leadSet', { lead: entry.lead }), why: r('notAsked') };
    case 'lead-reset':
      return { who, what: r('leadReset', { lead: entry.lead }), why };
    case 'independence':
      return { who, what: r(entry.on ? 'independenceOn' : 'independenceOff'), why: entry.on && !reason ? r('notAsked') : why };
    case 'reveal':
      return { who, what: r('reveal', { interviewer: entry.interviewer.name, candidate: entry.candidate.name }), why };
    case 'passphrase-set':
      return { who, what: r('passphraseSet', { interviewer: entry.interviewer.name }), why: r('notAsked') };
    case 'passphrase-reset':
      return { who, what: r('passphraseReset', { interviewer: entry.interviewer.name }), why };
    case 'weights':
      return {
        who,
        what: r(`weights.${entry.cause}`, { changes: weightChanges(entry, t) }),
        why: entry.cause === 'manual' ? why : r('notAsked'),
      };
  }
}

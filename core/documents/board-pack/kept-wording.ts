// Wording kept against the language check: every high-severity finding the author dismissed, with
// the words, what the check said and the author's reason, so a board sees each such choice and who
// has to stand behind it. Left out when there is none.
import { builtInRules, checkRole } from '../../language/check.js';
import type { Block } from '../tree.js';
import { h1, type PackContext } from './context.js';

export function keptWordingPart(ctx: PackContext): Block[] {
  const { t, project } = ctx;
  const { reasons } = project.language;
  if (Object.keys(reasons).length === 0) return [];
  // ids of words since edited away name nothing: only findings the text still has are listed
  const kept = checkRole(project.role, builtInRules(ctx.locale)).findings.filter(
    (f) => f.severity === 'high' && Object.hasOwn(reasons, f.id),
  );
  if (kept.length === 0) return [];
  return [
    h1(t('boardPack.kept.heading')),
    { kind: 'paragraph', text: t('boardPack.kept.intro', { count: kept.length }) },
    {
      kind: 'table',
      header: ['wording', 'finding', 'reason'].map((c) => t(`boardPack.kept.column.${c}`)),
      rows: kept.map((f) => [`“${f.match}”`, t(f.reasonKey, f.params), reasons[f.id] ?? '']),
      widths: [22, 38, 40],
    },
  ];
}

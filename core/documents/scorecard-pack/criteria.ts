// The pack's reference part: each criterion in the interviewer's focus with its weight, what 1, 3
// and 5 look like, the questions to ask and the evidence to listen for.
import type { Translate } from '../../i18n/index.js';
import type { ScorecardPack } from '../../schema/scorecard-pack.js';
import { label } from '../guide/guide.js';
import type { Block } from '../tree.js';

export function criteriaPart(frame: ScorecardPack, t: Translate): Block[] {
  return [
    { kind: 'heading', level: 1, text: t('panel.pack.criteria.heading'), pageBreakBefore: true },
    { kind: 'paragraph', text: t('panel.pack.criteria.intro', { count: frame.criteria.length }) },
    ...frame.criteria.flatMap((c): Block[] => {
      const evidence = c.evidence.trim();
      return [
        { kind: 'heading', level: 3, text: c.title },
        {
          kind: 'labelled',
          label: label(t, t('scoring.rubricDoc.criteria.weight')),
          text: t('scoring.rubricDoc.criteria.weightText', { weight: c.weight }),
          keepNext: true,
        },
        {
          kind: 'table',
          header: [t('scoring.rubricDoc.criteria.anchorsColumn.rating'), t('scoring.rubricDoc.criteria.anchorsColumn.looksLike')],
          rows: [
            [{ text: '1', align: 'center' }, c.anchors.low],
            [{ text: '3', align: 'center' }, c.anchors.mid],
            [{ text: '5', align: 'center' }, c.anchors.high],
          ],
          widths: [12, 88],
          boldFirstColumn: true,
        },
        ...(c.questions.length
          ? [
              { kind: 'labelled', label: label(t, t('scoring.rubricDoc.criteria.questions')), text: '' } as const,
              { kind: 'bullets', items: c.questions } as const,
            ]
          : []),
        ...(evidence ? [{ kind: 'labelled', label: label(t, t('scoring.rubricDoc.criteria.evidence')), text: evidence } as const] : []),
      ];
    }),
  ];
}

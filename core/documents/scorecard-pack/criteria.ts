// The pack's reference part: each criterion in the interviewer's focus with its weight, what 1, 3
// and 5 look like, the questions to ask and the evidence to listen for.
import type { Translate } from '../../i18n/index.js';
import type { ScorecardPack } from '../../schema/scorecard-pack.js';
import { criterionBlocks } from '../guide/guide.js';
import type { Block } from '../tree.js';

export function criteriaPart(frame: ScorecardPack, t: Translate): Block[] {
  return [
    { kind: 'heading', level: 1, text: t('panel.pack.criteria.heading'), pageBreakBefore: true },
    { kind: 'paragraph', text: t('panel.pack.criteria.intro', { count: frame.criteria.length }) },
    ...frame.criteria.flatMap((c) => criterionBlocks(c, t)),
  ];
}

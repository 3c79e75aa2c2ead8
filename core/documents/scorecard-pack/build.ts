// A scorecard pack: one interviewer's scorecards as a Word document with content controls. First how
// to fill it in, then the criteria in their focus with what 1, 3 and 5 look like and the questions,
// then a page per candidate: a rating drop-down and an evidence box per criterion, and the
// recommendation drop-down last. The frame (which project, criteria and candidates) travels inside
// the document as data, hashed, so the app can read the pack back and tell if it was altered.
import type { Translate } from '../../i18n/index.js';
import { contentHash } from '../../review/hash.js';
import type { Scorecard } from '../../schema/rubric.js';
import { PACK_NAMESPACE, type ScorecardPack } from '../../schema/scorecard-pack.js';
import { documentFrame } from '../frame.js';
import { affordsLayout } from '../layout-budget.js';
import { memoTranslate } from '../memo.js';
import type { Block, DocumentTree } from '../tree.js';
import { candidatePage } from './candidate.js';
import { criteriaPart } from './criteria.js';

function instructions(frame: ScorecardPack, t: Translate): Block[] {
  const p = (key: string, values?: Record<string, unknown>) => t(`panel.pack.howTo.${key}`, values ?? {});
  return [
    { kind: 'heading', level: 1, text: p('heading') },
    {
      kind: 'paragraph',
      style: 'lead',
      text: p('intro', { interviewer: frame.interviewer.name, count: frame.candidates.length, criteria: frame.criteria.length }),
    },
    { kind: 'bullets', items: ['rate', 'notAssessed', 'evidence', 'verdict', 'independent', 'return'].map((k) => p(`steps.${k}`)) },
    { kind: 'paragraph', style: 'muted', text: p('keep') },
  ];
}

/** `cards`: the interviewer's own scorecards, by candidate id, to fill the controls in with. */
export function buildScorecardPack(
  frame: ScorecardPack,
  translate: Translate,
  cards: ReadonlyMap<string, Scorecard> = new Map(),
): DocumentTree {
  const t = memoTranslate(translate);
  const company = frame.company.trim();
  const blocks = [
    ...instructions(frame, t),
    ...criteriaPart(frame, t),
    ...frame.candidates.flatMap((candidate, c) => candidatePage(frame, c, cards.get(candidate.id), t)),
  ];
  return {
    kind: 'scorecardPack',
    title: frame.roleTitle,
    subtitle: t(company ? 'panel.pack.subtitleWithCompany' : 'panel.pack.subtitle', { interviewer: frame.interviewer.name, company }),
    blocks,
    // it names candidates, and comes back with one interviewer's ratings of them
    frame: documentFrame(t, {
      kind: 'scorecardPack',
      role: { title: frame.roleTitle, company: { name: frame.company }, locale: frame.locale },
      date: new Date(frame.writtenAt),
      confidential: true,
      extra: [frame.interviewer.name],
      // a pack for more than about 50 candidates leaves its page count to Word (layout-budget.ts)
      writePageNumbers: affordsLayout(blocks),
    }),
    data: { namespace: PACK_NAMESPACE, attributes: { hash: contentHash(frame) }, text: JSON.stringify(frame) },
  };
}

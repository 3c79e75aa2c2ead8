// One candidate's page in a pack: a table of the criteria with a rating drop-down and an evidence
// box each, then the recommendation. The controls' tags come from core/hiring/pack/layout.ts, the
// one place that says where each value sits, so writing and reading agree.
import { evidenceTag, ratingTag, recommendationTag } from '../../hiring/pack/layout.js';
import type { Translate } from '../../i18n/index.js';
import type { Scorecard } from '../../schema/rubric.js';
import type { ScorecardPack } from '../../schema/scorecard-pack.js';
import { label } from '../guide/guide.js';
import type { Block, Cell } from '../tree.js';

/** Word shows a control's title on its tab; kept short enough for any width */
const ALIAS_LENGTH = 60;
const short = (text: string) => (text.length > ALIAS_LENGTH ? `${text.slice(0, ALIAS_LENGTH - 1)}…` : text);

export function candidatePage(frame: ScorecardPack, c: number, card: Scorecard | undefined, t: Translate): Block[] {
  const candidate = frame.candidates[c]!;
  const rows = new Map(card?.ratings.map((r) => [r.criterionId, r]));
  const { prompts } = frame.controls;
  const tableRows = frame.criteria.map((criterion, k): Cell[] => {
    const row = rows.get(criterion.id);
    const rating = row?.rating;
    return [
      { text: criterion.title, note: t('scoring.rubricDoc.criteria.weightText', { weight: criterion.weight }) },
      {
        text: '',
        control: {
          kind: 'dropDown',
          tag: ratingTag(c, k),
          alias: short(t('panel.pack.alias.rating', { criterion: criterion.title })),
          options: frame.controls.ratings,
          prompt: prompts.rating,
          selected: rating === null || rating === undefined ? null : String(rating),
        },
      },
      {
        text: '',
        control: {
          kind: 'text',
          tag: evidenceTag(c, k),
          alias: short(t('panel.pack.alias.evidence', { criterion: criterion.title })),
          prompt: prompts.evidence,
          value: row?.evidence ?? '',
        },
      },
    ];
  });
  const role = candidate.currentRole.trim();
  return [
    { kind: 'heading', level: 1, text: candidate.name, pageBreakBefore: true },
    ...(role ? [{ kind: 'paragraph', style: 'lead', text: role } as const] : []),
    { kind: 'paragraph', style: 'muted', text: t('panel.pack.card.instructions') },
    {
      kind: 'table',
      header: ['criterion', 'rating', 'evidence'].map((col) => t(`panel.pack.card.column.${col}`)),
      rows: tableRows,
      widths: [34, 18, 48],
    },
    {
      kind: 'field',
      label: label(t, t('panel.pack.card.recommendation')),
      control: {
        kind: 'dropDown',
        tag: recommendationTag(c),
        alias: short(t('panel.pack.alias.recommendation', { candidate: candidate.name })),
        options: frame.controls.recommendations,
        prompt: prompts.recommendation,
        selected: card?.recommendation ?? null,
      },
    },
    { kind: 'paragraph', style: 'muted', text: t('panel.pack.card.verdictLast') },
  ];
}

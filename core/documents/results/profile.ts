// A candidate's archetype profile, twice: as a table (archetype, the candidate's %, the role's
// weight) and as a chart of the same figures, bars for the candidate against markers for the role.
import { ARCHETYPES } from '../../role/vocabulary.js';
import type { Block } from '../tree.js';
import type { CandidateContext } from './candidate.js';
import type { Ranked } from './summary.js';

const h2 = (text: string): Block => ({ kind: 'heading', level: 2, text });

export function profile({ candidate, result }: Ranked, { project, t, percent }: CandidateContext): Block[] {
  const target = project.role.archetypes;
  const notRated = t('scoring.resultsDoc.profile.notRated');
  const bars = ARCHETYPES.map((a) => {
    const value = result.profile[a];
    return { label: t(`vocab.archetype.${a}`), value, valueText: value === null ? notRated : percent(value), target: target[a] };
  });
  return [
    h2(t('scoring.resultsDoc.profile.heading')),
    { kind: 'paragraph', style: 'muted', text: t('scoring.resultsDoc.profile.intro') },
    {
      kind: 'table',
      header: ['archetype', 'candidate', 'target'].map((c) => t(`scoring.resultsDoc.profile.column.${c}`)),
      rows: bars.map((b) => [b.label, { text: b.valueText, align: 'center' }, { text: percent(b.target), align: 'center' }]),
      widths: [40, 30, 30],
      boldFirstColumn: true,
    },
    {
      kind: 'chart',
      title: t('scoring.resultsDoc.profile.chartTitle', { name: candidate.name }),
      description: bars
        .map((b) => t('scoring.resultsDoc.profile.chartRow', { archetype: b.label, value: b.valueText, target: percent(b.target) }))
        .join(t('scoring.listSeparator')),
      bars,
      labels: {
        value: t('scoring.resultsDoc.profile.legendCandidate'),
        target: t('scoring.resultsDoc.profile.legendTarget'),
        none: notRated,
      },
    },
  ];
}

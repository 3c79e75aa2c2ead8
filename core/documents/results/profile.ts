// A candidate's archetype profile, twice: as a table (archetype, the candidate's average rating, the
// role's emphasis) and as the Compare view's radar of the same figures, drawn natively.
import { ARCHETYPES } from '../../role/vocabulary.js';
import { profileChart } from '../archetype-chart.js';
import type { Block } from '../tree.js';
import type { CandidateContext } from './candidate.js';
import type { Ranked } from './summary.js';

const h2 = (text: string): Block => ({ kind: 'heading', level: 2, text });

export function profile({ candidate, result }: Ranked, { project, t, percent }: CandidateContext): Block[] {
  const target = project.role.archetypes;
  const notRated = t('scoring.resultsDoc.profile.notRated');
  const bars = ARCHETYPES.map((a) => {
    const value = result.profile[a];
    return { label: t(`vocab.archetype.${a}`), value, valueText: value === null ? notRated : String(Math.round(value)), target: target[a] };
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
    profileChart(candidate.name, result.profile, target, t),
  ];
}

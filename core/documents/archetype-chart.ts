// The archetype charts, as the app draws them, for every document that shows archetypes: the
// role's emphasis on its own (the wizard's Archetypes step), and a candidate's profile over it (the
// Compare view). One scale rule, shared with the app's radar: the outer ring is the heaviest weight
// rounded up to twenty, at least 40, so each of the four rings falls on a whole number.
import type { Translate } from '../i18n/index.js';
import { ARCHETYPES, type Archetype } from '../role/vocabulary.js';
import type { ArchetypeWeights } from '../schema/role.js';
import type { Block } from './tree.js';

/** The app's primary blue and the amber of the role's shape (renderer/src/styles). */
export const CANDIDATE_COLOUR = '1D5A85';
export const ROLE_COLOUR = 'C27C0E';

/** The outer ring for a set of weights: the heaviest rounded up to twenty, never under 40. */
export const emphasisScale = (weights: ArchetypeWeights): number =>
  Math.max(40, Math.ceil(Math.max(...ARCHETYPES.map((a) => weights[a])) / 20) * 20);

const names = (t: Translate) => ARCHETYPES.map((a) => t(`vocab.archetype.${a}`));
const percent = (t: Translate, value: number) => t('scoring.percent', { value });
const listed = (t: Translate, items: string[]) => items.join(t('scoring.listSeparator'));

/** The role's emphasis across the four archetypes, labelled with its weights. */
export function emphasisChart(weights: ArchetypeWeights, t: Translate): Block {
  const max = emphasisScale(weights);
  const labels = ARCHETYPES.map((a) => percent(t, weights[a]));
  return {
    kind: 'chart',
    title: t('documents.chart.emphasisTitle'),
    description: t('documents.chart.emphasisDescription', {
      items: listed(
        t,
        ARCHETYPES.map((a, i) => t('documents.chart.emphasisItem', { archetype: names(t)[i], weight: labels[i] })),
      ),
      max,
    }),
    categories: names(t),
    series: [{ name: t('documents.chart.emphasisLegend'), values: ARCHETYPES.map((a) => weights[a]), color: ROLE_COLOUR, labels }],
    scale: { max, step: max / 4 },
  };
}

/**
 * A candidate's average rating per archetype (0–100) over the role's emphasis. The two are in
 * different units, so, as in the app, the role's shape puts its heaviest archetype on the outer
 * ring; its points are labelled with the real weights, and the legend says how it is drawn.
 */
export function profileChart(name: string, profile: Record<Archetype, number | null>, weights: ArchetypeWeights, t: Translate): Block {
  const heaviest = Math.max(1, ...ARCHETYPES.map((a) => weights[a]));
  const notRated = t('scoring.resultsDoc.profile.notRated');
  const scoreText = (a: Archetype) => {
    const value = profile[a];
    return value === null ? notRated : String(Math.round(value));
  };
  return {
    kind: 'chart',
    title: t('scoring.resultsDoc.profile.chartTitle', { name }),
    description: listed(
      t,
      ARCHETYPES.map((a, i) =>
        t('scoring.resultsDoc.profile.chartRow', { archetype: names(t)[i], value: scoreText(a), target: percent(t, weights[a]) }),
      ),
    ),
    // the role's weights name each spoke, as the app's chart prints them under each archetype, so
    // the two shapes' labels never fall on one another
    categories: ARCHETYPES.map((a, i) =>
      t('documents.chart.spokeWithEmphasis', { archetype: names(t)[i], weight: percent(t, weights[a]) }),
    ),
    series: [
      {
        name: t('scoring.resultsDoc.profile.legendCandidate', { name }),
        values: ARCHETYPES.map((a) => profile[a]),
        color: CANDIDATE_COLOUR,
        labels: ARCHETYPES.map((a) => (profile[a] === null ? '' : scoreText(a))),
      },
      {
        name: t('scoring.resultsDoc.profile.legendTarget'),
        values: ARCHETYPES.map((a) => Math.round((weights[a] / heaviest) * 100)),
        color: ROLE_COLOUR,
        dashed: true,
      },
    ],
    scale: { max: 100, step: 25 },
  };
}

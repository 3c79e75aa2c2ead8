// A candidate's archetype profile over the role's target profile, as two shapes on one radar.
// They use different units (the target is a weighting, the candidate a 0–100 score), so the target
// is drawn with its heaviest archetype on the outer ring: what matters is how the shapes compare.
import { useTranslation } from 'react-i18next';
import { ARCHETYPES, type Archetype } from '../../../core/role/vocabulary';
import type { ArchetypeWeights } from '../../../core/schema/role';
import { radar, RINGS } from '../components/radar';

const CX = 240;
const CY = 160;
const R = 100;
const { point, polygon } = radar(CX, CY, R);

// labels sit beyond the end of their axis, clear of both shapes
const LABEL_AT: { x: number; y: number; anchor: 'middle' | 'start' | 'end' }[] = [
  { x: CX, y: CY - R - 34, anchor: 'middle' },
  { x: CX + R + 14, y: CY - 8, anchor: 'start' },
  { x: CX, y: CY + R + 22, anchor: 'middle' },
  { x: CX - R - 14, y: CY - 8, anchor: 'end' },
];

interface Props {
  candidate: Record<Archetype, number | null>;
  target: ArchetypeWeights;
  name: string;
}

export function ProfileChart({ candidate, target, name }: Props) {
  const { t } = useTranslation();
  const heaviest = Math.max(1, ...ARCHETYPES.map((a) => target[a]));
  const scoreText = (a: Archetype) => (candidate[a] === null ? t('ui.compare.notRated') : String(Math.round(candidate[a] ?? 0)));
  const label = t('ui.compare.chartLabel', {
    name,
    items: ARCHETYPES.map((a) =>
      t('ui.compare.chartItem', { archetype: t(`vocab.archetype.${a}`), score: scoreText(a), target: target[a] }),
    ).join('; '),
  });

  return (
    <figure className="radar-figure profile-chart">
      <svg className="radar" viewBox="0 0 480 320" role="img" aria-label={label}>
        {RINGS.map((ring) => (
          <polygon key={ring} className="radar-ring" points={polygon(ARCHETYPES.map(() => ring))} />
        ))}
        {ARCHETYPES.map((a, i) => {
          const end = point(i, 1);
          return <line key={a} className="radar-axis" x1={CX} y1={CY} x2={end.x} y2={end.y} />;
        })}
        <polygon className="radar-target" points={polygon(ARCHETYPES.map((a) => target[a] / heaviest))} />
        <polygon className="radar-shape" points={polygon(ARCHETYPES.map((a) => (candidate[a] ?? 0) / 100))} />
        {ARCHETYPES.map((a, i) => {
          const p = point(i, (candidate[a] ?? 0) / 100);
          return candidate[a] === null ? null : <circle key={a} className="radar-dot" cx={p.x} cy={p.y} r={4} />;
        })}
        {ARCHETYPES.map((a, i) => {
          const at = LABEL_AT[i] ?? { x: CX, y: CY, anchor: 'middle' };
          return (
            <text key={a} className="radar-label" x={at.x} y={at.y} textAnchor={at.anchor}>
              <tspan className="radar-name">{t(`vocab.archetype.${a}`)}</tspan>
              <tspan className="radar-weight" x={at.x} dy="1.25em">
                {t('ui.compare.axisValue', { score: scoreText(a), target: target[a] })}
              </tspan>
            </text>
          );
        })}
      </svg>
      <figcaption>
        <ul className="chart-legend">
          <li>
            <span className="swatch candidate" aria-hidden="true" />
            {t('ui.compare.legendCandidate', { name })}
          </li>
          <li>
            <span className="swatch target" aria-hidden="true" />
            {t('ui.compare.legendTarget')}
          </li>
        </ul>
        <p className="hint">{t('ui.compare.chartNote')}</p>
      </figcaption>
    </figure>
  );
}

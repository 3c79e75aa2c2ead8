// The archetype profile as a radar: one axis per archetype, the shape is the weighting. The scale
// grows with the largest weight so a balanced profile is still a readable shape, not a dot.
import { useTranslation } from 'react-i18next';
import { emphasisScale } from '../../../core/documents/archetype-chart';
import { ARCHETYPES } from '../../../core/role/vocabulary';
import type { ArchetypeWeights } from '../../../core/schema/role';
import { radar, RINGS } from './radar';

const CX = 170;
const CY = 150;
const R = 95;
const { point, polygon } = radar(CX, CY, R);

// top and bottom labels sit beyond their axis; side labels sit just above theirs, where there is room
const LABEL_AT = [
  { x: CX, y: CY - R - 30 },
  { x: CX + R, y: CY - 38 },
  { x: CX, y: CY + R + 20 },
  { x: CX - R, y: CY - 38 },
];

export function ArchetypeChart({ weights }: { weights: ArchetypeWeights }) {
  const { t } = useTranslation();
  // the same scale as the documents' chart of the role's emphasis
  const scale = emphasisScale(weights);
  const label = t('ui.archetypes.chartLabel', {
    weights: ARCHETYPES.map((a) => t('ui.archetypes.chartItem', { name: t(`vocab.archetype.${a}`), weight: weights[a] })).join(', '),
  });

  return (
    <figure className="radar-figure">
      <svg className="radar" viewBox="0 0 340 290" role="img" aria-label={label}>
        {RINGS.map((ring) => (
          <polygon key={ring} className="radar-ring" points={polygon(ARCHETYPES.map(() => ring))} />
        ))}
        {ARCHETYPES.map((a, i) => {
          const end = point(i, 1);
          return <line key={a} className="radar-axis" x1={CX} y1={CY} x2={end.x} y2={end.y} />;
        })}
        <polygon className="radar-shape" points={polygon(ARCHETYPES.map((a) => weights[a] / scale))} />
        {ARCHETYPES.map((a, i) => {
          const p = point(i, weights[a] / scale);
          return <circle key={a} className="radar-dot" cx={p.x} cy={p.y} r={4} />;
        })}
        {ARCHETYPES.map((a, i) => {
          const at = LABEL_AT[i] ?? { x: CX, y: CY };
          return (
            <text key={a} className="radar-label" x={at.x} y={at.y} textAnchor="middle">
              <tspan className="radar-name">{t(`vocab.archetype.${a}`)}</tspan>
              <tspan className="radar-weight" x={at.x} dy="1.25em">
                {t('ui.archetypes.percent', { value: weights[a] })}
              </tspan>
            </text>
          );
        })}
      </svg>
      <figcaption className="hint">{t('ui.archetypes.scale', { max: scale })}</figcaption>
    </figure>
  );
}

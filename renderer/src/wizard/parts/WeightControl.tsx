// One archetype's weight as a slider and a number box. The number box keeps its own text while
// being typed in (an empty box is not a weight of 0) and commits whenever it reads as a number.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Archetype } from '../../../../core/model/vocabulary';

interface Props {
  archetype: Archetype;
  weight: number;
  onChange: (value: number) => void;
}

export function WeightControl({ archetype, weight, onChange }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const name = t(`vocab.archetype.${archetype}`);
  const base = `field-archetypes.${archetype}`;

  return (
    <div className="weight">
      <div className="weight-text">
        <label htmlFor={base} className="weight-name">
          {name}
        </label>
        <p className="hint" id={`${base}-meaning`}>
          {t(`vocab.archetypeMeaning.${archetype}`)}
        </p>
      </div>
      <div className="weight-controls">
        <input
          type="range"
          id={base}
          min={0}
          max={100}
          step={1}
          value={weight}
          aria-describedby={`${base}-meaning`}
          aria-valuetext={t('ui.archetypes.percent', { value: weight })}
          onChange={(event) => onChange(Number(event.target.value))}
        />
        <input
          type="number"
          className="weight-number"
          min={0}
          max={100}
          step={1}
          value={draft ?? String(weight)}
          aria-label={t('ui.archetypes.numberLabel', { name })}
          onChange={(event) => {
            const text = event.target.value;
            setDraft(text);
            if (text.trim() !== '' && Number.isFinite(Number(text))) onChange(Number(text));
          }}
          onBlur={() => setDraft(null)}
        />
        <span className="unit" aria-hidden="true">
          {t('ui.archetypes.unit')}
        </span>
      </div>
    </div>
  );
}

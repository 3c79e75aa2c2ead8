// One archetype's weight: its name and meaning, then the slider and number box.
import { useTranslation } from 'react-i18next';
import { ARCHETYPES, type Archetype } from '../../../../core/role/vocabulary';
import { WeightInputs } from '../../components/WeightInputs';

interface Props {
  archetype: Archetype;
  weight: number;
  onChange: (value: number) => void;
}

export function WeightControl({ archetype, weight, onChange }: Props) {
  const { t } = useTranslation();
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
      <WeightInputs
        id={base}
        weight={weight}
        count={ARCHETYPES.length}
        numberLabel={t('ui.archetypes.numberLabel', { name })}
        describedBy={`${base}-meaning`}
        onChange={onChange}
      />
    </div>
  );
}

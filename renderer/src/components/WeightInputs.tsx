// A percentage as a slider and a number box side by side. The number box keeps its own text while
// being typed in (an empty box is not a weight of 0) and commits whenever it reads as a number.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The slider's top: three times a fair share of 100 among `count` weights, in steps of 5, so the
 * weights in use spread over the slider instead of crowding its first tenth (a rubric of 15
 * criteria has weights of 2 to 12: 0–20, not 0–100). A weight typed above it takes the slider to 100.
 */
export function sliderMax(count: number, weight: number): number {
  const top = Math.min(100, Math.max(10, Math.ceil((3 * 100) / Math.max(1, count) / 5) * 5));
  return weight > top ? 100 : top;
}

interface Props {
  /** the slider's id, which the visible label points at */
  id: string;
  weight: number;
  /** how many weights share the 100, which sets the slider's range (see sliderMax) */
  count: number;
  /** the number box's accessible name, e.g. "Practitioner weight in percent" */
  numberLabel: string;
  describedBy?: string;
  /** shown, not editable: the weights are locked */
  disabled?: boolean;
  onChange: (value: number) => void;
}

export function WeightInputs({ id, weight, count, numberLabel, describedBy, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <div className="weight-controls">
      <input
        type="range"
        id={id}
        min={0}
        max={sliderMax(count, weight)}
        step={1}
        value={weight}
        disabled={disabled}
        aria-describedby={describedBy}
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
        disabled={disabled}
        aria-label={numberLabel}
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
  );
}

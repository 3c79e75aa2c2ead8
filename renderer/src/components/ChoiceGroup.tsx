import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props<T extends string> {
  path: string;
  legend: string;
  options: readonly T[];
  /** null while nothing is chosen yet */
  value: T | null;
  onChange: (value: T) => void;
  labelOf: (option: T) => string;
  /** shown under the options, e.g. the text box a choice of "other" asks for */
  children?: ReactNode;
  /** a catalogue key saying what is wrong with the choice, shown under the options */
  issue?: string;
  /** the choice is not open yet; `note` says why */
  disabled?: boolean;
  /** words under the options saying why they are disabled, or what to know before choosing */
  note?: string;
}

/** A set of radio buttons in a fieldset: the arrow keys move between them, as users expect. */
export function ChoiceGroup<T extends string>({
  path,
  legend,
  options,
  value,
  onChange,
  labelOf,
  children,
  issue,
  disabled,
  note,
}: Props<T>) {
  const { t } = useTranslation();
  const described = [note && `field-${path}-note`, issue && `field-${path}-issue`].filter(Boolean).join(' ');
  return (
    <fieldset className="choices" disabled={disabled} aria-describedby={described || undefined}>
      <legend>{legend}</legend>
      <div className="choice-row">
        {options.map((option) => (
          <label key={option} className="choice">
            <input
              type="radio"
              name={path}
              id={`field-${path}-${option}`}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
            />
            <span>{labelOf(option)}</span>
          </label>
        ))}
      </div>
      {children}
      {note && (
        <p className="hint" id={`field-${path}-note`}>
          {note}
        </p>
      )}
      {issue && (
        <p className="issue" id={`field-${path}-issue`}>
          {t(issue)}
        </p>
      )}
    </fieldset>
  );
}

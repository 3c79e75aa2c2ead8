import type { ReactNode } from 'react';

interface Props<T extends string> {
  path: string;
  legend: string;
  options: readonly T[];
  value: T;
  onChange: (value: T) => void;
  labelOf: (option: T) => string;
  /** shown under the options, e.g. the text box a choice of "other" asks for */
  children?: ReactNode;
}

/** A set of radio buttons in a fieldset: the arrow keys move between them, as users expect. */
export function ChoiceGroup<T extends string>({ path, legend, options, value, onChange, labelOf, children }: Props<T>) {
  return (
    <fieldset className="choices">
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
    </fieldset>
  );
}

import type { ReactNode } from 'react';

interface Props {
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** <option> and <optgroup> elements */
  children: ReactNode;
}

export function SelectField({ path, label, value, onChange, children }: Props) {
  const id = `field-${path}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </select>
    </div>
  );
}

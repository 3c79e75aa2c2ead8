interface Props {
  id: string;
  label: string;
  /** what ticking it does, read out after the label */
  hint: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A setting that is on or off: a checkbox, its label, and a line saying what it does. */
export function CheckOption({ id, label, hint, checked, onChange }: Props) {
  return (
    <div className="check-option">
      <label className="check-line" htmlFor={id}>
        <input
          type="checkbox"
          id={id}
          checked={checked}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onChange(event.target.checked)}
        />
        <span>{label}</span>
      </label>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
    </div>
  );
}

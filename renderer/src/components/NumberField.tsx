// A labelled whole-number box (a team size, the ends of a pay range), empty meaning "not given".
// Values are kept within the schema's bounds as they are typed, so a saved file is always valid.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IssueText } from './IssueText';
import { describedBy, fieldId, issueId, useFieldIssue } from './issues';

interface Props {
  path: string;
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  min: number;
  max: number;
  hint?: string;
  required?: boolean;
}

export function NumberField({ path, label, value, onChange, min, max, hint, required }: Props) {
  const { t } = useTranslation();
  const issue = useFieldIssue(path);
  const hintId = `${useId()}-hint`;
  // what is typed, so a half-typed "1e" or "-" stays on screen instead of jumping to the last number
  const [draft, setDraft] = useState<string | null>(null);
  const change = (text: string) => {
    setDraft(text);
    const digits = text.replace(/[\s,._']/g, '');
    if (digits === '') return onChange(null);
    if (!/^\d+$/.test(digits)) return;
    onChange(Math.min(max, Math.max(min, Number(digits))));
  };
  return (
    <div className="field number-field">
      <label htmlFor={fieldId(path)}>
        {label}
        {required && <span className="required"> {t('ui.field.required')}</span>}
      </label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      <input
        id={fieldId(path)}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={draft ?? (value === null ? '' : String(value))}
        aria-invalid={issue ? true : undefined}
        aria-required={required ? true : undefined}
        aria-describedby={describedBy(hint && hintId, issue && issueId(path))}
        onChange={(event) => change(event.target.value)}
        onBlur={() => setDraft(null)}
      />
      <IssueText path={path} code={issue} />
    </div>
  );
}

// A labelled date box: the browser's own date picker, empty meaning "no date".
import { useId } from 'react';
import { IssueText } from './IssueText';
import { describedBy, fieldId, issueId, useFieldIssue } from './issues';

interface Props {
  path: string;
  label: string;
  /** YYYY-MM-DD, or empty */
  value: string;
  onChange: (value: string) => void;
  hint?: string;
}

export function DateField({ path, label, value, onChange, hint }: Props) {
  const issue = useFieldIssue(path);
  const hintId = `${useId()}-hint`;
  return (
    <div className="field date-field">
      <label htmlFor={fieldId(path)}>{label}</label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      <input
        id={fieldId(path)}
        type="date"
        value={value}
        aria-invalid={issue ? true : undefined}
        aria-describedby={describedBy(hint && hintId, issue && issueId(path))}
        onChange={(event) => onChange(event.target.value)}
      />
      <IssueText path={path} code={issue} />
    </div>
  );
}

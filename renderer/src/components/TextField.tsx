import { useId, type ChangeEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldFindings, findingsId } from '../language/FieldFindings';
import { useFieldFindings } from '../language/FindingsContext';
import { IssueText } from './IssueText';
import { describedBy, fieldId, issueId, useFieldIssue } from './issues';

interface Props {
  /** the role path this field edits; also its DOM id and the key of its missing-information message */
  path: string;
  /** visible words, possibly with a visually hidden part that tells similar fields apart */
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  hint?: string;
  required?: boolean;
  rows?: number;
  className?: string;
  list?: string;
  /** a textarea that grows with its text instead of keeping a fixed height */
  grows?: boolean;
  /** a catalogue key shown as this field's problem at once, not only after Next was refused */
  issue?: string;
}

/**
 * A labelled text box (a textarea when rows is given) that shows its own missing-information message
 * and, inside the wizard, what the language check found in its words.
 */
export function TextField({
  path,
  label,
  value,
  onChange,
  maxLength,
  hint,
  required,
  rows,
  className,
  list,
  grows,
  issue: ownIssue,
}: Props) {
  const { t } = useTranslation();
  const issue = useFieldIssue(path) ?? ownIssue;
  const hintId = `${useId()}-hint`;
  const worded = useFieldFindings(path).length > 0;
  const control = {
    id: fieldId(path),
    value,
    maxLength,
    'aria-invalid': issue ? true : undefined,
    'aria-required': required ? true : undefined,
    'aria-describedby': describedBy(hint && hintId, issue && issueId(path), worded && findingsId(path)),
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(event.target.value),
  };
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={control.id}>
        {label}
        {required && <span className="required"> {t('ui.field.required')}</span>}
      </label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {rows ? (
        <textarea rows={rows} className={grows ? 'grows' : undefined} {...control} />
      ) : (
        <input type="text" list={list} {...control} />
      )}
      <IssueText path={path} code={issue} />
      <FieldFindings path={path} text={value} />
    </div>
  );
}

// Under a text field (or a list): what the language check found there, the flagged words marked in
// a copy of the text, and a way to act on each finding without leaving the field. A list has no
// text of its own (`text` undefined): its findings are about its length.
import { useTranslation } from 'react-i18next';
import { fieldId } from '../components/issues';
import { FindingList } from './FindingList';
import { useFieldFindings, useFindingsRole } from './FindingsContext';
import { MarkedText } from './MarkedText';

/** Names the summary line, so the field's own description can point at it. */
export const findingsId = (path: string): string => `${fieldId(path)}-wording`;

export function FieldFindings({ path, text }: { path: string; text?: string }) {
  const { t } = useTranslation();
  const findings = useFieldFindings(path);
  const role = useFindingsRole();
  if (!findings.length || !role) return null;
  const titleId = findingsId(path);
  return (
    <div className="field-findings">
      <p className="field-findings-title" id={titleId}>
        {t(text === undefined ? 'language.inPlace.listTitle' : 'language.inPlace.title', { count: findings.length })}
      </p>
      {text !== undefined && <MarkedText text={text} findings={findings} />}
      <FindingList findings={findings} role={role} scope="field" fallbackFocus={fieldId(path)} labelledBy={titleId} />
    </div>
  );
}

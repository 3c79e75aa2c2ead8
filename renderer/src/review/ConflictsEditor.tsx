// Conflicts of interest declared at the meeting: which member, what interest, and whether they
// stood aside from the decision. The board pack prints them with the decision.
import { useTranslation } from 'react-i18next';
import { IssueText } from '../components/IssueText';
import { describedBy, fieldId, issueId, useFieldIssue } from '../components/issues';
import { useFocusLater } from '../components/useFocusLater';
import { newId } from '../state/ids';
import type { ConflictDraft } from './decisionIssues';

interface Props {
  members: readonly string[];
  conflicts: readonly ConflictDraft[];
  onChange: (conflicts: ConflictDraft[]) => void;
}

function ConflictRow({
  conflict,
  members,
  n,
  onChange,
  onRemove,
}: {
  conflict: ConflictDraft;
  members: readonly string[];
  n: number;
  onChange: (c: ConflictDraft) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const path = `decision.conflicts.${conflict.id}`;
  const memberIssue = useFieldIssue(`${path}.member`);
  const interestIssue = useFieldIssue(`${path}.interest`);
  return (
    <li className="conflict-row">
      <div className="field">
        <label htmlFor={fieldId(`${path}.member`)}>{t('ui.boardReview.conflicts.member', { n })}</label>
        <select
          id={fieldId(`${path}.member`)}
          value={conflict.member}
          aria-invalid={memberIssue ? true : undefined}
          aria-describedby={describedBy(memberIssue && issueId(`${path}.member`))}
          onChange={(event) => onChange({ ...conflict, member: event.target.value })}
        >
          <option value="">{t('ui.boardReview.conflicts.chooseMember')}</option>
          {members.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
        <IssueText path={`${path}.member`} code={memberIssue} />
      </div>
      <div className="field">
        <label htmlFor={fieldId(`${path}.interest`)}>{t('ui.boardReview.conflicts.interest', { n })}</label>
        <textarea
          id={fieldId(`${path}.interest`)}
          rows={2}
          maxLength={1000}
          value={conflict.interest}
          aria-invalid={interestIssue ? true : undefined}
          aria-describedby={describedBy(interestIssue && issueId(`${path}.interest`))}
          onChange={(event) => onChange({ ...conflict, interest: event.target.value })}
        />
        <IssueText path={`${path}.interest`} code={interestIssue} />
      </div>
      <label className="check-line" htmlFor={fieldId(`${path}.recused`)}>
        <input
          id={fieldId(`${path}.recused`)}
          type="checkbox"
          checked={conflict.recused}
          onChange={(event) => onChange({ ...conflict, recused: event.target.checked })}
        />
        <span>{t('ui.boardReview.conflicts.recused')}</span>
      </label>
      <button type="button" className="quiet danger-text" aria-label={t('ui.boardReview.conflicts.removeNamed', { n })} onClick={onRemove}>
        {t('ui.boardReview.conflicts.remove')}
      </button>
    </li>
  );
}

export function ConflictsEditor({ members, conflicts, onChange }: Props) {
  const { t } = useTranslation();
  const focusLater = useFocusLater();
  const named = [...new Set(members.map((m) => m.trim()).filter(Boolean))];
  return (
    <fieldset className="conflicts">
      <legend>{t('ui.boardReview.conflicts.legend')}</legend>
      <p className="hint">{t('ui.boardReview.conflicts.hint')}</p>
      {conflicts.length > 0 && (
        <ul>
          {conflicts.map((c, i) => (
            <ConflictRow
              key={c.id}
              conflict={c}
              members={named}
              n={i + 1}
              onChange={(next) => onChange(conflicts.map((x) => (x.id === c.id ? next : x)))}
              onRemove={() => onChange(conflicts.filter((x) => x.id !== c.id))}
            />
          ))}
        </ul>
      )}
      <button
        type="button"
        className="secondary"
        aria-disabled={named.length === 0 || undefined}
        onClick={() => {
          if (!named.length) return;
          const id = newId('k');
          onChange([...conflicts, { id, member: named.length === 1 ? named[0]! : '', interest: '', recused: true }]);
          focusLater(fieldId(`decision.conflicts.${id}.member`));
        }}
      >
        {t('ui.boardReview.conflicts.add')}
      </button>
      {named.length === 0 && <p className="hint">{t('ui.boardReview.conflicts.namesFirst')}</p>}
    </fieldset>
  );
}

// Records the board's decision on one version: the outcome, the day, who was there, the conditions
// or reasons, and who records it. The decision carries that version's hash from then on.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordDecision } from '../../../core/review/versions';
import { DECISION_OUTCOMES, type Version } from '../../../core/schema/review';
import { ChoiceGroup } from '../components/ChoiceGroup';
import { IssueText } from '../components/IssueText';
import { describedBy, fieldId, issueId, IssuesProvider } from '../components/issues';
import { ItemListEditor } from '../components/ItemListEditor';
import { TextField } from '../components/TextField';
import { newId } from '../state/ids';
import { success } from '../state/notice';
import { useStudio } from '../state/store';
import { ConflictsEditor } from './ConflictsEditor';
import { decisionIssues, type DecisionDraft } from './decisionIssues';
import { today, useReviewFormat } from './format';
import { SpeakerField } from './SpeakerField';
import { useSpeaker } from './useSpeaker';

// version null: whichever is the latest, even one submitted after the form was first shown
const freshDraft = (): DecisionDraft => ({
  version: null,
  outcome: null,
  date: today(),
  members: [{ id: newId('m'), text: '' }],
  conflicts: [],
  notes: '',
});

export function DecisionForm({ versions }: { versions: readonly Version[] }) {
  const { t } = useTranslation();
  const latest = versions.at(-1)?.number ?? 1;
  const format = useReviewFormat();
  const [draft, setDraft] = useState(freshDraft);
  const [tried, setTried] = useState(false);
  const speaker = useSpeaker();
  const recordedBy = speaker.name;
  const issues = tried ? decisionIssues(draft, recordedBy) : [];
  const issueOf = (field: string) => issues.find((i) => i.field === field)?.code;
  const set = (patch: Partial<DecisionDraft>) => setDraft((d) => ({ ...d, ...patch }));
  // a version removed by hand from the file cannot be chosen; fall back to the latest
  const version = draft.version !== null && versions.some((v) => v.number === draft.version) ? draft.version : latest;

  const record = () => {
    const first = decisionIssues(draft, recordedBy)[0];
    setTried(true);
    if (first)
      return document
        .getElementById(first.field === 'decision.outcome' ? `${fieldId(first.field)}-approve` : fieldId(first.field))
        ?.focus();
    const { project, updateReview, notify } = useStudio.getState();
    if (!project || !draft.outcome) return;
    const input = {
      version,
      outcome: draft.outcome,
      date: draft.date,
      members: draft.members.map((m) => m.text),
      conflicts: draft.conflicts.map(({ member, interest, recused }) => ({ member, interest, recused })),
      notes: draft.notes.trim(),
      recordedBy: recordedBy.trim(),
    };
    const decided = recordDecision(project, input, newId('d'), new Date());
    if (!decided) return;
    updateReview(() => decided.review);
    notify(success('ui.notice.decisionRecorded', { n: version }));
    setDraft(freshDraft());
    setTried(false);
    speaker.sent();
  };

  return (
    <form
      className="decision-form"
      aria-labelledby="decision-form-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        record();
      }}
    >
      <h3 id="decision-form-title">{t('ui.boardReview.decisions.formHeading')}</h3>
      <IssuesProvider issues={issues}>
        <div className="field-row">
          <div className="field">
            <label htmlFor="field-decision.version">{t('ui.boardReview.decisions.version')}</label>
            <select id="field-decision.version" value={version} onChange={(event) => set({ version: Number(event.target.value) })}>
              {versions.map((v) => (
                <option key={v.number} value={v.number}>
                  {t('ui.boardReview.versionOption', { n: v.number, when: format.when(v.submittedAt) })}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={fieldId('decision.date')}>
              {t('ui.boardReview.decisions.dateLabel')}
              <span className="required"> {t('ui.field.required')}</span>
            </label>
            <input
              type="date"
              id={fieldId('decision.date')}
              value={draft.date}
              aria-required
              aria-invalid={issueOf('decision.date') ? true : undefined}
              aria-describedby={describedBy(issueOf('decision.date') && issueId('decision.date'))}
              onChange={(event) => set({ date: event.target.value })}
            />
            <IssueText path="decision.date" code={issueOf('decision.date')} />
          </div>
        </div>
        <ChoiceGroup
          path="decision.outcome"
          legend={t('ui.boardReview.decisions.outcomeLegend')}
          options={DECISION_OUTCOMES}
          value={draft.outcome}
          labelOf={(o) => t(`ui.boardReview.decisions.choice.${o}`)}
          onChange={(outcome) => set({ outcome })}
          issue={issueOf('decision.outcome')}
        />
        <ItemListEditor
          path="decision.members"
          legend={t('ui.boardReview.decisions.membersLegend')}
          hint={t('ui.boardReview.decisions.membersHint')}
          itemLabelKey="ui.boardReview.decisions.member"
          addLabel={t('ui.boardReview.decisions.addMember')}
          fullKey="ui.list.full"
          items={draft.members}
          max={40}
          maxLength={120}
          idPrefix="m"
          onChange={(members) => set({ members })}
        />
        <ConflictsEditor
          members={draft.members.map((m) => m.text)}
          conflicts={draft.conflicts}
          onChange={(conflicts) => set({ conflicts })}
        />
        <TextField
          path="decision.notes"
          label={t('ui.boardReview.decisions.notesLabel')}
          hint={t('ui.boardReview.decisions.notesHint')}
          value={draft.notes}
          maxLength={4000}
          rows={3}
          onChange={(notes) => set({ notes })}
        />
        <SpeakerField
          path="decision.recordedBy"
          label={t('ui.boardReview.decisions.recordedByLabel')}
          speaker={speaker}
          issue={issueOf('decision.recordedBy')}
        />
      </IssuesProvider>
      <button type="submit" className="primary">
        {t('ui.boardReview.decisions.record')}
      </button>
    </form>
  );
}

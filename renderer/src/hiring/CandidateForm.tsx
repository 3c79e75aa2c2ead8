// A candidate's details: a name (required), their current role and whether they come from inside
// the company. Used to add a candidate and to edit one; nothing reaches the project until saved.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CANDIDATE_ORIGINS, type Candidate } from '../../../core/schema/rubric';
import { ChoiceGroup } from '../components/ChoiceGroup';
import { fieldId } from '../components/issues';
import { TextField } from '../components/TextField';

export type CandidateDetails = Omit<Candidate, 'id'>;

interface Props {
  /** the candidate being edited; a new one starts empty */
  initial?: CandidateDetails;
  /** where the fields live in the page, e.g. `candidate.new` */
  path: string;
  submitLabel: string;
  onSubmit: (details: CandidateDetails) => void;
  onCancel?: () => void;
}

const EMPTY: CandidateDetails = { name: '', currentRole: '', origin: 'external' };

export function CandidateForm({ initial = EMPTY, path, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [details, setDetails] = useState(initial);
  const [missing, setMissing] = useState(false);
  const formId = useId();
  const set = (patch: Partial<CandidateDetails>) => setDetails((d) => ({ ...d, ...patch }));

  return (
    <form
      className="candidate-form"
      aria-labelledby={`${formId}-title`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!details.name.trim()) {
          setMissing(true);
          document.getElementById(fieldId(`${path}.name`))?.focus();
          return;
        }
        onSubmit({ ...details, name: details.name.trim(), currentRole: details.currentRole.trim() });
        if (!onCancel) setDetails(EMPTY);
      }}
    >
      <h3 id={`${formId}-title`}>{submitLabel}</h3>
      <TextField
        path={`${path}.name`}
        label={t('ui.candidates.name')}
        value={details.name}
        maxLength={120}
        required
        issue={missing ? 'ui.candidates.nameMissing' : undefined}
        onChange={(name) => {
          set({ name });
          if (name.trim()) setMissing(false);
        }}
      />
      <TextField
        path={`${path}.currentRole`}
        label={t('ui.candidates.currentRole')}
        hint={t('ui.candidates.currentRoleHint')}
        value={details.currentRole}
        maxLength={200}
        onChange={(currentRole) => set({ currentRole })}
      />
      <ChoiceGroup
        path={`${path}.origin`}
        legend={t('ui.candidates.origin')}
        options={CANDIDATE_ORIGINS}
        value={details.origin}
        labelOf={(origin) => t(`ui.origin.${origin}`)}
        onChange={(origin) => set({ origin })}
      />
      <div className="form-actions">
        <button type="submit" className="primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('ui.candidates.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

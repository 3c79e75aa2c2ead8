// Choosing whose scorecard pack to write, and for which candidates: every candidate, or only those
// the interviewer has not submitted a scorecard for yet.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PACK_CANDIDATES } from '../../../core/schema/scorecard-pack';
import { FormModal } from '../panel/FormModal';
import { useStudio } from '../state/store';

interface Props {
  onDone: (choice: { interviewerId: string; candidateIds: string[] | null } | null) => void;
}

export function PackExportDialog({ onDone }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const hiring = useStudio((s) => s.project?.hiring);
  const actor = useStudio((s) => s.actor);
  // the browser host downloads the pack; the desktop app asks where to save it
  const downloads = useStudio((s) => s.appInfo?.nativeDialogs === false);
  const [interviewerId, setInterviewerId] = useState(actor.kind === 'interviewer' ? actor.id : (hiring?.interviewers[0]?.id ?? ''));
  const [scope, setScope] = useState<'all' | 'open'>('open');
  if (!hiring) return null;
  const submitted = new Set(
    hiring.scorecards.filter((s) => s.interviewerId === interviewerId && s.status === 'submitted').map((s) => s.candidateId),
  );
  const open = hiring.candidates.filter((c) => !submitted.has(c.id)).map((c) => c.id);
  const chosen = scope === 'all' ? hiring.candidates.map((c) => c.id) : open;

  return (
    <FormModal
      title={t('ui.exchange.packTitle')}
      body={<p>{t('ui.exchange.packBody')}</p>}
      submitLabel={t(downloads ? 'ui.exchange.packDownload' : 'ui.exchange.packSubmit')}
      firstFieldId={`${id}-who`}
      onCancel={() => onDone(null)}
      onSubmit={() => {
        if (!hiring.interviewers.some((i) => i.id === interviewerId)) return 'ui.exchange.packNoInterviewer';
        if (chosen.length === 0) return 'ui.exchange.packNoCandidates';
        if (chosen.length > MAX_PACK_CANDIDATES) return 'ui.exchange.packTooMany';
        onDone({ interviewerId, candidateIds: scope === 'all' ? null : chosen });
        return null;
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-who`}>{t('ui.exchange.packWho')}</label>
        <select id={`${id}-who`} value={interviewerId} onChange={(event) => setInterviewerId(event.target.value)}>
          {hiring.interviewers.map((i) => (
            <option key={i.id} value={i.id}>
              {i.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="choices">
        <legend>{t('ui.exchange.packWhich')}</legend>
        <div className="choice-column">
          {(['open', 'all'] as const).map((value) => (
            <label key={value} className="choice">
              <input type="radio" name={`${id}-scope`} value={value} checked={scope === value} onChange={() => setScope(value)} />
              <span>{t(`ui.exchange.packScope.${value}`, { count: value === 'all' ? hiring.candidates.length : open.length })}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <p className="hint">{t('ui.exchange.packPrivacy', { max: MAX_PACK_CANDIDATES })}</p>
    </FormModal>
  );
}

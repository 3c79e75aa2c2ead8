// Who is scoring, whether interviewers score blind to each other, and bringing scorecards in.
import { useTranslation } from 'react-i18next';
import { CheckOption } from '../components/CheckOption';
import { useStudio } from '../state/store';

export function HiringToolbar({ onImport }: { onImport: () => void }) {
  const { t } = useTranslation();
  const interviewers = useStudio((s) => s.project?.hiring.interviewers);
  const independent = useStudio((s) => s.project?.hiring.independentScoring ?? true);
  const actingAs = useStudio((s) => s.actingAs);
  const { actAs, updateHiring } = useStudio.getState();
  const acting = interviewers?.some((i) => i.id === actingAs) ? actingAs : null;

  return (
    <div className="toolbar panel">
      <div className="field acting-as">
        <label htmlFor="acting-as">{t('ui.candidates.actingAs')}</label>
        <select
          id="acting-as"
          value={acting ?? ''}
          aria-describedby="acting-as-hint"
          onChange={(event) => actAs(event.target.value || null)}
        >
          <option value="">{t('ui.candidates.lead')}</option>
          {interviewers?.map((i, n) => (
            <option key={i.id} value={i.id}>
              {i.name.trim() || t('ui.coverage.interviewer', { n: n + 1 })}
            </option>
          ))}
        </select>
        <p className="hint" id="acting-as-hint">
          {t(acting ? 'ui.candidates.actingAsHint' : 'ui.candidates.leadHint')}
        </p>
      </div>
      <CheckOption
        id="field-hiring.independentScoring"
        label={t('ui.candidates.independent')}
        hint={t('ui.candidates.independentHint')}
        checked={independent}
        onChange={(on) => updateHiring((h) => ({ ...h, independentScoring: on }))}
      />
      <button type="button" className="secondary" onClick={onImport}>
        {t('ui.exchange.import')}
      </button>
    </div>
  );
}

// How Compare counts (adjusted for severity or raw; incomplete candidates ranked or not), and what
// leaves it: the results, the debrief agenda, and a change of weights once scoring has begun.
import { useTranslation } from 'react-i18next';
import { weightsFrozen } from '../../../core/hiring/panel/weights';
import { useActions } from '../app/FileActionsContext';
import { CheckOption } from '../components/CheckOption';
import { useStudio } from '../state/store';
import { useDebriefExport } from './useDebriefExport';
import { WeightChangeButton } from './WeightChangeButton';

export function CompareToolbar({ selectedId }: { selectedId: string | null }) {
  const { t } = useTranslation();
  const actions = useActions();
  const exportDebrief = useDebriefExport();
  const adjusted = useStudio((s) => s.adjusted);
  const rankIncomplete = useStudio((s) => s.rankIncomplete);
  const frozen = useStudio((s) => (s.project ? weightsFrozen(s.project.hiring) : false));
  const { setAdjusted, setRankIncomplete } = useStudio.getState();
  return (
    <div className="toolbar panel compare-toolbar">
      <CheckOption
        id="field-adjusted"
        label={t('ui.compare.adjust')}
        hint={t('ui.compare.adjustHint')}
        checked={adjusted}
        onChange={setAdjusted}
      />
      <CheckOption
        id="field-rank-incomplete"
        label={t('ui.compare.rankIncomplete')}
        hint={t('ui.compare.rankIncompleteHint')}
        checked={rankIncomplete}
        onChange={setRankIncomplete}
      />
      <div className="toolbar-actions">
        <button type="button" className="secondary" onClick={() => void actions.exportResults()}>
          {t('ui.compare.export')}
        </button>
        <button type="button" className="secondary" onClick={() => void exportDebrief(selectedId)}>
          {t(selectedId ? 'ui.compare.exportDebriefOne' : 'ui.compare.exportDebrief')}
        </button>
        {frozen && <WeightChangeButton />}
      </div>
    </div>
  );
}

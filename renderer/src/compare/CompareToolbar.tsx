// How Compare counts (adjusted for severity or raw; incomplete candidates ranked or not), and what
// leaves it: the debrief agenda, and a change of weights once scoring has begun (the results leave
// from ResultsExportPanel, with their shortlist).
import { useTranslation } from 'react-i18next';
import { weightsFrozen } from '../../../core/hiring/panel/weights';
import { CheckOption } from '../components/CheckOption';
import { ExportButton } from '../components/ExportButton';
import { useStudio } from '../state/store';
import { useDebriefExport } from './useDebriefExport';
import { WeightChangeButton } from './WeightChangeButton';

export function CompareToolbar({ selectedId }: { selectedId: string | null }) {
  const { t } = useTranslation();
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
        {/* the results are exported from their own panel, beside the shortlist that decides who gets a page */}
        <ExportButton
          kind="debrief"
          className="secondary"
          label={t(selectedId ? 'ui.compare.exportDebriefOne' : 'ui.compare.exportDebrief')}
          onExport={() => exportDebrief(selectedId)}
        />
        {frozen && <WeightChangeButton />}
      </div>
    </div>
  );
}

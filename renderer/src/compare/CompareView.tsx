// Compare: every candidate's weighted score, recommendations, disagreements and gaps in one sortable
// table, then the selected candidate's archetype profile against the role's and what to follow up.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompareKey, Direction } from '../../../core/hiring/scoring/rank';
import { CheckOption } from '../components/CheckOption';
import { useStudio } from '../state/store';
import { CandidateResult } from './CandidateResult';
import { CompareTable } from './CompareTable';
import { ResultsExportPanel } from './ResultsExportPanel';
import { useCompareData } from './useCompareData';

export function CompareView() {
  const { t } = useTranslation();
  const [sort, setSort] = useState<{ key: CompareKey; direction: Direction }>({ key: 'score', direction: 'descending' });
  const { raw, calibrated, rows } = useCompareData(sort.key, sort.direction);
  const calibrate = useStudio((s) => s.calibrated);
  const selectedId = useStudio((s) => s.candidateId);
  const setCalibrated = useStudio((s) => s.setCalibrated);
  const selected = rows.find((r) => r.candidate.id === selectedId);
  const result = raw.candidates.find((c) => c.candidateId === selectedId);
  const shownProfile = (calibrated ?? raw).candidates.find((c) => c.candidateId === selectedId)?.profile;

  return (
    <main className="workspace compare" aria-labelledby="view-title">
      <h1 id="view-title" tabIndex={-1}>
        {t('ui.compare.title')}
      </h1>
      <p className="lede">{t('ui.compare.intro')}</p>
      <div className="toolbar panel">
        <CheckOption
          id="field-calibrated"
          label={t('ui.compare.calibrate')}
          hint={t('ui.compare.calibrateHint')}
          checked={calibrate}
          onChange={setCalibrated}
        />
      </div>
      {rows.length === 0 ? (
        <p className="panel hint">{t('ui.compare.none')}</p>
      ) : (
        <CompareTable rows={rows} calibrated={calibrated !== null} sort={sort} onSort={setSort} />
      )}
      {rows.length > 0 && <ResultsExportPanel rows={rows} />}
      {selected && result && shownProfile && (
        <CandidateResult
          key={selected.candidate.id}
          row={selected}
          result={result}
          profile={shownProfile}
          calibrated={calibrated !== null}
        />
      )}
    </main>
  );
}

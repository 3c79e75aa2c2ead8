// Compare: every candidate's score (adjusted for interviewer severity, raw beside it, with an
// interval), complete candidates ranked and incomplete ones marked below them; a search and filters
// for a long list; a table or a candidate × criterion heat-map; the chosen candidate's profile and
// debrief agenda; who the results document gives a page (the shortlist) and its export; the panel
// measured; and the scoring record. While scoring is independent it shows
// every interviewer's ratings, so it is the hiring lead's.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompareKey, Direction } from '../../../core/hiring/scoring/rank';
import { useStudio } from '../state/store';
import { CandidateResult } from './CandidateResult';
import { CompareFilters } from './CompareFilters';
import { CompareLocked } from './CompareLocked';
import { CompareTable } from './CompareTable';
import { CompareToolbar } from './CompareToolbar';
import { HeatMap } from './HeatMap';
import { Pager } from './Pager';
import { PanelMeasures } from './PanelMeasures';
import { ResultsExportPanel } from './ResultsExportPanel';
import { ScoringRecord } from './ScoringRecord';
import { useCompareData } from './useCompareData';

export const PAGE_SIZE = 50;

export function CompareView() {
  const { t } = useTranslation();
  const [sort, setSort] = useState<{ key: CompareKey; direction: Direction }>({ key: 'score', direction: 'descending' });
  const [mode, setMode] = useState<'table' | 'heatmap'>('table');
  const [page, setPage] = useState(0);
  const locked = useStudio((s) => (s.project?.hiring.independentScoring ?? false) && s.actor.kind !== 'lead');
  const { panel, all, rows } = useCompareData(sort.key, sort.direction);
  const selectedId = useStudio((s) => s.candidateId);
  const adjusted = useStudio((s) => s.adjusted);
  const hiring = useStudio((s) => s.project?.hiring);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const shown = Math.min(page, pages - 1);
  const visible = rows.slice(shown * PAGE_SIZE, (shown + 1) * PAGE_SIZE);
  const selected = all.find((r) => r.candidate.id === selectedId);
  const index = panel?.raw.candidates.findIndex((c) => c.candidateId === selectedId) ?? -1;

  return (
    <main className="workspace compare" aria-labelledby="view-title">
      <h1 id="view-title" tabIndex={-1}>
        {t('ui.compare.title')}
      </h1>
      <p className="lede">{t('ui.compare.intro')}</p>
      {locked || !panel ? (
        <CompareLocked />
      ) : (
        <>
          <CompareToolbar selectedId={selected?.candidate.id ?? null} />
          {all.length === 0 ? (
            <p className="panel hint">{t('ui.compare.none')}</p>
          ) : (
            <section className="panel compare-list" aria-labelledby="compare-list-title">
              <h2 id="compare-list-title" className="visually-hidden">
                {t('ui.compare.listHeading')}
              </h2>
              <CompareFilters shown={rows.length} total={all.length} onChange={() => setPage(0)} />
              <div className="view-tabs" role="group" aria-label={t('ui.compare.viewAs')}>
                {(['table', 'heatmap'] as const).map((m) => (
                  <button key={m} type="button" aria-pressed={mode === m} onClick={() => setMode(m)}>
                    {t(`ui.compare.mode.${m}`)}
                  </button>
                ))}
              </div>
              {rows.length === 0 ? (
                <p className="hint">{t('ui.compare.noMatch')}</p>
              ) : mode === 'table' ? (
                <CompareTable
                  rows={visible}
                  total={rows.length}
                  adjusted={adjusted}
                  sort={sort}
                  onSort={(next) => (setSort(next), setPage(0))}
                />
              ) : (
                <HeatMap rows={visible} panel={panel} adjusted={adjusted} />
              )}
              {pages > 1 && <Pager page={shown} pages={pages} total={rows.length} size={PAGE_SIZE} onPage={setPage} />}
            </section>
          )}
          {hiring && all.length > 0 && <ResultsExportPanel panel={panel} candidates={hiring.candidates} />}
          {selected && index >= 0 && (
            <CandidateResult key={selected.candidate.id} row={selected} panel={panel} index={index} adjusted={adjusted} />
          )}
          <PanelMeasures panel={panel} />
          <ScoringRecord />
        </>
      )}
    </main>
  );
}

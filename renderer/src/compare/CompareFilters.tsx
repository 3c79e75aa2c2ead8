// Finding candidates in a long list: a search over names and current roles, and filters that
// combine. The view keeps them while the user moves between views.
import { useTranslation } from 'react-i18next';
import { isFiltered, NO_FILTER, type RowFilter } from '../../../core/hiring/scoring/filter';
import { useStudio } from '../state/store';

export function CompareFilters({ shown, total, onChange }: { shown: number; total: number; onChange: () => void }) {
  const { t } = useTranslation();
  const filter = useStudio((s) => s.compareFilter);
  const setFilter = useStudio((s) => s.setCompareFilter);
  const set = (patch: Partial<RowFilter>) => {
    setFilter({ ...filter, ...patch });
    onChange();
  };
  return (
    <div className="compare-filters">
      <div className="field">
        <label htmlFor="compare-search">{t('ui.compare.search')}</label>
        <input id="compare-search" type="search" value={filter.query} onChange={(event) => set({ query: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="compare-origin">{t('ui.compare.filterOrigin')}</label>
        <select id="compare-origin" value={filter.origin} onChange={(event) => set({ origin: event.target.value as RowFilter['origin'] })}>
          {(['all', 'internal', 'external'] as const).map((o) => (
            <option key={o} value={o}>
              {t(`ui.compare.origin.${o}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="compare-completeness">{t('ui.compare.filterCompleteness')}</label>
        <select
          id="compare-completeness"
          value={filter.completeness}
          onChange={(event) => set({ completeness: event.target.value as RowFilter['completeness'] })}
        >
          {(['all', 'complete', 'incomplete'] as const).map((o) => (
            <option key={o} value={o}>
              {t(`ui.compare.completeness.${o}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="compare-min">{t('ui.compare.filterMin')}</label>
        <input
          id="compare-min"
          type="number"
          min={0}
          max={100}
          step={5}
          value={filter.minScore || ''}
          onChange={(event) => set({ minScore: Math.min(100, Math.max(0, Number(event.target.value) || 0)) })}
        />
      </div>
      <label className="check-line" htmlFor="compare-disagreements">
        <input
          id="compare-disagreements"
          type="checkbox"
          checked={filter.disagreements}
          onChange={(event) => set({ disagreements: event.target.checked })}
        />
        <span>{t('ui.compare.filterDisagreements')}</span>
      </label>
      <p className="filter-count" aria-live="polite">
        {isFiltered(filter) ? t('ui.compare.showing', { shown, total }) : t('ui.compare.showingAll', { count: total })}
        {isFiltered(filter) && (
          <button type="button" className="quiet" onClick={() => set(NO_FILTER)}>
            {t('ui.compare.clearFilters')}
          </button>
        )}
      </p>
    </div>
  );
}

// The candidates side by side, fifty to a page so a thousand rows stay quick to draw. Column
// headers sort (click, Enter or Space); choosing a candidate shows their profile below the table.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RECOMMENDATIONS } from '../../../core/schema/rubric';
import { COMPARE_KEYS, type CompareKey, type CompareRow, type Direction } from '../../../core/hiring/scoring/rank';
import { useStudio } from '../state/store';
import { Pager } from './Pager';
import { RecommendationMarker } from './RecommendationMarker';
import { formatScore } from './formatScore';

export const PAGE_SIZE = 50;

interface Props {
  rows: readonly CompareRow[];
  calibrated: boolean;
  sort: { key: CompareKey; direction: Direction };
  onSort: (sort: { key: CompareKey; direction: Direction }) => void;
}

/** Names and origins read naturally A to Z; figures lead with the highest. */
const firstDirection = (key: CompareKey): Direction => (key === 'name' || key === 'origin' ? 'ascending' : 'descending');

export function CompareTable({ rows, calibrated, sort, onSort }: Props) {
  const { t } = useTranslation();
  const selectedId = useStudio((s) => s.candidateId);
  const select = useStudio((s) => s.selectCandidate);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  // open on the page that holds the candidate already chosen elsewhere
  const [page, setPage] = useState(() =>
    Math.floor(
      Math.max(
        0,
        rows.findIndex((r) => r.candidate.id === selectedId),
      ) / PAGE_SIZE,
    ),
  );
  const shown = Math.min(page, pages - 1);
  const visible = rows.slice(shown * PAGE_SIZE, (shown + 1) * PAGE_SIZE);

  const sortBy = (key: CompareKey) => {
    onSort({ key, direction: sort.key === key ? (sort.direction === 'ascending' ? 'descending' : 'ascending') : firstDirection(key) });
    setPage(0);
  };
  const recommendations = (row: CompareRow) => {
    const given = RECOMMENDATIONS.filter((r) => row.recommendations[r] > 0).reverse();
    return given.length ? (
      <ul className="rec-list">
        {given.map((r) => (
          <li key={r}>
            <RecommendationMarker recommendation={r} count={row.recommendations[r]} />
          </li>
        ))}
      </ul>
    ) : (
      t('ui.compare.noRecommendations')
    );
  };

  return (
    <section className="panel compare-table" aria-labelledby="compare-caption">
      <div className="matrix-scroll">
        <table>
          <caption id="compare-caption">{t('ui.compare.caption', { count: rows.length })}</caption>
          <thead>
            <tr>
              {COMPARE_KEYS.map((key) => (
                <th key={key} scope="col" aria-sort={sort.key === key ? sort.direction : undefined} className={`col-${key}`}>
                  <button type="button" className="sort" onClick={() => sortBy(key)}>
                    {t(key === 'score' && calibrated ? 'ui.compare.column.calibratedScore' : `ui.compare.column.${key}`)}
                    <span className={`sort-indicator ${sort.key === key ? sort.direction : ''}`} aria-hidden="true" />
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => {
              const chosen = row.candidate.id === selectedId;
              return (
                <tr key={row.candidate.id} className={chosen ? 'selected' : undefined} onClick={() => select(row.candidate.id)}>
                  <th scope="row">
                    <button
                      type="button"
                      className="row-select"
                      aria-pressed={chosen}
                      onClick={(event) => (event.stopPropagation(), select(row.candidate.id))}
                    >
                      {row.candidate.name}
                    </button>
                  </th>
                  <td>{t(`ui.origin.${row.candidate.origin}`)}</td>
                  <td className="score-cell">
                    <span className="score">{formatScore(row.score, t)}</span>
                    {row.score !== null && (
                      <span className="score-meter" aria-hidden="true">
                        <span style={{ width: `${Math.max(0, Math.min(100, row.score))}%` }} />
                      </span>
                    )}
                    {calibrated && <span className="raw">{t('ui.compare.raw', { score: formatScore(row.rawScore, t) })}</span>}
                  </td>
                  <td className="recommendations">{recommendations(row)}</td>
                  <td className={row.disagreements > 0 ? 'flag' : undefined}>{row.disagreements}</td>
                  <td className={row.missing > 0 ? 'flag' : undefined}>{row.missing}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {pages > 1 && <Pager page={shown} pages={pages} total={rows.length} size={PAGE_SIZE} onPage={setPage} />}
    </section>
  );
}

// The candidates side by side, a page at a time so a thousand rows stay quick to draw. Complete
// candidates carry their rank; incomplete ones are marked and say what is missing. Column headers
// sort (click, Enter or Space); choosing a candidate shows their profile and agenda below.
import { useTranslation } from 'react-i18next';
import { RECOMMENDATIONS } from '../../../core/schema/rubric';
import { COMPARE_KEYS, type CompareKey, type CompareRow, type Direction } from '../../../core/hiring/scoring/rank';
import { useStudio } from '../state/store';
import { RecommendationMarker } from './RecommendationMarker';
import { formatScore } from './formatScore';

interface Props {
  rows: readonly CompareRow[];
  /** rows in the whole sorted list, for the caption */
  total: number;
  adjusted: boolean;
  sort: { key: CompareKey; direction: Direction };
  onSort: (sort: { key: CompareKey; direction: Direction }) => void;
}

/** Names and origins read naturally A to Z; figures lead with the highest. */
const firstDirection = (key: CompareKey): Direction => (key === 'name' || key === 'origin' ? 'ascending' : 'descending');

export function CompareTable({ rows, total, adjusted, sort, onSort }: Props) {
  const { t, i18n } = useTranslation();
  const selectedId = useStudio((s) => s.candidateId);
  const select = useStudio((s) => s.selectCandidate);
  const sortBy = (key: CompareKey) =>
    onSort({ key, direction: sort.key === key ? (sort.direction === 'ascending' ? 'descending' : 'ascending') : firstDirection(key) });
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
    <div className="matrix-scroll compare-table">
      <table>
        <caption id="compare-caption">{t('ui.compare.caption', { count: total })}</caption>
        <thead>
          <tr>
            <th scope="col" className="col-rank">
              {t('ui.compare.column.rank')}
            </th>
            {COMPARE_KEYS.map((key) => (
              <th key={key} scope="col" aria-sort={sort.key === key ? sort.direction : undefined} className={`col-${key}`}>
                <button type="button" className="sort" onClick={() => sortBy(key)}>
                  {t(key === 'score' && adjusted ? 'ui.compare.column.adjustedScore' : `ui.compare.column.${key}`)}
                  <span className={`sort-indicator ${sort.key === key ? sort.direction : ''}`} aria-hidden="true" />
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const chosen = row.candidate.id === selectedId;
            return (
              <tr
                key={row.candidate.id}
                className={[chosen ? 'selected' : '', row.complete ? '' : 'incomplete'].join(' ').trim() || undefined}
                onClick={() => select(row.candidate.id)}
              >
                <td className="rank-cell">{row.rank ?? <span aria-label={t('ui.compare.unranked')}>–</span>}</td>
                <th scope="row">
                  <button
                    type="button"
                    className="row-select"
                    aria-pressed={chosen}
                    onClick={(event) => (event.stopPropagation(), select(row.candidate.id))}
                  >
                    {row.candidate.name}
                  </button>
                  {!row.complete && (
                    <span className="incomplete-badge">
                      {row.submitted === 0
                        ? t('ui.compare.notStarted', { expected: row.expected })
                        : t('ui.compare.incomplete', { submitted: row.submitted, expected: row.expected })}
                    </span>
                  )}
                </th>
                <td>{t(`ui.origin.${row.candidate.origin}`)}</td>
                <td className="score-cell">
                  <span className="score">{formatScore(row.score, t, i18n.language)}</span>
                  {row.low !== null && row.high !== null && (
                    <span className="interval">{t('ui.compare.interval', { low: row.low.toFixed(0), high: row.high.toFixed(0) })}</span>
                  )}
                  {adjusted && row.rawScore !== null && (
                    <span className="raw">{t('ui.compare.raw', { score: formatScore(row.rawScore, t, i18n.language) })}</span>
                  )}
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
  );
}

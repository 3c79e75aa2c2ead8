// What changed between two versions, per section. Never colour alone: every line carries a mark
// (+, −, ~) and a label read out to screen readers; a changed line shows before and after, with the
// words taken out struck through and the words put in underlined.
import { useTranslation } from 'react-i18next';
import type { LineChange, SectionDiff, WordPart } from '../../../core/review/diff';

const MARK: Record<LineChange['kind'], string> = { added: '+', removed: '−', changed: '~' };

/** One side of a changed line: the words both sides share, and those only this side has. */
function Side({ words, side }: { words: readonly WordPart[]; side: 'before' | 'after' }) {
  const { t } = useTranslation();
  const own = side === 'before' ? 'removed' : 'added';
  return (
    <span className={`diff-${side}`}>
      <span className="diff-side">{t(`ui.boardReview.diff.${side}`)}</span>{' '}
      {words
        .filter((w) => w.kind === 'same' || w.kind === own)
        .map((w, i) =>
          w.kind === 'same' ? (
            <span key={i}>{w.text}</span>
          ) : side === 'before' ? (
            <del key={i}>
              <span className="visually-hidden">{t('ui.boardReview.diff.wordsRemoved')}</span>
              {w.text}
            </del>
          ) : (
            <ins key={i}>
              <span className="visually-hidden">{t('ui.boardReview.diff.wordsAdded')}</span>
              {w.text}
            </ins>
          ),
        )}
    </span>
  );
}

function Line({ change }: { change: LineChange }) {
  const { t } = useTranslation();
  return (
    <li className={`diff-line ${change.kind}`}>
      <span className="diff-mark" aria-hidden="true">
        {MARK[change.kind]}
      </span>
      <span className="diff-text">
        <span className="visually-hidden">{t(`ui.boardReview.diff.${change.kind}`)}</span>
        {change.kind === 'added' && change.after}
        {change.kind === 'removed' && <del>{change.before}</del>}
        {change.kind === 'changed' && (
          <>
            <Side words={change.words} side="before" />
            <Side words={change.words} side="after" />
          </>
        )}
      </span>
    </li>
  );
}

export function DiffView({ diff }: { diff: readonly SectionDiff[] }) {
  const { t } = useTranslation();
  const count = diff.reduce((sum, d) => sum + d.changes.length, 0);
  const sections = diff.map((d) => t(`review.section.${d.section}`)).join(', ');
  return (
    <div className="diff">
      <p className="diff-summary" role="status">
        {count === 0 ? t('ui.boardReview.diff.same') : t('ui.boardReview.diff.summary', { count, sections })}
      </p>
      {count > 0 && <p className="hint">{t('ui.boardReview.diff.legend')}</p>}
      {diff.map((d) => (
        // a heading, not a region: the page's regions named after the sections are the sections themselves
        <div key={d.section} className="diff-section">
          <h3>{t(`review.section.${d.section}`)}</h3>
          <ul className="diff-lines">
            {d.changes.map((change, i) => (
              <Line key={i} change={change} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

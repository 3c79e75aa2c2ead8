// One section of the design as a board reads it: the choice made, the alternatives set aside, the
// facts behind it with their sources, the author's reasoning, and the reviewers' comments.
import { useTranslation } from 'react-i18next';
import type { ReviewSection, Snapshot } from '../../../core/schema/review';
import { Alternatives } from './Alternatives';
import { sectionAnchor } from './anchors';
import { Comments } from './Comments';
import { Facts } from './Facts';

interface Props {
  section: ReviewSection;
  snapshot: Snapshot;
  /** the section's content as labelled lines, without the rationale */
  lines: readonly string[];
  /** the version read, which new comments are tied to; null for a draft */
  version: number | null;
}

export function ReviewSectionCard({ section, snapshot, lines, version }: Props) {
  const { t } = useTranslation();
  const id = sectionAnchor(section);
  const rationale = snapshot.rationale[section]?.trim();

  return (
    <section className="panel review-section" id={id} aria-labelledby={`${id}-title`} tabIndex={-1}>
      <h2 id={`${id}-title`}>{t(`review.section.${section}`)}</h2>
      <div className="review-parts">
        <div className="review-part choice-part">
          <h3>{t('ui.boardReview.part.choice')}</h3>
          {lines.length ? (
            <ul className="choice-lines">
              {lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          ) : (
            <p className="hint">{t('ui.boardReview.part.empty')}</p>
          )}
        </div>
        <div className="review-side">
          <div className="review-part rationale-part">
            <h3>{t('ui.boardReview.part.rationale')}</h3>
            {rationale ? <p className="rationale-text">{rationale}</p> : <p className="hint">{t('ui.boardReview.part.noRationale')}</p>}
          </div>
          <div className="review-part">
            <h3>{t('ui.boardReview.part.alternatives')}</h3>
            <Alternatives section={section} snapshot={snapshot} />
          </div>
        </div>
        <div className="review-part facts-part">
          <h3>{t('ui.boardReview.part.facts')}</h3>
          <Facts section={section} scope={snapshot.role.context.scope} />
        </div>
      </div>
      <Comments section={section} version={version} />
    </section>
  );
}

// Board review: the open project read, never edited. A banner says what is being read and whether
// the design is a draft; then each section with its reasoning and comments, the versions, their
// comparison, the decisions and the board pack.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { snapshotLines } from '../../../core/review/lines';
import type { Project } from '../../../core/schema/project';
import { REVIEW_SECTIONS } from '../../../core/schema/review';
import { useStudio } from '../state/store';
import { BoardPackPanel } from './BoardPackPanel';
import { ComparePanel } from './ComparePanel';
import { DecisionsPanel } from './DecisionsPanel';
import { ReviewBanner } from './ReviewBanner';
import { ReviewContents } from './ReviewContents';
import { ReviewSectionCard } from './ReviewSectionCard';
import { useDesignStatus, useReading, useTampered } from './useReviewStatus';
import { VersionsPanel } from './VersionsPanel';

export function BoardReviewView() {
  const project = useStudio((s) => s.project);
  return project ? <ReviewPage project={project} /> : null;
}

function ReviewPage({ project }: { project: Project }) {
  const { t } = useTranslation();
  const { review } = project;
  const status = useDesignStatus(project);
  const tampered = useTampered(review.versions);
  const reading = useReading(project, status);
  // the rationale has its own place on each section, so it is left out of the content lines
  const lines = useMemo(() => snapshotLines({ ...reading.snapshot, rationale: {} }, t), [reading.snapshot, t]);
  const readNumber = reading.version?.number ?? null;

  return (
    <main className="workspace board-review" aria-labelledby="view-title">
      <h1 id="view-title" tabIndex={-1}>
        {t('ui.boardReview.title')}
      </h1>
      <p className="lede">{t('ui.boardReview.intro')}</p>
      <ReviewBanner versions={review.versions} status={status} reading={reading} tampered={tampered} />
      <div className="review-layout">
        <ReviewContents />
        <div className="review-body">
          {REVIEW_SECTIONS.map((section) => (
            <ReviewSectionCard key={section} section={section} snapshot={reading.snapshot} lines={lines[section]} version={readNumber} />
          ))}
          <VersionsPanel versions={review.versions} status={status} reading={readNumber} />
          <ComparePanel project={project} status={status} />
          <DecisionsPanel review={review} status={status} />
          <BoardPackPanel />
        </div>
      </div>
    </main>
  );
}

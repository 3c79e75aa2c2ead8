// In-page links to each part of the long review page, kept in view beside it as the wizard's steps
// are, marking the part being read.
import { useTranslation } from 'react-i18next';
import { REVIEW_SECTIONS } from '../../../core/schema/review';
import { SectionNav } from '../components/SectionNav';
import { ANCHOR, sectionAnchor } from './anchors';

export function ReviewContents() {
  const { t } = useTranslation();
  const links = [
    ...REVIEW_SECTIONS.map((s) => ({ id: sectionAnchor(s), label: t(`review.section.${s}`) })),
    { id: ANCHOR.versions, label: t('ui.boardReview.versions.heading'), breakBefore: true },
    { id: ANCHOR.compare, label: t('ui.boardReview.diff.heading') },
    { id: ANCHOR.decisions, label: t('ui.boardReview.decisions.heading') },
    { id: ANCHOR.pack, label: t('ui.boardReview.pack.heading') },
  ];
  return <SectionNav label={t('ui.boardReview.contents')} links={links} className="review-contents" />;
}

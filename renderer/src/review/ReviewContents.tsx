// In-page links to each part of the long review page, kept in view beside it as the wizard's steps are.
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REVIEW_SECTIONS } from '../../../core/schema/review';
import { ANCHOR, sectionAnchor } from './anchors';

/** Moves there and puts the focus on it, as a link should, without writing the place into the URL. */
function goTo(event: MouseEvent, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

export function ReviewContents() {
  const { t } = useTranslation();
  const links = [
    ...REVIEW_SECTIONS.map((s) => ({ id: sectionAnchor(s), label: t(`review.section.${s}`) })),
    { id: ANCHOR.versions, label: t('ui.boardReview.versions.heading') },
    { id: ANCHOR.compare, label: t('ui.boardReview.diff.heading') },
    { id: ANCHOR.decisions, label: t('ui.boardReview.decisions.heading') },
    { id: ANCHOR.pack, label: t('ui.boardReview.pack.heading') },
  ];
  return (
    <nav className="review-contents" aria-label={t('ui.boardReview.contents')}>
      <ol>
        {links.map((link, i) => (
          <li key={link.id} className={i === REVIEW_SECTIONS.length ? 'contents-break' : undefined}>
            <a href={`#${link.id}`} onClick={(event) => goTo(event, link.id)}>
              {link.label}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

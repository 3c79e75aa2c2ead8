// Says, before anything else, that this is a read-only review, which version is being read, and
// whether the current design is a submitted version or a draft; warns when the file was tampered with.
import { useTranslation } from 'react-i18next';
import type { Version } from '../../../core/schema/review';
import { useStudio } from '../state/store';
import { useReviewFormat } from './format';
import type { DesignStatus, Reading } from './useReviewStatus';

interface Props {
  versions: readonly Version[];
  status: DesignStatus;
  reading: Reading;
  tampered: readonly number[];
}

const DRAFT = 'draft';

export function ReviewBanner({ versions, status, reading, tampered }: Props) {
  const { t } = useTranslation();
  const format = useReviewFormat();
  const readVersion = useStudio((s) => s.readVersion);
  const read = reading.version;
  const statusLine = status.isDraft
    ? status.latest
      ? t('ui.boardReview.banner.draftSince', { n: status.latest.number })
      : t('ui.boardReview.banner.draftNone')
    : t('ui.boardReview.banner.version', { n: status.current });

  return (
    <div className="review-banner">
      <div className="review-banner-text">
        <p>
          <strong>{t('ui.boardReview.banner.readOnly')}</strong> {t('ui.boardReview.banner.readOnlyDetail')}
        </p>
        <p className="reading-line">
          {read
            ? t('ui.boardReview.banner.readingVersion', { n: read.number, when: format.when(read.submittedAt), author: read.author })
            : t('ui.boardReview.banner.readingDraft')}{' '}
          {statusLine}
        </p>
      </div>
      {versions.length > 0 && (
        <div className="field reading-field">
          <label htmlFor="field-review.reading">{t('ui.boardReview.reading')}</label>
          <select
            id="field-review.reading"
            value={read ? String(read.number) : DRAFT}
            // the current design, when it is the latest version, is read as that version
            onChange={(event) => readVersion(event.target.value === DRAFT ? null : Number(event.target.value))}
          >
            {status.isDraft && <option value={DRAFT}>{t('ui.boardReview.draftOption')}</option>}
            {versions.map((v) => (
              <option key={v.number} value={v.number}>
                {t('ui.boardReview.versionOption', { n: v.number, when: format.when(v.submittedAt) })}
              </option>
            ))}
          </select>
        </div>
      )}
      {tampered.length > 0 && (
        <p className="review-alarm" role="alert">
          {t('ui.boardReview.tampered', { count: tampered.length, versions: tampered.join(', ') })}
        </p>
      )}
    </div>
  );
}

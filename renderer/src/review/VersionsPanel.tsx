// The versions submitted for review, and the way to submit the next one.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Version } from '../../../core/schema/review';
import { useFocusLater } from '../components/useFocusLater';
import { useStudio } from '../state/store';
import { ANCHOR } from './anchors';
import { shortHash, useReviewFormat } from './format';
import { SubmitDialog } from './SubmitDialog';
import type { DesignStatus } from './useReviewStatus';

export function VersionsPanel({
  versions,
  status,
  reading,
}: {
  versions: readonly Version[];
  status: DesignStatus;
  reading: number | null;
}) {
  const { t } = useTranslation();
  const format = useReviewFormat();
  const readVersion = useStudio((s) => s.readVersion);
  const [asking, setAsking] = useState(false);
  const focusLater = useFocusLater();
  const next = (status.latest?.number ?? 0) + 1;

  return (
    <section className="panel" id={ANCHOR.versions} aria-labelledby={`${ANCHOR.versions}-title`} tabIndex={-1}>
      <h2 id={`${ANCHOR.versions}-title`}>{t('ui.boardReview.versions.heading')}</h2>
      <p className="hint">{t('ui.boardReview.versions.hint')}</p>
      {status.isDraft ? (
        <button type="button" className="primary" onClick={() => setAsking(true)}>
          {t('ui.boardReview.versions.submit')}
        </button>
      ) : (
        <p>{t('ui.boardReview.versions.upToDate', { n: status.current })}</p>
      )}
      {versions.length === 0 ? (
        <p className="hint versions-none">{t('ui.boardReview.versions.none')}</p>
      ) : (
        <table className="status-table versions-table">
          <caption>{t('ui.boardReview.versions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ui.boardReview.versions.number')}</th>
              <th scope="col">{t('ui.boardReview.versions.submitted')}</th>
              <th scope="col">{t('ui.boardReview.versions.author')}</th>
              <th scope="col">{t('ui.boardReview.versions.hash')}</th>
              <th scope="col" className="actions">
                <span className="visually-hidden">{t('ui.boardReview.versions.action')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.number}>
                <th scope="row">{v.number}</th>
                <td>{format.when(v.submittedAt)}</td>
                <td>{v.author}</td>
                <td>
                  <code title={v.hash}>{shortHash(v.hash)}</code>
                </td>
                <td className="actions">
                  {reading === v.number ? (
                    <span className="hint">{t('ui.boardReview.versions.reading')}</span>
                  ) : (
                    <button
                      type="button"
                      className="quiet"
                      aria-label={t('ui.boardReview.versions.readNamed', { n: v.number })}
                      onClick={() => {
                        readVersion(v.number);
                        // the button gives way to "being read": go to the top, where the banner says what is read
                        focusLater('field-review.reading');
                      }}
                    >
                      {t('ui.boardReview.versions.read')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {asking && (
        <SubmitDialog
          next={next}
          onClose={(submitted) => {
            setAsking(false);
            // the Submit button is gone once the design is a version: land on the list it joined
            if (submitted) focusLater(ANCHOR.versions);
          }}
        />
      )}
    </section>
  );
}

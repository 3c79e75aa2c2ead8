import { useTranslation } from 'react-i18next';
import { useDeferredDesignStatus } from './useReviewStatus';

/** The header's word on the design once a version exists: "Version N" or "Draft (changes since version N)". */
export function DesignStatusBadge() {
  const { t } = useTranslation();
  const status = useDeferredDesignStatus();
  if (!status?.latest) return null;
  return (
    <span className={`design-status ${status.isDraft ? 'draft' : 'version'}`}>
      {status.isDraft ? (
        <>
          {/* where the header is short of room, the short words show and the full ones are still read out */}
          <span className="status-long">{t('ui.header.draftSince', { n: status.latest.number })}</span>
          <span className="status-short" aria-hidden="true">
            {t('ui.header.draftSinceShort', { n: status.latest.number })}
          </span>
        </>
      ) : (
        t('ui.header.version', { n: status.current })
      )}
    </span>
  );
}

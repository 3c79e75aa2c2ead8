// Asks who is submitting, then freezes the current design as the next version. Gaps the file
// could not hold (a role without a title) stop it and are listed in the alert region instead.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { submitForReview } from '../../../core/review/submit';
import { Modal } from '../components/Modal';
import { fieldId } from '../components/issues';
import { SpeakerField } from './SpeakerField';
import { useSpeaker } from './useSpeaker';
import { fromIssues, success } from '../state/notice';
import { useStudio } from '../state/store';

const AUTHOR = 'review.author';

export function SubmitDialog({ next, onClose }: { next: number; onClose: (submitted: boolean) => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const speaker = useSpeaker();
  const author = speaker.name;
  const [tried, setTried] = useState(false);

  const submit = () => {
    const { project, replaceProject, readVersion, notify } = useStudio.getState();
    if (!project) return onClose(false);
    const result = submitForReview(project, author, new Date());
    const others = result.blockers.filter((b) => b.field !== AUTHOR);
    if (others.length) {
      notify(fromIssues('ui.notice.submitBlocked', others));
      return onClose(false);
    }
    if (result.blockers.length) {
      setTried(true);
      return document.getElementById(fieldId(AUTHOR))?.focus();
    }
    replaceProject(result.project);
    readVersion(null);
    speaker.sent();
    notify(success('ui.notice.submitted', { n: result.project.review.versions.at(-1)?.number ?? next }));
    onClose(true);
  };

  return (
    <Modal titleId={titleId} initialFocusId={fieldId(AUTHOR)} onCancel={() => onClose(false)}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <h2 id={titleId}>{t('ui.boardReview.versions.dialogTitle')}</h2>
        <p>{t('ui.boardReview.versions.dialogBody', { n: next })}</p>
        <SpeakerField
          path={AUTHOR}
          label={t('ui.boardReview.comments.author')}
          speaker={speaker}
          issue={tried && !author.trim() ? 'ui.missing.reviewerName' : undefined}
        />
        <div className="dialog-actions">
          <button type="button" onClick={() => onClose(false)}>
            {t('ui.boardReview.versions.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('ui.boardReview.versions.confirm', { n: next })}
          </button>
        </div>
      </form>
    </Modal>
  );
}

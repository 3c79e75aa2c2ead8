// Reviewers' comments on one section: who said what and when, and on which version. A new comment
// is tied to the version being read, or to no version (null) when a draft is read.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comment, ReviewSection } from '../../../core/schema/review';
import { fieldId } from '../components/issues';
import { TextField } from '../components/TextField';
import { newId } from '../state/ids';
import { success } from '../state/notice';
import { useStudio } from '../state/store';
import { useReviewFormat } from './format';
import { SpeakerField } from './SpeakerField';
import { useSpeaker } from './useSpeaker';

const NO_COMMENTS: Comment[] = [];

export function Comments({ section, version }: { section: ReviewSection; version: number | null }) {
  const { t } = useTranslation();
  const format = useReviewFormat();
  const all = useStudio((s) => s.project?.review.comments ?? NO_COMMENTS);
  const comments = all.filter((c) => c.section === section);
  const name = t(`review.section.${section}`);

  return (
    <div className="review-comments">
      <h3>{t('ui.boardReview.comments.heading', { count: comments.length })}</h3>
      {comments.length === 0 ? (
        <p className="hint">{t('ui.boardReview.comments.none')}</p>
      ) : (
        <ol className="comment-list">
          {comments.map((c) => (
            <li key={c.id} className="comment">
              <p className="comment-meta">
                {c.version === null
                  ? t('ui.boardReview.comments.metaDraft', { author: c.author, when: format.when(c.at) })
                  : t('ui.boardReview.comments.meta', { author: c.author, when: format.when(c.at), n: c.version })}
              </p>
              <p className="comment-text">{c.text}</p>
            </li>
          ))}
        </ol>
      )}
      <details className="add-comment">
        <summary>{t('ui.boardReview.comments.add', { section: name })}</summary>
        <CommentForm section={section} version={version} sectionName={name} />
      </details>
    </div>
  );
}

function CommentForm({ section, version, sectionName }: { section: ReviewSection; version: number | null; sectionName: string }) {
  const { t } = useTranslation();
  // nobody is assumed: the name is typed each time, or remembered on this device, visibly
  const speaker = useSpeaker();
  const author = speaker.name;
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const path = `review.comments.${section}`;
  const authorMissing = tried && !author.trim();
  const textMissing = tried && !text.trim();

  return (
    <form
      className="comment-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        const gap = !author.trim() ? 'author' : !text.trim() ? 'text' : null;
        if (gap) return document.getElementById(fieldId(`${path}.${gap}`))?.focus();
        const { updateReview, notify } = useStudio.getState();
        const comment: Comment = {
          id: newId('c'),
          section,
          author: author.trim(),
          at: new Date().toISOString(),
          text: text.trim(),
          version,
        };
        updateReview((review) => ({ ...review, comments: [...review.comments, comment] }));
        notify(success('ui.notice.commentAdded', { section: sectionName }));
        setText('');
        setTried(false);
        speaker.sent();
      }}
    >
      <SpeakerField
        path={`${path}.author`}
        label={t('ui.boardReview.comments.author')}
        speaker={speaker}
        issue={authorMissing ? 'ui.missing.reviewerName' : undefined}
      />
      <TextField
        path={`${path}.text`}
        label={t('ui.boardReview.comments.text')}
        hint={version === null ? t('ui.boardReview.comments.textHintDraft') : t('ui.boardReview.comments.textHintVersion', { n: version })}
        value={text}
        maxLength={2000}
        rows={3}
        required
        issue={textMissing ? 'ui.missing.commentText' : undefined}
        onChange={setText}
      />
      <button type="submit" className="secondary">
        {t('ui.boardReview.comments.submit')}
      </button>
    </form>
  );
}

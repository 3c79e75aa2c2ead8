// Both live regions are always in the page, so screen readers announce what is put into them; the
// dismiss button sits outside them so it is not read out with every message.
import { useTranslation } from 'react-i18next';
import { NoticeText } from '../components/NoticeText';
import type { Notice } from '../state/notice';
import { useStudio } from '../state/store';
import { NoticeActions } from './NoticeActions';

function Region({ tone, notice, seq }: { tone: Notice['tone']; notice: Notice | null; seq: number }) {
  const { t } = useTranslation();
  const notify = useStudio((s) => s.notify);
  const shown = notice?.tone === tone ? notice : null;
  return (
    <div className={shown ? `notice ${tone}` : 'notice-empty'}>
      <div role={tone === 'error' ? 'alert' : 'status'} className="notice-body">
        {shown && <NoticeText key={seq} notice={shown} />}
      </div>
      {shown?.actions && <NoticeActions actions={shown.actions} />}
      {shown && (
        <button type="button" className="quiet dismiss" onClick={() => notify(null)}>
          {t('ui.notice.dismiss')}
        </button>
      )}
    </div>
  );
}

export function NoticeRegion() {
  const notice = useStudio((s) => s.notice);
  const seq = useStudio((s) => s.noticeSeq);
  return (
    <div className="notices">
      <Region tone="success" notice={notice} seq={seq} />
      <Region tone="error" notice={notice} seq={seq} />
    </div>
  );
}

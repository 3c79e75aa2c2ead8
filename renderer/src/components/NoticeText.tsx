import { useTranslation } from 'react-i18next';
import type { Notice } from '../state/notice';

/** A notice in words: its message, then one line per field it names ("field: what is wrong"). */
export function NoticeText({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t(notice.key, notice.params)}</p>
      {notice.lines && notice.lines.length > 0 && (
        <ul>
          {notice.lines.map((line, i) => (
            <li key={`${line.field ?? ''}-${i}`}>{line.field ? `${line.field}: ${t(line.key, line.params)}` : t(line.key, line.params)}</li>
          ))}
        </ul>
      )}
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { fieldLabel } from '../../../core/i18n/field-label';
import type { Notice, NoticeLine } from '../state/notice';

/**
 * A line about one field. A file's problem names the field by its path in the file, shown as the
 * name the user knows it by ("Company name: must be text"); a gap found in the app is already
 * worded as an instruction naming the field ("Enter the company's name."), so it stands alone.
 */
function lineText(line: NoticeLine, t: ReturnType<typeof useTranslation>['t']): string {
  const message = t(line.key, line.params);
  // the closing "and N more" line names no field
  return line.field && line.key.startsWith('errors.') ? `${fieldLabel(line.field, t)}: ${message}` : message;
}

/** A notice in words: its message, then one line per field it names. */
export function NoticeText({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t(notice.key, notice.params)}</p>
      {notice.lines && notice.lines.length > 0 && (
        <ul>
          {notice.lines.map((line, i) => (
            <li key={`${line.field ?? ''}-${i}`}>{lineText(line, t)}</li>
          ))}
        </ul>
      )}
    </>
  );
}

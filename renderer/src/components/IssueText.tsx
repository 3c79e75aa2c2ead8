import { useTranslation } from 'react-i18next';
import { issueId } from './issues';

/** The words under a field that say what is missing there. */
export function IssueText({ path, code }: { path: string; code: string | undefined }) {
  const { t } = useTranslation();
  if (!code) return null;
  return (
    <p className="issue" id={issueId(path)}>
      {t(code)}
    </p>
  );
}

// The window's (or the tab's) title names the open role, with a dot while it has unsaved changes,
// so the role is known from the task bar or the tab strip as well as from the header.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export function useDocumentTitle(title: string | undefined, dirty: boolean): void {
  const { t } = useTranslation();
  useEffect(() => {
    const app = t('ui.app.name');
    if (title === undefined) {
      document.title = app;
      return;
    }
    const name = title.trim() || t('ui.header.untitled');
    document.title = t(dirty ? 'ui.header.windowTitleUnsaved' : 'ui.header.windowTitle', { title: name, app });
  }, [t, title, dirty]);
}

// Once at start: learn what kind of host this is (native dialogs or not, the documents folder) and
// open the file the app was launched with, if any.
// And whenever the open role's locale changes, switch the translator to it.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale, DEFAULT_LOCALE } from '../../../core/i18n/index';
import { invoke } from '../host/invoke';
import { fromProblem } from '../state/notice';
import { useStudio } from '../state/store';

export function useHostSetup(): void {
  const { i18n } = useTranslation();
  const locale = useStudio((s) => s.project?.role.locale ?? DEFAULT_LOCALE);

  useEffect(() => {
    let live = true;
    void (async () => {
      const info = await invoke('app:info', {});
      if (!live) return;
      if (!info.ok) return useStudio.getState().notify(fromProblem(info.problem));
      useStudio.getState().setAppInfo(info.value);
      if (!info.value.openAtLaunch) return;
      const opened = await invoke('project:open', { path: info.value.openAtLaunch });
      if (!live) return;
      if (opened.ok) useStudio.getState().openProject(opened.value);
      else useStudio.getState().notify(fromProblem(opened.problem));
    })();
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    const wanted = isLocale(locale) ? locale : DEFAULT_LOCALE;
    if (i18n.language !== wanted) void i18n.changeLanguage(wanted);
    document.documentElement.lang = wanted;
  }, [i18n, locale]);
}

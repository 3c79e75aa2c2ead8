// Once at start: learn what kind of host this is (native dialogs or not, the documents folder).
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
    void invoke('app:info', {}).then((result) => {
      if (!live) return;
      if (result.ok) useStudio.getState().setAppInfo(result.value);
      else useStudio.getState().notify(fromProblem(result.problem));
    });
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

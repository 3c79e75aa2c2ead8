// The interface language, in the header on every screen. Each language is named in itself, so
// whoever cannot read the current interface still finds their own; languages still being
// translated are grouped apart. The choice is remembered on this device (the app's data folder),
// and documents keep their role's own language.
import { useTranslation } from 'react-i18next';
import endonyms from '../../../core/i18n/endonyms.json';
import { LOCALES, PSEUDO_LOCALE, isComplete, isLocale } from '../../../core/i18n/locales';
import { invoke } from '../host/invoke';
import { switchInterfaceLanguage } from '../i18n';
import { fromProblem } from '../state/notice';
import { useStudio } from '../state/store';

const option = (locale: (typeof LOCALES)[number]) => (
  <option key={locale} value={locale} lang={locale}>
    {endonyms[locale]}
  </option>
);

export function InterfaceLanguagePicker() {
  const { t, i18n } = useTranslation();
  const current = i18n.language;
  const inProgress = LOCALES.filter((l) => !isComplete(l));

  const choose = async (value: string) => {
    if (!isLocale(value)) return;
    await switchInterfaceLanguage(value);
    const saved = await invoke('settings:interfaceLanguage', { locale: value });
    if (!saved.ok) useStudio.getState().notify(fromProblem(saved.problem));
  };

  return (
    <label className="interface-language">
      <svg className="interface-language-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
        <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" />
        <path d="M1.5 8h13M8 1.5c-2.2 2.4-2.2 10.6 0 13M8 1.5c2.2 2.4 2.2 10.6 0 13" fill="none" stroke="currentColor" />
      </svg>
      <span className="visually-hidden">{t('languages.interface.label')}</span>
      <select value={current} onChange={(event) => void choose(event.target.value)}>
        {LOCALES.filter(isComplete).map(option)}
        {inProgress.length > 0 && <optgroup label={t('languages.interface.inProgressGroup')}>{inProgress.map(option)}</optgroup>}
        {current === PSEUDO_LOCALE && <option value={PSEUDO_LOCALE}>{PSEUDO_LOCALE}</option>}
      </select>
    </label>
  );
}

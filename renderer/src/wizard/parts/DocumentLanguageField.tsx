// The language of the role's documents, chosen apart from the interface language: a Polish job
// description can be written from an English interface. Changing it re-labels the documents and
// switches the language check's rules; it never translates what the user wrote.
import { useTranslation } from 'react-i18next';
import { LOCALES, isComplete, isLocale } from '../../../../core/i18n/locales';
import type { RoleDesign } from '../../../../core/schema/role';
import { loadDocumentLanguage } from '../../i18n';

interface Props {
  role: RoleDesign;
  update: (edit: (role: RoleDesign) => RoleDesign) => void;
}

export function DocumentLanguageField({ role, update }: Props) {
  const { t } = useTranslation();
  const choose = async (value: string) => {
    if (!isLocale(value)) return;
    await loadDocumentLanguage(value);
    update((r) => ({ ...r, locale: value }));
  };
  return (
    <div className="field">
      <label htmlFor="field-locale">{t('languages.document.label')}</label>
      <p className="hint" id="field-locale-hint">
        {t('languages.document.hint')}
      </p>
      <select id="field-locale" aria-describedby="field-locale-hint" value={role.locale} onChange={(e) => void choose(e.target.value)}>
        {LOCALES.map((locale) => (
          <option key={locale} value={locale}>
            {t(`languages.name.${locale}`)}
          </option>
        ))}
      </select>
      {!isComplete(role.locale) && (
        <p className="hint" role="status">
          {t('languages.document.inProgress')}
        </p>
      )}
    </div>
  );
}

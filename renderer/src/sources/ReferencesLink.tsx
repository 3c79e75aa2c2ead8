// A way from a cited figure to the References view, where every source is listed in full with its link.
import { useTranslation } from 'react-i18next';
import { showView } from '../app/showView';

export function ReferencesLink() {
  const { t } = useTranslation();
  return (
    <p className="references-link">
      <button type="button" className="link" onClick={() => showView('references')}>
        {t('sources.view.showAll')}
      </button>
    </p>
  );
}

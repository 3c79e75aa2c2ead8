// The header's switch between designing the role, scoring candidates, comparing them and the board's review.
import { useTranslation } from 'react-i18next';
import { useStudio } from '../state/store';
import { VIEWS } from '../state/views';
import { showView } from './showView';

export function ViewSwitch() {
  const { t } = useTranslation();
  const view = useStudio((s) => s.view);

  return (
    <nav className="view-switch" aria-label={t('ui.views.label')}>
      <ul>
        {VIEWS.map((v) => (
          <li key={v}>
            <button type="button" aria-current={v === view ? 'page' : undefined} onClick={() => v !== view && showView(v)}>
              {t(`ui.views.${v}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

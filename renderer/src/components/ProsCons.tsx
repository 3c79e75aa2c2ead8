// What speaks for and against one background path, from the catalogue: shown where the choice is
// made (the Background step) and where a board reviews it.
import { useTranslation } from 'react-i18next';
import type { BackgroundChoice, Scope } from '../../../core/role/vocabulary';
import { catalogueList } from './catalogueList';

/** `scope` words the paths for the role: HR or operations, not marketing, for an employee-experience role. */
export function ProsCons({ choice, scope }: { choice: BackgroundChoice; scope: Scope }) {
  const { t } = useTranslation();
  return (
    <div className="pros-cons">
      {(['pros', 'cons'] as const).map((side) => (
        <div key={side} className={side}>
          <p className="pros-cons-title">{t(`ui.background.${side}`)}</p>
          <ul>
            {catalogueList(t, `ui.background.options.${choice}.${side}`, scope).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

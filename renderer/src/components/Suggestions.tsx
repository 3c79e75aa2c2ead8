// One-click additions from the role's template. Suggestions already in the role are hidden, and
// when the list they would join is full they are shown but cannot be added, with the reason.
import { useTranslation } from 'react-i18next';

interface Props {
  heading: string;
  suggestions: readonly { key: string; label: string; detail?: string }[];
  onAdd: (key: string) => void;
  /** catalogue key explaining why nothing more can be added; undefined while there is room */
  blockedKey?: string;
}

export function Suggestions({ heading, suggestions, onAdd, blockedKey }: Props) {
  const { t } = useTranslation();
  if (suggestions.length === 0) return null;
  return (
    <section className="suggestions" aria-label={heading}>
      <h3>{heading}</h3>
      {blockedKey && <p className="hint">{t(blockedKey)}</p>}
      <ul>
        {suggestions.map((s) => (
          <li key={s.key}>
            <button
              type="button"
              className="suggestion"
              disabled={Boolean(blockedKey)}
              aria-label={t('ui.suggestions.addNamed', { name: s.label })}
              onClick={() => onAdd(s.key)}
            >
              <span className="plus" aria-hidden="true" />
              <span>
                {s.detail && <span className="suggestion-detail">{s.detail}</span>}
                {s.label}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

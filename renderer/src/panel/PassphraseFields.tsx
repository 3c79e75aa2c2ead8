// A passphrase typed once to prove who one is, or twice to choose it.
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH } from '../../../core/hiring/panel/secret';

interface Props {
  id: string;
  /** choosing a new passphrase: typed twice, with the minimum length said */
  choosing: boolean;
  value: string;
  again: string;
  onChange: (value: string) => void;
  onAgain: (value: string) => void;
}

export function PassphraseFields({ id, choosing, value, again, onChange, onAgain }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <div className="field">
        <label htmlFor={id}>{t(choosing ? 'ui.panel.newPassphrase' : 'ui.panel.passphrase')}</label>
        {choosing && (
          <p className="hint" id={`${id}-hint`}>
            {t('ui.panel.passphraseHint', { count: MIN_PASSPHRASE_LENGTH })}
          </p>
        )}
        <input
          id={id}
          type="password"
          autoComplete={choosing ? 'new-password' : 'current-password'}
          value={value}
          aria-describedby={choosing ? `${id}-hint` : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
      {choosing && (
        <div className="field">
          <label htmlFor={`${id}-again`}>{t('ui.panel.passphraseAgain')}</label>
          <input
            id={`${id}-again`}
            type="password"
            autoComplete="new-password"
            value={again}
            onChange={(event) => onAgain(event.target.value)}
          />
        </div>
      )}
    </>
  );
}

/** The catalogue key of what is wrong with a chosen passphrase, or null. */
export function choiceProblem(value: string, again: string): string | null {
  if (value.length < MIN_PASSPHRASE_LENGTH) return 'ui.panel.passphraseShort';
  if (value !== again) return 'ui.panel.passphraseMismatch';
  return null;
}

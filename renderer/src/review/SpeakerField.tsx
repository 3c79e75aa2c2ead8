// "Who is speaking": a name box that starts empty, with "remember me on this device"; or, for a
// name this device remembers, the name said plainly with the ways to change it.
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { CheckOption } from '../components/CheckOption';
import { fieldId } from '../components/issues';
import { TextField } from '../components/TextField';
import type { Speaker } from './useSpeaker';

interface Props {
  path: string;
  label: string;
  speaker: Speaker;
  issue?: string;
}

export function SpeakerField({ path, label, speaker, issue }: Props) {
  const { t } = useTranslation();
  const id = fieldId(path);
  if (speaker.remembered !== null) {
    return (
      <div className="speaker remembered" id={id} tabIndex={-1}>
        <p>
          {label}: <strong>{speaker.remembered}</strong> <span className="hint">{t('ui.speaker.rememberedNote')}</span>
        </p>
        <div className="speaker-actions">
          <button
            type="button"
            className="quiet"
            onClick={() => {
              flushSync(speaker.someoneElse);
              document.getElementById(id)?.focus();
            }}
          >
            {t('ui.speaker.someoneElse')}
          </button>
          <button
            type="button"
            className="quiet"
            onClick={() => {
              flushSync(speaker.forget);
              document.getElementById(id)?.focus();
            }}
          >
            {t('ui.speaker.forget', { name: speaker.remembered })}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="speaker">
      <TextField
        path={path}
        label={label}
        hint={t('ui.speaker.hint')}
        value={speaker.name}
        maxLength={120}
        required
        issue={issue}
        onChange={speaker.setName}
      />
      <CheckOption
        id={`${id}-remember`}
        label={t('ui.speaker.remember')}
        hint={t('ui.speaker.rememberHint')}
        checked={speaker.remember}
        onChange={speaker.setRemember}
      />
    </div>
  );
}

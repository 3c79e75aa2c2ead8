// One form's speaker: the name typed (or remembered on this device), whether to remember it, and
// what to do once the form has been sent.
import { useState } from 'react';
import { rememberedSpeaker, rememberSpeaker } from '../state/speaker';

export interface Speaker {
  name: string;
  setName(name: string): void;
  /** the name this device remembers, shown instead of a box until the user picks someone else */
  remembered: string | null;
  remember: boolean;
  setRemember(on: boolean): void;
  /** sign as someone else: the box comes back, empty */
  someoneElse(): void;
  forget(): void;
  /** after sending: remember the name if asked, and start the next form as a new one would */
  sent(): void;
}

export function useSpeaker(): Speaker {
  const [remembered, setRemembered] = useState(rememberedSpeaker);
  const [name, setName] = useState(() => remembered ?? '');
  const [remember, setRemember] = useState(false);
  return {
    name,
    setName,
    remembered: remembered !== null && name === remembered ? remembered : null,
    remember,
    setRemember,
    someoneElse: () => setName(''),
    forget: () => {
      rememberSpeaker(null);
      setRemembered(null);
      setName('');
    },
    sent: () => {
      if (remember) {
        rememberSpeaker(name);
        setRemembered(name.trim());
        setRemember(false);
        setName(name.trim());
      } else setName(remembered ?? '');
    },
  };
}

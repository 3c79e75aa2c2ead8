// Who is speaking in a comment, a version or a decision. Nobody is assumed: each form starts empty,
// unless the person at this device chose to be remembered here, and then it says so, visibly,
// with a way to sign as someone else or to forget the name. Kept in this browser's (or this
// window's) local storage: a name on one device never follows a file to another.
const KEY = 'cxo-studio.speaker';

const storage = (): Storage | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // storage refused (a locked-down profile): nothing is remembered, and nothing breaks
    return null;
  }
};

export function rememberedSpeaker(): string | null {
  const name = storage()?.getItem(KEY)?.trim();
  return name ? name : null;
}

export function rememberSpeaker(name: string | null): void {
  const store = storage();
  if (!store) return;
  if (name?.trim()) store.setItem(KEY, name.trim());
  else store.removeItem(KEY);
}

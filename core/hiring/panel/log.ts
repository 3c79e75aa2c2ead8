// The scoring record: every reveal, every change of independent scoring, of the lead, of a
// passphrase and of weights after scoring began, oldest first. Each entry's hash covers its content
// and the previous entry's hash, so an entry changed, removed or reordered outside the app breaks
// the chain from there on. That is evidence of care, not proof: whoever can run this code can
// rebuild a chain, and nothing here can tell who sat at the keyboard (see `verified`).
import { contentHash } from '../../review/hash.js';
import type { LogEntry } from '../../schema/panel.js';

type WithoutChain<T> = T extends unknown ? Omit<T, 'id' | 'at' | 'hash'> : never;
/** An entry as a caller writes it; the log adds its id, time and hash. */
export type NewEntry = WithoutChain<LogEntry>;

export function entryHash(entry: LogEntry | (NewEntry & { id: string; at: string }), previous: string): string {
  const { hash: _ignored, ...content } = entry as LogEntry;
  return contentHash({ ...content, previous });
}

export function appendEntry(log: readonly LogEntry[], entry: NewEntry, id: string, now: Date): LogEntry[] {
  const draft = { ...entry, id, at: now.toISOString() };
  const hash = entryHash(draft, log.at(-1)?.hash ?? '');
  return [...log, { ...draft, hash } as LogEntry];
}

/** The position of the first entry whose hash does not hold, or null when the whole chain does. */
export function chainBreak(log: readonly LogEntry[]): number | null {
  let previous = '';
  for (let i = 0; i < log.length; i += 1) {
    const entry = log[i]!;
    if (entryHash(entry, previous) !== entry.hash) return i;
    previous = entry.hash;
  }
  return null;
}

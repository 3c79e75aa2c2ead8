// A report asks the catalogue for the same few words thousands of times (column headings, "Not
// rated", "7%" …, once per candidate and criterion). i18next resolves each call afresh; this keeps
// each distinct (key, values) answer, which is most of a 50-candidate export's building time.
import type { Translate } from '../i18n/index.js';

export function memoTranslate(t: Translate): Translate {
  const cache = new Map<string, string>();
  const memo = (key: string, options?: Record<string, unknown>): unknown => {
    if (options?.returnObjects) return t(key, options);
    let id = key;
    if (options) for (const name in options) id += `\u0000${name}\u0001${String(options[name])}`;
    let text = cache.get(id);
    if (text === undefined) {
      text = String(t(key, options ?? {}));
      cache.set(id, text);
    }
    return text;
  };
  return memo as unknown as Translate;
}

// The pseudo-locale (en-XA, dev and test only): every English string with its letters accented, about
// 40% longer and wrapped in brackets, so a layout that clips or overflows longer languages shows it
// in English screenshots, and a string missing its brackets was not taken from the catalogue.
import type { CatalogueTree } from './index.js';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'åƀçđéƒĝĥîĵķĺɱñöƥǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĹṀÑÖƤǪŔŠŢÛṼŴẊÝŽ'][i] ?? c,
  ]),
);
const FILLER = ['ŀöŕéɱ', 'ïƥšûɱ', 'đöļöŕ', 'šîţ', 'åɱéţ', 'çöñšéç'];
/** Interpolations and nestings stay as they are: i18next must still find them. */
const PLACEHOLDER = /(\{\{[^}]*\}\}|\$t\([^)]*\))/;

function accent(text: string): string {
  return text
    .split(PLACEHOLDER)
    .map((part, i) => (i % 2 === 1 ? part : [...part].map((c) => ACCENTED[c] ?? c).join('')))
    .join('');
}

export function pseudoString(text: string): string {
  if (!text) return text;
  const extra = Math.ceil(text.length * 0.4);
  let padding = '';
  for (let i = 0; padding.length < extra; i++) padding += ` ${FILLER[i % FILLER.length] ?? ''}`;
  return `[${accent(text)}${padding.slice(0, Math.max(extra, 2))}]`;
}

export function pseudoCatalogue(tree: CatalogueTree): CatalogueTree {
  return Object.fromEntries(
    Object.entries(tree).map(([k, v]) => [
      k,
      typeof v === 'string' ? pseudoString(v) : Array.isArray(v) ? v.map(pseudoString) : pseudoCatalogue(v as CatalogueTree),
    ]),
  );
}

// Sources as a reader meets them: a short citation beside a figure ("Forrester Research, The Rise
// of the Chief Customer Officer, January 2011 (later editions differ), as reported by Steven Van
// Belleghem, 2011") and a full entry for a References list. Every word and every piece of
// punctuation that varies by language comes from the catalogue; dates and lists of names are
// formatted by Intl in the reader's locale.
import type { Translate } from '../i18n/index.js';
import { intlLocale } from '../i18n/locales.js';
import { sourceById, type Person, type Published, type Source } from './registry.js';

export interface CiteContext {
  t: Translate;
  /** the role's or the interface's locale, e.g. "en" (formatted as en-GB) */
  locale: string;
}

const fullName = (p: Person) => `${p.first} ${p.last}`;

function names(people: readonly Person[], { locale }: CiteContext, full = false): string {
  // one person by full name; several by surname, as citations name co-authors, and in full in a References entry
  const list = full || people.length === 1 ? people.map(fullName) : people.map((p) => p.last);
  return new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }).format(list);
}

/** Who a citation names: the organisation that issued it, or its authors (each in full for a References entry). */
export function whoOf(source: Source, ctx: CiteContext, full = false): string {
  if (source.organisation) return source.organisation;
  return names(source.authors ?? [], ctx, full);
}

/** "2011", "about 2017", or the full date a References entry gives: "27 January 2011". */
export function dateOf(published: Published | null, ctx: CiteContext, full = false): string {
  const { t, locale } = ctx;
  if (!published) return t('sources.date.none');
  if (published.approximate) return t('sources.date.approximate', { year: published.year });
  if (!full || !published.month) return String(published.year);
  const date = new Date(Date.UTC(published.year, published.month - 1, published.day ?? 1));
  const parts = published.day ? { day: 'numeric', month: 'long', year: 'numeric' } : { month: 'long', year: 'numeric' };
  return new Intl.DateTimeFormat(intlLocale(locale), { ...parts, timeZone: 'UTC' } as Intl.DateTimeFormatOptions).format(date);
}

const sentenceCase = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** The source as a reader of `locale` finds it: its edition in that language where one exists (title and date). */
export function forReader(source: Source, locale: string): Source {
  const edition = source.editions?.[locale.slice(0, 2)];
  return edition ? { ...source, ...edition } : source;
}

const note = (source: Source, kind: 'short' | 'note', t: Translate): string =>
  source.notes?.includes(kind) ? t(`sources.${kind}.${source.id}`) : '';

/** The relay named briefly: "Steven Van Belleghem, 2011". */
const relayName = (source: Source, ctx: CiteContext) =>
  ctx.t('sources.cite.relay', { who: whoOf(source, ctx), date: dateOf(source.published, ctx) });

/** One source, inline: who, title and year, its age note, and the article it reached us through. */
export function cite(id: string, ctx: CiteContext): string {
  const { t } = ctx;
  const source = forReader(sourceById(id), ctx.locale);
  const who = whoOf(source, ctx);
  // a quotation relayed by an article carries no date of its own: the article's stands for it
  const date = source.published ? dateOf(source.published, ctx) : '';
  let text = source.title
    ? t(date ? 'sources.cite.work' : 'sources.cite.undatedWork', { who, title: source.title, date })
    : date
      ? t('sources.cite.person', { who, date })
      : who;
  const short = note(source, 'short', t);
  if (short) text = t('sources.cite.withNote', { cite: text, note: short });
  if (source.via)
    text = t(`sources.cite.${source.via.relay}`, { cite: text, via: relayName(forReader(sourceById(source.via.source), ctx.locale), ctx) });
  if (source.probable) text = t('sources.cite.probable', { cite: text });
  return text;
}

/** Several sources for one figure, in the order given. */
export const citeAll = (ids: readonly string[], ctx: CiteContext): string =>
  ids.map((id) => cite(id, ctx)).join(ctx.t('sources.cite.separator'));

export interface ReferenceEntry {
  id: string;
  text: string;
  url?: string;
}

/** A full entry for a References list: who, title, where, when, the notes, and the relay. */
export function reference(cited: Source, ctx: CiteContext): ReferenceEntry {
  const { t } = ctx;
  const source = forReader(cited, ctx.locale);
  const who =
    source.organisation && source.authors?.length
      ? t('sources.reference.organisationWithAuthors', { organisation: source.organisation, authors: names(source.authors, ctx, true) })
      : whoOf(source, ctx, true);
  const where = [source.publication, source.locator].filter(Boolean).join(t('sources.reference.locatorSeparator'));
  // an undated or estimated date is left to the notes, which say what is known
  const dated = source.published && !source.published.approximate;
  const parts = [who, source.title ?? '', where, dated ? sentenceCase(dateOf(source.published, ctx, true)) : '', note(source, 'note', t)];
  if (source.via) {
    const via = forReader(sourceById(source.via.source), ctx.locale);
    const relayed = via.title
      ? t('sources.cite.work', { who: whoOf(via, ctx), title: via.title, date: dateOf(via.published, ctx, true) })
      : whoOf(via, ctx);
    parts.push(t(`sources.reference.${source.via.relay}`, { via: relayed }));
  }
  if (source.probable) parts.push(t('sources.reference.probable'));
  // a part that ends in its own punctuation (a title that asks a question) takes no full stop
  const text = parts
    .filter((p) => p.trim().length > 0)
    .map((p) => (/[.?!]$/.test(p) ? p : `${p}${t('sources.reference.end')}`))
    .join(' ');
  return { id: source.id, text, ...(source.url ? { url: source.url } : {}) };
}

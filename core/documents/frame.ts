// What every exported document repeats on each page and says about itself: the running header
// (role, document, date), "Confidential" where it names candidates or scores, the footer's
// "Page N of M", the language its spelling is checked in, and Word's document properties.
import type { Translate } from '../i18n/index.js';
import { formatDate } from '../i18n/format.js';
import type { DocumentFrame, DocumentKind, PageOfPart } from './tree.js';

/** Word's language tag for the role's language: what it spell-checks and hyphenates the text as. */
const WORD_LANGUAGE: Readonly<Record<string, string>> = { en: 'en-GB', it: 'it-IT', nl: 'nl-NL', pl: 'pl-PL', uk: 'uk-UA' };
const wordLanguage = (locale: string): string => WORD_LANGUAGE[locale.slice(0, 2)] ?? locale;

// private-use characters: never typed by a user, so they cannot clash with the catalogue's words
const PAGE = '\uE000';
const PAGES = '\uE001';

/** "Page {{page}} of {{pages}}" in the catalogue's order, split around its two fields. */
export function pageOfParts(t: Translate): PageOfPart[] {
  const text = t('documents.pageOf', { page: PAGE, pages: PAGES });
  return text
    .split(/([\uE000\uE001])/)
    .filter((part) => part.length > 0)
    .map((part): PageOfPart => (part === PAGE ? { field: 'page' } : part === PAGES ? { field: 'pages' } : part));
}

/** What a frame needs of the role: a scorecard pack carries these in its own data, not a role design. */
export interface FramedRole {
  title: string;
  company: { name: string };
  locale: string;
}

export interface FrameOptions {
  kind: DocumentKind;
  role: FramedRole;
  date: Date;
  /** names candidates, scores or a board's deliberations: marked Confidential on every page */
  confidential: boolean;
  /** further parts of the running line before the date, e.g. the version a board pack presents */
  extra?: readonly string[];
  /** false for a report too long to lay out at export (see DocumentFrame) */
  writePageNumbers?: boolean;
}

export function documentFrame(
  t: Translate,
  { kind, role, date, confidential, extra = [], writePageNumbers = true }: FrameOptions,
): DocumentFrame {
  const title = role.title.trim();
  const company = role.company.name.trim();
  const documentName = t(`documents.kind.${kind}`);
  const values = { role: title, company };
  return {
    running: [title, documentName, ...extra, formatDate(date, role.locale)].join(t('documents.runningSeparator')),
    ...(confidential ? { marking: t('documents.confidential') } : {}),
    pageOf: pageOfParts(t),
    writePageNumbers,
    language: wordLanguage(role.locale),
    properties: {
      title: t('documents.propertyTitle', { role: title, document: documentName }),
      subject: t(company ? `documents.subject.${kind}At` : `documents.subject.${kind}`, values),
      author: company || t('documents.authorFallback'),
      keywords: [title, documentName, ...(company ? [company] : [])],
    },
  };
}

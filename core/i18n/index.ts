// The one message catalogue. Every word a user reads, in the app, in exported documents and on the
// command line, comes from core/i18n/<locale>/*.json through a translator made here.
import i18next, { type TFunction } from 'i18next';
import enBoardPack from './en/board-pack.json' with { type: 'json' };
import enCli from './en/cli.json' with { type: 'json' };
import enDocuments from './en/documents.json' with { type: 'json' };
import enErrors from './en/errors.json' with { type: 'json' };
import enJd from './en/jd.json' with { type: 'json' };
import enLanguage from './en/language.json' with { type: 'json' };
import enReview from './en/review.json' with { type: 'json' };
import enRubricContent from './en/rubric-content.json' with { type: 'json' };
import enScoring from './en/scoring.json' with { type: 'json' };
import enSources from './en/sources.json' with { type: 'json' };
import enUi from './en/ui.json' with { type: 'json' };
import enUiHiring from './en/ui-hiring.json' with { type: 'json' };
import enUiPosting from './en/ui-posting.json' with { type: 'json' };
import enUiReview from './en/ui-review.json' with { type: 'json' };
import enVocab from './en/vocab.json' with { type: 'json' };

export const catalogues = {
  en: {
    boardPack: enBoardPack,
    cli: enCli,
    documents: enDocuments,
    errors: enErrors,
    jd: enJd,
    language: enLanguage,
    review: enReview,
    rubricContent: enRubricContent,
    scoring: enScoring,
    sources: enSources,
    // the interface's words, in four files by area so none grows past a screenful of scrolling
    ui: { ...enUi, ...enUiHiring, ...enUiReview, ...enUiPosting },
    vocab: enVocab,
  },
} as const;

export type Locale = keyof typeof catalogues;
export const DEFAULT_LOCALE: Locale = 'en';
export type Translate = TFunction;

export const isLocale = (value: string): value is Locale => Object.hasOwn(catalogues, value);

/** A ready, synchronous i18next instance: keys are `area.path`, e.g. `jd.heading.objective`. */
export function createI18n(locale: string = DEFAULT_LOCALE) {
  const lng = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const instance = i18next.createInstance();
  void instance.init({
    lng,
    fallbackLng: DEFAULT_LOCALE,
    resources: Object.fromEntries(Object.entries(catalogues).map(([l, c]) => [l, { translation: c }])),
    initAsync: false,
    interpolation: { escapeValue: false }, // React and docx escape on output; the catalogue holds plain text
    returnNull: false,
  });
  return instance;
}

export function translator(locale: string = DEFAULT_LOCALE): Translate {
  return createI18n(locale).t;
}

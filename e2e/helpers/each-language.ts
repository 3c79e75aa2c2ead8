// The translated languages as each-language.spec.ts tours them: what a person of that language sees
// first, the words they type, the hiring file they open, and the checks only that language had.
// Labels the tour clicks come from each catalogue; the text checked here is the language's own.
import type { TranslatedLocale } from '../../core/testing/english-only.js';
import { hiringProjectIn } from '../../core/testing/hiring-in-languages.js';
import type { Project } from '../../core/schema/project.js';

/**
 * Who may see Compare's table in the hiring file: everyone (independent scoring off), the hiring
 * lead once set up in the file (the tour sets them up and opens a candidate's scorecards), or no one
 * yet (Compare shows its lock, in the language).
 */
export type Scoring = { kind: 'open' } | { kind: 'lead'; name: string; passphrase: string; candidate: RegExp } | { kind: 'locked' };

export interface LanguageTour {
  name: string;
  locale: TranslatedLocale;
  /** the browser's system locale, from which the app picks the interface on its own */
  systemLocale: string;
  /** screenshots go to screenshots/<folder>/ */
  folder: string;
  /** the hiring file's name, before "-<width>.cxorole" */
  fileName: string;
  /** a phrase of the first Start card, from the language's CXO edition */
  startCard: string;
  /** the title the first edition starts with, in the Title field and the advert */
  title: string;
  company: string;
  hiring: () => Project;
  scoring: Scoring;
  /**
   * How English left over is found: whole lines the English catalogue prints, or (Polish, whose
   * tour started with it) phrases of two words and twelve letters or more inside any text.
   */
  leftover: 'lines' | 'phrases';
  /** what the References must show in the language: a source in its edition in the language */
  references?: string;
}

const openScoring = (project: Project): Project => ({ ...project, hiring: { ...project.hiring, independentScoring: false } });

export const LANGUAGE_TOURS: LanguageTour[] = [
  {
    name: 'Italian',
    locale: 'it',
    systemLocale: 'it-IT',
    folder: 'italian',
    fileName: 'selezione',
    startCard: 'Sceglilo quando una sola figura di vertice',
    title: 'Chief Experience Officer (m/f)',
    company: 'Officine Rossi S.p.A.',
    hiring: () => openScoring(hiringProjectIn('it')),
    scoring: { kind: 'open' },
    leftover: 'lines',
    // Medallia's article, in its Italian edition
    references: 'Che cosa è un Chief Experience Officer?',
  },
  {
    name: 'Dutch',
    locale: 'nl',
    systemLocale: 'nl-NL',
    folder: 'dutch',
    fileName: 'werving',
    startCard: 'Kies dit als één directielid',
    title: 'Chief Experience Officer (m/v/x)',
    company: 'Van der Berg Verzekeringen N.V.',
    hiring: () => hiringProjectIn('nl'),
    scoring: { kind: 'lead', name: 'Sanne de Vries', passphrase: 'wachtzin voor de tests', candidate: /^James Whitfield/ },
    leftover: 'lines',
  },
  {
    name: 'Polish',
    locale: 'pl',
    systemLocale: 'pl-PL',
    folder: 'polish',
    fileName: 'rekrutacja',
    startCard: 'Wybierz, gdy jedna osoba w zarządzie',
    title: 'Dyrektor/Dyrektorka ds. Doświadczeń Klientów i Pracowników (CXO)',
    company: 'Północ Sp. z o.o.',
    hiring: () => hiringProjectIn('pl'),
    scoring: { kind: 'locked' },
    leftover: 'phrases',
    // Noise, cited by its Polish edition
    references: 'Szum, czyli skąd się biorą błędy w naszych decyzjach',
  },
  {
    name: 'Ukrainian',
    locale: 'uk',
    systemLocale: 'uk-UA',
    folder: 'ukrainian',
    fileName: 'nabir',
    startCard: 'Директор/директорка з досвіду клієнтів і працівників (CXO)',
    title: 'Директор/директорка з досвіду клієнтів і працівників (CXO)',
    company: 'ТОВ «Північний вітер»',
    hiring: () => openScoring(hiringProjectIn('uk')),
    scoring: { kind: 'open' },
    leftover: 'lines',
  },
];

// A hiring process in each translated language for tests, as words only: the builder they share is
// localised-hiring.ts. Italian, Dutch and Ukrainian run the sample process on the CXO edition;
// Polish has its own smaller panel on the CCO edition (two candidates scored, one not yet), so the
// results show a candidate with no scorecards.
import { emptyHiring } from '../project/empty.js';
import type { Project } from '../schema/project.js';
import type { Hiring, Rating } from '../schema/rubric.js';
import type { TranslatedLocale } from './english-only.js';
import { card } from './hiring.js';
import { hiringProjectFrom, type HiringWords } from './localised-hiring.js';

function polishPanel(criteria: string[]): Hiring {
  const rate = (score: (i: number) => number, evidence: string): Rating[] =>
    criteria.map((criterionId, i) => ({ criterionId, rating: score(i), evidence: i === 0 ? evidence : '' }));
  return {
    ...emptyHiring(),
    interviewers: [
      { id: 'anna', name: 'Anna Wiśniewska', focus: [] },
      { id: 'piotr', name: 'Piotr Żuławski', focus: [] },
    ],
    candidates: [
      { id: 'lucja', name: 'Łucja Żółkiewska', currentRole: 'Dyrektorka ds. obsługi klienta, Bank Pomorski', origin: 'external' },
      { id: 'jan', name: 'Jan Dąbrowski', currentRole: 'Kierownik działu wsparcia', origin: 'internal' },
      { id: 'ewa', name: 'Ewa Gęsicka', currentRole: '', origin: 'external' },
    ],
    scorecards: [
      card(
        'lucja',
        'anna',
        rate(() => 4, 'Zbudowała program głosu klienta w 40 oddziałach.'),
        'strong-yes',
      ),
      card(
        'lucja',
        'piotr',
        rate(() => 4, 'Opisała mapę ścieżki klienta z liczbami.'),
        'yes',
      ),
      card(
        'jan',
        'anna',
        rate((i) => (i === 0 ? 5 : 3), 'Prowadził program poleceń klientów.'),
        'yes',
      ),
      card(
        'jan',
        'piotr',
        rate((i) => (i === 0 ? 1 : 3), 'Nie podał żadnego przykładu mapy ścieżki.'),
        'no',
      ),
    ],
  };
}

const WORDS: Record<TranslatedLocale, HiringWords> = {
  it: {
    template: 'cxo',
    company: { name: 'Officine Rossi S.p.A.' },
    currentRoles: { james: 'Direttrice Operations Clienti, Banca Alpina' },
    board: {
      chair: 'Giulia Bianchi',
      recused: 'Marco Esposito',
      interest: 'Ha lavorato con una delle persone candidate.',
      notes: 'Indicare la fascia retributiva prima della pubblicazione.',
    },
  },
  nl: {
    template: 'cxo',
    company: { name: 'Van der Berg Verzekeringen N.V.' },
    currentRoles: { james: 'Directeur Klantenservice, Rijnland Bank' },
    board: {
      chair: 'Sanne de Vries',
      recused: 'Pieter Jansen',
      interest: 'Heeft met een van de kandidaten samengewerkt.',
      notes: 'Vermeld de salarisschaal voordat de vacature wordt gepubliceerd.',
    },
  },
  // every name and note Ukrainian too, so the documents have Ukrainian words of their own throughout
  uk: {
    template: 'cxo',
    company: { name: 'ТОВ «Північний вітер»', industry: 'Енергетика', size: '250-999', stage: 'established' },
    location: 'Київ, Україна',
    people: {
      ana: 'Олена Бондар',
      ben: 'Тарас Мельник',
      chloe: 'Ірина Ковальчук',
      james: 'Андрій Шевчук',
      maria: 'Марія Литвиненко',
      noor: 'Юлія Гнатюк',
    },
    currentRoles: {
      james: 'Віцепрезидент з клієнтських операцій, «Укртелеком»',
      maria: 'Директорка з маркетингу, «Нова пошта»',
    },
    evidence: [
      'Побудувала карту шляху клієнта для програми лояльності в 40 магазинах.',
      'Запустив програму «голос клієнта» в контакт-центрі банку.',
      'Не зміг назвати жодної карти шляху клієнта, з якою працював.',
    ],
    board: {
      chair: 'Олена Бондар',
      recused: 'Тарас Мельник',
      interest: 'Працював з однією з кандидатур у попередній компанії.',
      notes: 'Перед публікацією вказати діапазон заробітної плати.',
    },
  },
  pl: {
    template: 'cco',
    company: { name: 'Północ Sp. z o.o.' },
    panel: polishPanel,
    board: {
      chair: 'Katarzyna Nowak',
      recused: 'Tomasz Łęcki',
      interest: 'Pracował z jedną z osób kandydujących.',
      notes: 'Przed publikacją podać widełki wynagrodzenia.',
    },
  },
};

/** A fresh hiring process in the language: a new copy each call, so a test may change it freely. */
export const hiringProjectIn = (locale: TranslatedLocale): Project => hiringProjectFrom(locale, WORDS[locale]);

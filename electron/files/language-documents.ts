// What each translated language's documents must say beyond the catalogue's headings (which
// each-language-docx.test.ts checks for every language): the edition's title, the language's own
// sentences, names and legal references, and the running header, footer and properties as a reader
// of that language meets them. Test data only; the documents come from core/testing/hiring-in-languages.ts.
import { translator } from '../../core/i18n/index.js';
import type { TranslatedLocale } from '../../core/testing/english-only.js';

export interface Expected {
  text: string[];
  /** what must not appear: English a translation once let through */
  absent?: RegExp[];
  header?: (string | RegExp)[];
  footer?: (string | RegExp)[];
  /** the document properties (docProps/core.xml) a file manager shows */
  properties?: string[];
}

export interface LanguageDocuments {
  name: string;
  locale: TranslatedLocale;
  jd: Expected;
  guide: Expected;
  results: Expected;
  boardPack: Expected;
}

const it = translator('it');
const uk = translator('uk');

export const LANGUAGE_DOCUMENTS: LanguageDocuments[] = [
  {
    name: 'Italian',
    locale: 'it',
    jd: {
      text: [
        'Chief Experience Officer (m/f)',
        'Riporto gerarchico: Chief Executive Officer (CEO).',
        it('jd.location.model.hybrid'),
        it('jd.pay.beforeInterview'),
        'Previdenza complementare',
        it('jd.apply.open'),
        'D.Lgs. 198/2006',
      ],
      // the running line sits in the header, "Pagina N di M" in the footer
      header: ['Descrizione della posizione · 29 novembre 2026'],
      footer: [/Pagina.*di/],
      properties: ['Chief Experience Officer (m/f): Descrizione della posizione'],
    },
    guide: { text: ['Ci descriva una mappa dei percorsi'] },
    results: { text: ['Provenienza: Interna'] },
    boardPack: {
      text: ['Approvata con modifiche', 'Non ha preso parte alla decisione.'],
      header: ['Dossier per il CdA', 'Versione 1', it('documents.confidential')],
    },
  },
  {
    name: 'Dutch',
    locale: 'nl',
    jd: {
      text: [
        'Chief Experience Officer (m/v/x)',
        'Belangrijkste verantwoordelijkheden',
        'Functie-eisen',
        'Pluspunten',
        'Standplaats en manier van werken',
        'Salaris en arbeidsvoorwaarden',
        'Solliciteren',
        'Gelijke kansen',
        'We volgen de NVP Sollicitatiecode.',
        'De functie rapporteert aan de algemeen directeur (CEO).',
      ],
      header: ['Functiebeschrijving · 29 november 2026'],
      footer: ['Pagina'],
    },
    guide: { text: ['Neem ons mee door een klantreis'] },
    results: { text: ['Interne kandidaat'] },
    boardPack: {
      text: [
        'Goedgekeurd met wijzigingen',
        'Heeft zich van dit besluit onthouden.',
        'Van der Berg Verzekeringen N.V.',
        // each Dutch rule file by its name, with its law or guidance cited in Dutch
        'Leeftijd, herkomst, gezondheid en privéleven',
        'Informatie over het salaris',
        'Wet gelijke behandeling op grond van leeftijd bij de arbeid (WGBL), artikel 3',
      ],
      header: ['Versie 1', 'Bestuursdossier'],
    },
  },
  {
    name: 'Ukrainian',
    locale: 'uk',
    jd: {
      // both forms of the title, the company in a Ukrainian sentence, the place
      text: [
        'Директор/директорка з досвіду клієнтів і працівників (CXO)',
        'Пряме підпорядкування: генеральний директор (CEO).',
        'ТОВ «Північний вітер» – зріла компанія (галузь: енергетика), де працює від 250 до 999 осіб.',
        'Місце роботи: Київ, Україна, гібридний формат',
        'Діапазон заробітної плати на цій посаді ми повідомимо вам до першої співбесіди.',
      ],
      header: ['29 листопада 2026'],
    },
    guide: { text: [uk('documents.references')] },
    results: { text: ['Марія Литвиненко', 'Побудувала карту шляху клієнта'] },
    boardPack: {
      // the language appendix cites the Ukrainian rule sets' sources in Ukrainian, by name
      text: [
        'Схвалено зі змінами',
        'Самовідвід від цього рішення.',
        uk('boardPack.appendix.set.gender-titles'),
        'Редакційне судження команди',
      ],
      absent: [/editorial|The team's/],
      header: ['Версія 1'],
    },
  },
];

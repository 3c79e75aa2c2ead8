// The headings Italian job descriptions use, by the part of a role each introduces: read after the
// English lists (headings.ts), in the same order, with the same rules (lower case, apostrophes
// dropped: "L'azienda" → "lazienda", each phrase at the start of a word). Italian adverts name a
// preferred qualification "titolo preferenziale" and put the company under "Chi siamo".
// Recognisers, not words a user reads: they never reach the screen.
import type { Target } from './headings.js';

export const ITALIAN_HEADINGS: readonly (readonly [Target, readonly string[]])[] = [
  [
    'niceToHaves',
    [
      'titolo preferenziale',
      'titoli preferenziali',
      'requisiti preferenziali',
      'requisito preferenziale',
      'costituisce titolo',
      'costituiranno titolo',
      'gradit',
      'preferibil',
      'un plus',
    ],
  ],
  [
    'qualities',
    ['qualità', 'competenze trasversali', 'competenze personali', 'caratteristiche personali', 'attitudini', 'chi sei', 'doti'],
  ],
  [
    'other',
    [
      'cosa offriamo',
      'che cosa offriamo',
      'offriamo',
      'benefit',
      'retribuzione',
      'compenso',
      'trattamento economico',
      'inquadramento',
      'contratto',
      'come candidarsi',
      'come candidarti',
      'candidatura',
      'candidature',
      'sede',
      'luogo di lavoro',
      'modalità di lavoro',
      'pari opportunità',
      'privacy',
      'informativa',
    ],
  ],
  [
    'mustHaves',
    [
      'requisiti',
      'requisito',
      'competenze',
      'conoscenze',
      'esperienza',
      'esperienze',
      'qualifiche',
      'profilo',
      'cosa cerchiamo',
      'chi cerchiamo',
      'cerchiamo',
      'candidato ideale',
      'persona ideale',
      'titolo di studio',
      'formazione',
      'cosa porti',
    ],
  ],
  [
    'outcomes',
    ['obiettivi', 'obiettivo', 'risultati', 'primi 90 giorni', 'primi 12 mesi', 'primo anno', 'indicatori', 'misure del successo'],
  ],
  [
    'responsibilities',
    ['responsabilità', 'mansioni', 'attività', 'compiti', 'cosa farai', 'di cosa ti occuperai', 'ti occuperai', 'il ruolo prevede'],
  ],
  [
    'purpose',
    [
      'il ruolo',
      'ruolo',
      'la posizione',
      'posizione',
      'sintesi',
      'scopo',
      'finalità',
      'missione',
      'panoramica',
      'la figura',
      'introduzione',
    ],
  ],
  ['company', ['chi siamo', 'lazienda', 'la nostra azienda', 'azienda', 'la società', 'società', 'il gruppo', 'su di noi']],
];

/** Lines that say "Titolo: …" or "Azienda: …" outright. */
export const ITALIAN_LABELLED: readonly (readonly [Target, RegExp])[] = [
  ['title', /^(?:titolo(?: del ruolo| della posizione)?|ruolo|posizione|qualifica)\s*[:–—-]\s*(.+)$/i],
  ['company', /^(?:azienda|società|datore di lavoro|organizzazione)\s*[:–—-]\s*(.+)$/i],
];

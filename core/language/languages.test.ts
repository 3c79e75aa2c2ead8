// The checker per language: each role is checked with the rules of its own document language, and
// the phrases job adverts in Italy, the Netherlands, Poland and Ukraine are known for are found in
// their inflected forms, not only as the rule files spell them.
import { describe, expect, it } from 'vitest';
import { blankRole } from '../testing/blank-role.js';
import { checkRole, checkText, rulesFor, type Finding, type Rules } from './check.js';
import type { Locale } from '../i18n/locales.js';

const rules = (locale: string): Rules => {
  const found = rulesFor(locale);
  if (!found) throw new Error(`no rules for ${locale}`);
  return found;
};
const ids = (findings: readonly Finding[]) => findings.map((f) => f.ruleId);
const flagged = (locale: string, text: string, field = 'text') => ids(checkText(text, rules(locale), field));

describe('Italian', () => {
  it('flags “Giovane e dinamico, madrelingua inglese, nativo digitale”: age, origin, age', () => {
    const findings = checkText('Giovane e dinamico, madrelingua inglese, nativo digitale', rules('it'));
    const exclusion = findings.filter((f) => f.kind === 'exclusionary');
    expect(exclusion.map((f) => [f.ruleId, f.match, f.severity])).toEqual([
      ['exclusion.giovane-e-dinamico', 'Giovane e dinamico', 'high'],
      ['exclusion.madrelingua-inglese', 'madrelingua inglese', 'high'],
      ['exclusion.nativo-digitale', 'nativo digitale', 'high'],
    ]);
    expect(exclusion[0]?.suggestion).toBe('motivato/a');
  });

  it('finds the feminine and plural forms, and words after an elided article', () => {
    expect(flagged('it', 'Cerchiamo giovani e dinamiche professioniste.')).toContain('exclusion.giovane-e-dinamico');
    expect(flagged('it', 'Una candidata giovanissima.')).toContain('exclusion.giovane');
    expect(flagged('it', 'Sono richieste native digitali.')).toContain('exclusion.nativo-digitale');
    expect(flagged('it', "Requisito dell'età massima di 35 anni.")).toContain('exclusion.limite-di-eta');
    expect(flagged('it', 'Neolaureate, di bella presenza, libera da impegni familiari, cittadinanza italiana.')).toEqual(
      expect.arrayContaining(['exclusion.neolaureato', 'exclusion.bella-presenza', 'exclusion.vita-privata', 'exclusion.cittadinanza']),
    );
  });

  it('asks for a title that addresses everyone, only in the title, quiet once both forms are there', () => {
    expect(flagged('it', 'Direttore Customer Experience', 'title')).toEqual(['gender-titles.direttore']);
    expect(flagged('it', 'Direttore/Direttrice Customer Experience', 'title')).toEqual([]);
    expect(flagged('it', 'Direttore Customer Experience (m/f)', 'title')).toEqual([]);
    expect(flagged('it', 'Riporta al Direttore generale.', 'objectives.purpose')).not.toContain('gender-titles.direttore');
  });

  it('addresses candidates of both sexes: “il candidato ideale” is flagged unless the text says candidato/a', () => {
    expect(flagged('it', 'Il candidato ideale ha guidato team grandi.')).toContain('gender-address.candidato-ideale');
    expect(flagged('it', 'Il candidato/a ideale ha guidato team grandi.')).toEqual([]);
  });
});

describe('Dutch', () => {
  it('flags age, origin, looks and clichés of Dutch adverts', () => {
    const text =
      'Wij zoeken een jonge en dynamische starter met Nederlands als moedertaal en een representatief uiterlijk. Je bent een echte teamplayer.';
    expect(flagged('nl', text)).toEqual(
      expect.arrayContaining([
        'exclusion.jong-en-dynamisch',
        'exclusion.starter',
        'exclusion.moedertaal',
        'exclusion.uiterlijk',
        'cliches.teamplayer',
      ]),
    );
  });

  it('asks for (m/v/x) beside a masculine title', () => {
    expect(flagged('nl', 'Directeur Klantbeleving', 'title')).toEqual(['gender-titles.directeur']);
    expect(flagged('nl', 'Directeur Klantbeleving (m/v/x)', 'title')).toEqual([]);
    expect(flagged('nl', 'Chief Experience Officer', 'title')).toEqual([]);
  });
});

describe('Polish', () => {
  it('finds “młody” and “dynamiczny” in every case and gender', () => {
    expect(flagged('pl', 'Szukamy młodej i dynamicznej osoby do naszego młodego zespołu.')).toEqual(
      expect.arrayContaining(['exclusion.mlody-i-dynamiczny', 'exclusion.mlody']),
    );
    expect(flagged('pl', 'Dołącz do młodych, dynamicznych ludzi.')).toContain('exclusion.mlody-i-dynamiczny');
    expect(flagged('pl', 'Mile widziani młodzi i dynamiczni liderzy.')).toContain('exclusion.mlody-i-dynamiczny');
    expect(flagged('pl', 'Dynamicznym zespołem kieruje prezes.')).toContain('cliches.dynamiczny');
  });

  it('flags age limits, a mother tongue, looks and health', () => {
    const text =
      'Kandydat w wieku 25–35 lat, język polski jako ojczysty, dobra prezencja, dobry stan zdrowia, native speakerem angielskiego.';
    expect(flagged('pl', text)).toEqual(
      expect.arrayContaining(['exclusion.limit-wieku', 'exclusion.native-speaker', 'exclusion.prezencja', 'exclusion.zdrowie']),
    );
  });

  it('finds the instrumental and locative too: “z dobrą prezencją”, “w dobrym stanie zdrowia”', () => {
    expect(flagged('pl', 'Osoba z dobrą prezencją, w dobrym stanie zdrowia, z polskim obywatelstwem.')).toEqual(
      expect.arrayContaining(['exclusion.prezencja', 'exclusion.zdrowie', 'exclusion.obywatelstwo']),
    );
  });

  it('asks for (K/M) or both forms in the title', () => {
    expect(flagged('pl', 'Dyrektor ds. Doświadczeń Klienta', 'title')).toEqual(['gender-titles.dyrektor']);
    expect(flagged('pl', 'Dyrektor ds. Doświadczeń Klienta (K/M)', 'title')).toEqual([]);
    expect(flagged('pl', 'Dyrektor/Dyrektorka ds. Doświadczeń Klienta', 'title')).toEqual([]);
    expect(flagged('pl', 'Członkiem zarządu', 'title')).toEqual(['gender-titles.czlonek-zarzadu']);
  });
});

describe('Ukrainian', () => {
  it('finds “молодий” and “динамічний” agreeing in any case, with і, й or та', () => {
    expect(flagged('uk', 'Шукаємо молоду та динамічну людину.')).toContain('exclusion.molodyi-dynamichnyi');
    expect(flagged('uk', 'У молодому й динамічному колективі.')).toContain('exclusion.molodyi-dynamichnyi');
    expect(flagged('uk', 'Для молоді.')).toContain('exclusion.molodyi');
  });

  it('flags age, language, looks, health and residence as the law on advertising names them', () => {
    const text = 'Віком до 35 років, носій англійської мови, приємна зовнішність, без шкідливих звичок, київська прописка.';
    expect(flagged('uk', text)).toEqual(
      expect.arrayContaining([
        'exclusion.vik',
        'exclusion.nosii-movy',
        'exclusion.zovnishnist',
        'exclusion.zdorovia',
        'exclusion.propyska',
      ]),
    );
  });

  it('matches whichever apostrophe the writer used', () => {
    for (const apostrophe of ["'", '’', 'ʼ']) expect(flagged('uk', `Міцне здоров${apostrophe}я.`)).toContain('exclusion.zdorovia');
  });

  it('asks for the feminitive beside a masculine title', () => {
    expect(flagged('uk', 'Головний директор з питань персоналу', 'title')).toEqual(['gender-titles.dyrektor']);
    expect(flagged('uk', 'Головний директор / головна директорка з питань персоналу', 'title')).toEqual([]);
  });
});

describe('age limits with any number', () => {
  it('finds “max 35 anni”, “maximaal 40 jaar”, “od 25 do 35 lat”, “до 35 років” whatever the figure', () => {
    expect(flagged('it', 'Requisiti: max 35 anni, under 30.')).toEqual(['exclusion.limite-di-eta', 'exclusion.limite-di-eta']);
    expect(flagged('nl', 'Je bent maximaal 40 jaar.')).toEqual(['exclusion.leeftijd']);
    expect(flagged('pl', 'Kandydaci od 25 do 35 lat.')).toContain('exclusion.limit-wieku');
    expect(flagged('uk', 'Кандидати до 35 років.')).toContain('exclusion.vik');
  });

  it('leaves figures alone that say nothing about age', () => {
    expect(flagged('it', 'Guiderai 35 persone in 4 paesi.')).toEqual([]);
    expect(flagged('nl', 'Een team van 40 mensen.')).toEqual([]);
  });
});

describe('phrases beyond the best-known ones', () => {
  it('finds “geen 50-plussers”, “young professional”, “cyfrowy tubylec”, “цифровий абориген”', () => {
    expect(flagged('nl', 'Geen 50-plussers.')).toEqual(['exclusion.leeftijd']);
    expect(flagged('nl', 'Young professional gezocht.')).toEqual(['exclusion.starter']);
    expect(flagged('pl', 'Jesteś cyfrowym tubylcem.')).toEqual(['exclusion.digital-native']);
    expect(flagged('uk', 'Ви — цифровий абориген.')).toEqual(['exclusion.digital-native']);
  });

  it('finds an advert that asks for one sex by a form of address, and a stock “no perditempo”', () => {
    expect(flagged('pl', 'Poszukujemy pana na stanowisko dyrektora.')).toEqual(['gender-address.plec']);
    expect(flagged('pl', 'Poszukujemy kandydatów (K/M) na stanowisko dyrektora.')).toEqual([]);
    expect(flagged('it', 'No perditempo.')).toEqual(['cliches.no-perditempo']);
  });
});

describe('rules follow the role’s document language', () => {
  const planted = (locale: Locale) =>
    blankRole((r) => {
      r.locale = locale;
      r.objectives.purpose = 'Giovane e dinamico, madrelingua inglese, nativo digitale.';
    });

  it('runs Italian rules on an Italian role and not on a Polish one', () => {
    expect(ids(checkRole(planted('it'), rulesFor('it')).findings)).toContain('exclusion.nativo-digitale');
    expect(ids(checkRole(planted('pl'), rulesFor('pl')).findings)).not.toContain('exclusion.nativo-digitale');
  });

  it('never calls the Italian example clean', () => {
    const report = checkRole(planted('it'), rulesFor('it'));
    expect(report.hasRules).toBe(true);
    expect(report.score).toBeLessThan(100);
  });

  it('says so when a language has no rules, with no score and no “no problems”', () => {
    const role = planted('it');
    const report = checkRole({ ...role, locale: 'de' as Locale }, rulesFor('de'));
    expect(report).toMatchObject({ language: 'de', hasRules: false, score: null, findings: [], gender: null, passiveShare: null });
    expect(report.words).toBeGreaterThan(0);
  });

  it('counts no gender-coded English words and measures no passive voice outside English', () => {
    const report = checkRole(
      blankRole((r) => {
        r.locale = 'nl';
        r.objectives.purpose = 'De leider is ambitieus en wordt door het team gesteund.';
      }),
      rulesFor('nl'),
    );
    expect(report.gender).toBeNull();
    expect(report.passiveShare).toBeNull();
    expect(report.readabilityFormula).toBe('flesch-douma');
  });
});

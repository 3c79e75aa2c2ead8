// Template editions by language. The registry is tested with an edition made here, so the test does
// not depend on which translated editions ship.
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../i18n/locales.js';
import type { Template } from '../schema/project.js';
import { makeRegistry } from './editions.js';
import { deepCopy, EDITIONS, findTemplate, templateFor, templateLanguages, TEMPLATES } from './templates.js';

const edition = (from: Template, locale: Template['locale'], title: string): Template => ({
  ...deepCopy(from),
  locale,
  title,
  role: { ...deepCopy(from.role), locale },
});

describe('template editions', () => {
  const english = findTemplate('cxo')!;
  const registry = makeRegistry([...TEMPLATES, edition(english, 'pl', 'Dyrektor/Dyrektorka ds. Doświadczeń (K/M)')], LOCALES);

  it('finds an edition by id and language, and nothing where there is none', () => {
    expect(registry.find('cxo', 'pl')?.title).toBe('Dyrektor/Dyrektorka ds. Doświadczeń (K/M)');
    expect(registry.find('cxo', 'en')).toBe(english);
    expect(registry.find('cxo', 'uk')).toBeUndefined();
    expect(registry.find('cco', 'pl')).toBeUndefined();
  });

  it('lists the languages of each template in the app’s order', () => {
    expect(registry.languagesOf('cxo')).toEqual(['en', 'pl']);
    expect(registry.languagesOf('cco')).toEqual(['en']);
    expect(registry.languagesOf('nope')).toEqual([]);
  });

  it('ships every template in English, each edition under the id of an English one', () => {
    for (const t of TEMPLATES) expect(templateLanguages(t.id)).toContain('en');
    for (const e of EDITIONS) expect(findTemplate(e.id), `${e.id} (${e.locale})`).toBeDefined();
    for (const e of EDITIONS) expect(e.role.locale, `${e.id} (${e.locale})`).toBe(e.locale);
  });

  it('draws a role’s content from the edition in its language, else the English one it started from', () => {
    expect(templateFor({ templateId: 'cxo', locale: 'en' })).toBe(english);
    expect(templateFor({ templateId: 'cxo', locale: 'uk' })).toBe(findTemplate('cxo', 'uk'));
    expect(templateFor({ templateId: 'cxo', locale: 'uk' })?.title).toMatch(/^Директор\/директорка/);
    // a language no edition is written in: the English edition the role was most likely started from
    expect(templateFor({ templateId: 'cxo', locale: 'xx' as Locale })).toBe(english);
    expect(templateFor({ templateId: 'nope', locale: 'en' })).toBeUndefined();
  });
});

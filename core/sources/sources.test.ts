// The registry is the only place a source is described: every id used anywhere resolves, every
// note key exists, every relay points at a real source, and citations read as a person would write them.
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.js';
import { cite, reference } from './cite.js';
import { FACTS, factSentence, SECTION_FACTS, type FactId } from './facts.js';
import { isSourceId, SOURCES, sourceById, withRelays } from './registry.js';

const t = translator('en');
const ctx = { t, locale: 'en' };

describe('the sources registry', () => {
  it('holds each source once, with relays and notes that exist', () => {
    expect(new Set(SOURCES.map((s) => s.id)).size).toBe(SOURCES.length);
    for (const source of SOURCES) {
      if (source.via) expect(isSourceId(source.via.source), source.id).toBe(true);
      for (const kind of source.notes ?? []) expect(t(`sources.${kind}.${source.id}`), source.id).not.toContain('sources.');
      if (source.url) expect(source.url, source.id).toMatch(/^https:\/\/[^\s]+$/);
    }
  });

  it('gives every fact a text and real sources', () => {
    for (const [id, sources] of Object.entries(FACTS)) {
      for (const s of sources) expect(isSourceId(s), `${id} → ${s}`).toBe(true);
      expect(factSentence(id as FactId, ctx), id).not.toContain('sources.');
    }
    for (const ids of Object.values(SECTION_FACTS)) for (const id of ids) expect(FACTS).toHaveProperty(id);
  });

  it('cites the edition in the reader’s language where there is one, and the original elsewhere', () => {
    const polish = { t: translator('pl'), locale: 'pl' };
    expect(cite('kahneman-2021', polish)).toBe('Kahneman, Sibony i Sunstein, Szum, czyli skąd się biorą błędy w naszych decyzjach, 2022');
    expect(reference(sourceById('kahneman-2021'), polish).text).toContain('Media Rodzina. 2022.');
    expect(cite('kahneman-2021', ctx)).toBe('Kahneman, Sibony and Sunstein, Noise: A Flaw in Human Judgment, 2021');
  });

  it('cites a study reached through an article as reported by it, with its age', () => {
    expect(cite('forrester-cco', ctx)).toBe(
      'Forrester Research, The Rise of the Chief Customer Officer, 2011 (later editions differ), as reported by Steven Van Belleghem, 2011',
    );
    expect(cite('staikos-archetypes', ctx)).toBe('Bill Staikos, as quoted by Medallia, 2024');
    expect(cite('temkin-engagement', ctx)).toBe(
      'probably Temkin Group, Employee Engagement Benchmark Study (edition not found), as reported by Steven Van Belleghem, 2022',
    );
    expect(cite('gaucher-2011', ctx)).toBe(
      'Gaucher, Friesen and Kay, Evidence that gendered wording in job advertisements exists and sustains gender inequality, 2011',
    );
    expect(cite('morgan-culture', ctx)).toContain('about 2017');
  });

  it('writes a full reference with the date in British style and the relay named in full', () => {
    const entry = reference(sourceById('forrester-cco'), ctx);
    expect(entry.text).toBe(
      'Forrester Research (Paul Hagen). The Rise of the Chief Customer Officer. January 2011. A survey of 155 chief customer officers. Its figures are from January 2011; the 2014 edition reports 86% on the executive team. Not seen first-hand: cited as reported in Steven Van Belleghem, Nieuwe trend: the ‘Chief Customer Officer’, 27 January 2011.',
    );
    const medallia = reference(sourceById('medallia-cxo'), ctx);
    expect(medallia.text).toContain('Lead Your Organization. Medallia blog. 20 June 2024.');
    expect(medallia.url).toMatch(/^https:\/\/www\.medallia\.com\//);
  });

  it('lists a relayed source with the article that relayed it, in alphabetical order', () => {
    expect(withRelays(['forrester-cco', 'gaucher-2011']).map((s) => s.id)).toEqual(['forrester-cco', 'gaucher-2011', 'van-belleghem-cco']);
  });
});

describe('what each source is cited for', () => {
  it('names the facts, language rules and checks that cite a source, and every source is cited somewhere', async () => {
    const { sourceUses } = await import('./uses.js');
    const uses = sourceUses('en');
    expect(uses.get('gaucher-2011')).toMatchObject({ ruleSets: ['gender-coded'], checks: ['genderBalance'] });
    expect(uses.get('eu-pay-transparency')?.ruleSets).toEqual(['vague']);
    expect(uses.get('eu-pay-transparency')?.checks).toEqual(['payTransparency']);
    expect(uses.get('eeoc-national-origin')?.ruleSets).toEqual(['exclusionary']);
    expect(uses.get('colorado-equal-pay')?.ruleSets).toEqual(['vague']);
    expect(uses.get('forrester-cco')?.facts).toContain('internal');
    expect(uses.get('van-belleghem-cco')?.relays).toEqual(['forrester-cco']);
    const uncited = [...uses]
      .filter(([, u]) => !u.facts.length && !u.ruleSets.length && !u.checks.length && !u.relays.length)
      .map(([id]) => id);
    expect(uncited).toEqual([]);
  });
});

// A source with an edition in the reader's language is cited in that edition: Medallia's article on
// the chief experience officer reaches Italian readers as its Italian edition of 15 April 2025, and
// every other reader as the English revision of 20 June 2024, inline and in References alike; a
// References entry's date, a sentence of its own, opens with a capital in any language.
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.js';
import { cite, reference } from './cite.js';
import { sourceById } from './registry.js';

const italian = { t: translator('it'), locale: 'it' };
const english = { t: translator('en'), locale: 'en' };

describe('editions in the reader’s language', () => {
  it('cites the Italian edition to an Italian reader, with its own title and date', () => {
    expect(cite('medallia-cxo', italian)).toBe(
      'Medallia, Che cosa è un Chief Experience Officer? Le qualità per assumere il miglior CXO in grado di guidare la tua organizzazione, 2025',
    );
    const entry = reference(sourceById('medallia-cxo'), italian).text;
    expect(entry).toMatch(/^Medallia\. Che cosa è un Chief Experience Officer\? .* Medallia blog\. 15 aprile 2025\. /);
    // the address is the English revision's, and the note says so
    expect(entry).toContain('revisione inglese del 20 giugno 2024');
  });

  it('names the Italian edition where it relays another source', () => {
    expect(cite('staikos-archetypes', italian)).toBe('Bill Staikos, citato da Medallia, 2025');
    expect(reference(sourceById('staikos-archetypes'), italian).text).toContain(
      'Citato in Medallia, Che cosa è un Chief Experience Officer?',
    );
  });

  it('keeps the English revision for a reader of a language without an edition', () => {
    expect(cite('medallia-cxo', english)).toContain('What is a Chief Experience Officer?');
    expect(cite('medallia-cxo', { t: translator('pl'), locale: 'pl' })).toContain('2024');
  });

  it('opens a date that starts its own sentence with a capital, as Italian writes months in lower case', () => {
    expect(reference(sourceById('forrester-cco'), italian).text).toContain('The Rise of the Chief Customer Officer. Gennaio 2011.');
    expect(reference(sourceById('forrester-cco'), english).text).toContain('January 2011.');
  });
});

// decodeUtf8 must answer exactly as the fatal TextDecoder it replaced: the same text for valid
// UTF-8 (a leading byte-order mark dropped), a refusal for every invalid sequence.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from './read-file.js';

const fatal = new TextDecoder('utf-8', { fatal: true });
const reference = (bytes: Uint8Array) => {
  try {
    return { ok: true, text: fatal.decode(bytes) };
  } catch {
    return { ok: false };
  }
};
const ours = (bytes: Uint8Array) => {
  const result = decodeUtf8(bytes);
  return result.ok ? { ok: true, text: result.value } : { ok: false };
};

// pieces that are easy to get wrong: BOMs, surrogates encoded as UTF-8, overlong forms, truncations
const tricky = fc.constantFrom(
  [0xef, 0xbb, 0xbf],
  [0xed, 0xa0, 0x80],
  [0xc0, 0xaf],
  [0xf4, 0x90, 0x80, 0x80],
  [0xe2, 0x82],
  [0xf0, 0x9f, 0x98, 0x80],
  [0xc3, 0xa9],
  [0x22, 0x7b],
);
const bytes = fc
  .array(fc.oneof(fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 6 }), tricky), { maxLength: 12 })
  .map((parts) => Uint8Array.from(parts.flat()));

describe('decodeUtf8', () => {
  it('agrees with a fatal TextDecoder on any bytes', () => {
    fc.assert(
      fc.property(bytes, (b) => {
        expect(ours(b)).toEqual(reference(b));
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees on text, with and without a byte-order mark, inside a larger buffer', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.boolean(), (text, bom) => {
        const encoded = new TextEncoder().encode(`${bom ? '\uFEFF' : ''}${text}`);
        const inside = new Uint8Array(encoded.length + 4);
        inside.set(encoded, 2);
        const view = inside.subarray(2, 2 + encoded.length);
        expect(ours(view)).toEqual(reference(view));
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { templateProject } from '../testing/roles.js';
import { canonicalJson, contentHash } from './hash.js';

describe('contentHash', () => {
  it('is SHA-256 of the canonical JSON', () => {
    expect(contentHash({})).toBe('44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a'); // sha256("{}")
    expect(canonicalJson({ b: 1, a: [true, null, 'x'] })).toBe('{"a":[true,null,"x"],"b":1}');
  });

  it('ignores key order and whitespace', () => {
    const role = templateProject('cxo').role;
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(role).reverse())));
    const reformatted = JSON.parse(JSON.stringify(role, null, 7));
    expect(contentHash(reordered)).toBe(contentHash(role));
    expect(contentHash(reformatted)).toBe(contentHash(role));
  });

  it('changes with any change of content', () => {
    const role = templateProject('cxo').role;
    const base = contentHash(role);
    const edited = structuredClone(role);
    edited.mustHaves[2]!.text += '.';
    expect(contentHash(edited)).not.toBe(base);
    const reweighted = structuredClone(role);
    reweighted.archetypes.futurist -= 1;
    reweighted.archetypes.practitioner += 1;
    expect(contentHash(reweighted)).not.toBe(base);
  });
});

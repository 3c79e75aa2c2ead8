// The job description's own sentences (the catalogue's, around what the author typed) carry no
// gender-coded word, so the checker, which counts the author's fields, counts every coded word a
// candidate reads, and each once.
import { describe, expect, it } from 'vitest';
import en from '../../i18n/en/index.js';
import { builtInRules, checkText } from '../../language/check.js';

const strings = (value: unknown, path: string): [string, string][] =>
  typeof value === 'string'
    ? [[path, value]]
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`))
      : [];

describe('the job description’s own wording', () => {
  it('has no gender-coded word in any sentence it adds', () => {
    const rules = builtInRules('en');
    const coded = [...strings(en.jd, 'jd'), ...strings(en.documents, 'documents')].flatMap(([path, text]) =>
      checkText(text, rules)
        .filter((f) => f.kind === 'gender')
        .map((f) => `${path}: ${f.match}`),
    );
    expect(coded).toEqual([]);
  });
});

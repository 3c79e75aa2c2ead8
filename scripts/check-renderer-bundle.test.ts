import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunksWithAjv } from './check-renderer-bundle.mjs';

describe('the renderer bundle check', () => {
  it('names the chunks that carry ajv and passes the others', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'cxo-bundle-')), 'assets');
    mkdirSync(dir);
    writeFileSync(join(dir, 'index-a1.js'), 'const x = 1;');
    writeFileSync(join(dir, 'CandidatesView-b2.js'), 'import e from "ajv/dist/runtime/equal";');
    writeFileSync(join(dir, 'Compare-c3.js'), 'const m = {"https://json-schema.org/draft/2020-12/vocab/core": true};');
    writeFileSync(join(dir, 'index.css'), 'ajv/dist/runtime');
    expect(chunksWithAjv(dir).sort()).toEqual(['CandidatesView-b2.js', 'Compare-c3.js']);
  });
});

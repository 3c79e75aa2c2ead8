// The loader is the one data boundary: whatever bytes arrive, it returns a clear problem or a valid
// project, and never throws. Thousands of generated and mutated files, counted in the output.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, Project } from '../schema/project.js';
import { validate } from '../schema/validator.js';
import { templateProject } from '../testing/roles.js';
import { TEMPLATES } from '../project/templates.js';
import { loadProject, serializeProject } from './project.js';

let tried = 0;
function boundaryHolds(text: string): boolean {
  tried += 1;
  const result = loadProject(text); // must not throw
  if (result.ok) return validate(Project, result.value).valid && result.value.schemaVersion === CURRENT_SCHEMA_VERSION;
  return typeof result.problem.code === 'string' && result.problem.code.length > 0;
}

/** Every path into a JSON value, so a mutation can land anywhere in the document. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (value && typeof value === 'object') return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return [prefix];
}
function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = JSON.parse(JSON.stringify(root)) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

const base = templateProject('cxo');
const baseText = serializeProject(base);
const allPaths = paths(base);

describe('loadProject at its boundary', { timeout: 120_000 }, () => {
  it('survives the file truncated at every byte offset', () => {
    for (let offset = 0; offset < baseText.length; offset += 1) expect(boundaryHolds(baseText.slice(0, offset))).toBe(true);
  });

  it('survives a wrong value of any type anywhere', () => {
    fc.assert(
      fc.property(fc.constantFrom(...allPaths), fc.anything({ withNullPrototype: true, withObjectString: true }), (path, value) =>
        boundaryHolds(JSON.stringify(setAt(base, path, value)) ?? 'null'),
      ),
      { numRuns: 3000 },
    );
  });

  it('survives unknown keys, __proto__ keys, BOMs, UTF-16 and huge values', () => {
    const objectPaths = allPaths.filter((p) => {
      const v = p.reduce<unknown>((node, k) => (node as Record<string | number, unknown>)[k], base);
      return v !== null && typeof v === 'object' && !Array.isArray(v);
    });
    fc.assert(
      fc.property(fc.constantFrom(...objectPaths), fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra'), (path, key) => {
        // JSON.stringify cannot write a __proto__ key, so the member is spliced into the text
        const target = path.reduce<unknown>((n, k) => (n as Record<string | number, unknown>)[k], base);
        const withKey = JSON.stringify(target).replace(/^\{/, `{${JSON.stringify(key)}:{"polluted":true},`);
        const text = JSON.stringify(setAt(base, path, '\u0000slot')).replace('"\\u0000slot"', withKey);
        return boundaryHolds(text) && !loadProject(text).ok && ({} as Record<string, unknown>).polluted === undefined;
      }),
      { numRuns: 500 },
    );
    expect(boundaryHolds(`\uFEFF${baseText}`)).toBe(true);
    expect(loadProject(`\uFEFF${baseText}`).ok).toBe(true);
    const utf16 = Buffer.from(`\uFEFF${baseText}`, 'utf16le').toString('latin1'); // UTF-16 bytes read as if UTF-8
    expect(boundaryHolds(utf16)).toBe(true);
    expect(loadProject(utf16).ok).toBe(false);
    for (const [path, value] of [
      [['role', 'company', 'name'], 'x'.repeat(1_000_000)],
      [['role', 'mustHaves'], Array.from({ length: 100_000 }, (_, i) => ({ id: `m${i}`, text: 'x' }))],
      [['role', 'archetypes', 'futurist'], 1e308],
    ] as const) {
      expect(loadProject(JSON.stringify(setAt(base, [...path], value)))).toMatchObject({ ok: false, problem: { code: 'file.invalid' } });
    }
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(boundaryHolds(deep)).toBe(true);
    expect(boundaryHolds('x'.repeat(65 * 1024 * 1024))).toBe(true);
  });

  it('loads back any valid project it saved, deep-equal', () => {
    const text = fc.string({ maxLength: 100 });
    fc.assert(
      fc.property(fc.constantFrom(...TEMPLATES.map((t) => t.id)), text, text, text, (id, name, purpose, mustHave) => {
        const project = templateProject(id);
        project.role.company.name = name;
        project.role.objectives.purpose = purpose;
        if (mustHave.trim()) project.role.mustHaves[0]!.text = mustHave;
        tried += 1;
        const loaded = loadProject(serializeProject(project));
        return loaded.ok && JSON.stringify(loadProject(serializeProject(loaded.value))) === JSON.stringify(loaded);
      }),
      { numRuns: 500 },
    );
  });

  it('upgrades any version 1 file to a valid current one, and upgrading again changes nothing', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TEMPLATES.map((t) => t.id)),
        fc.string({ maxLength: 60 }),
        fc.constantFrom('internal-leader', 'career-professional', 'open-to-both'),
        (id, title, choice) => {
          const role = templateProject(id).role;
          if (title.trim()) role.title = title;
          role.background.choice = choice as typeof role.background.choice;
          tried += 1;
          const once = loadProject(JSON.stringify({ schemaVersion: 1, role }));
          if (!once.ok) return false;
          const twice = loadProject(serializeProject(once.value));
          return twice.ok && JSON.stringify(twice.value) === JSON.stringify(once.value) && validate(Project, once.value).valid;
        },
      ),
      { numRuns: 300 },
    );
    console.log(`loader property tests: ${tried} generated and mutated files tried`);
  });
});

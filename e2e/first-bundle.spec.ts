// What the first screen waits for: the built entry chunk and everything it imports statically
// (its modulepreloads). Every wizard step but Start, every other view, the language checker and the
// other languages' catalogues and the role templates must come only through dynamic import(), so
// the Start screen loads none of them (docs/performance.md).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ASSETS = join('dist', 'renderer', 'assets');
const read = (file: string) => readFileSync(join(ASSETS, file), 'utf8');
const targets = (code: string, pattern: RegExp) => [...code.matchAll(pattern)].map((m) => m[1]!);
/** static imports of a chunk: `import … from "./x.js"` and bare `import "./x.js"` */
const staticImports = (code: string) => targets(code, /(?:from|import)\s*["']\.\/([^"']+\.js)["']/g);
const dynamicImports = (code: string) => targets(code, /import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g);

function firstLoad(): { entry: string; closure: Set<string> } {
  const html = readFileSync(join('dist', 'renderer', 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\.\/assets\/([^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error('no entry script in index.html');
  const closure = new Set<string>();
  const visit = (file: string) => {
    if (closure.has(file)) return;
    closure.add(file);
    staticImports(read(file)).forEach(visit);
  };
  visit(entry);
  return { entry, closure };
}

const LAZY = [
  'company',
  'objectives',
  'responsibilities',
  'background',
  'qualifications',
  'rubric',
  'review',
  'CompareView',
  'CandidatesView',
  'BoardReviewView',
  'check',
  // every edition of every role template: the Start cards read a small index instead
  'template-editions',
];

describe('the first bundle', () => {
  it('holds the Start step, and every other step, view and the checker load on demand', () => {
    const { entry, closure } = firstLoad();
    const lazy = [...closure].flatMap((file) => dynamicImports(read(file))).filter((file) => !closure.has(file));
    const named = (name: string) => lazy.filter((file) => file.startsWith(`${name}-`));
    for (const name of LAZY) expect(named(name), `${name} is a chunk loaded on demand`).not.toHaveLength(0);
    // a chunk the bundler happens to name like a step (the schemas' shared chunk, "review-…") may be
    // in the first load; a chunk something loads on demand may not
    const onDemand = new Set(
      readdirSync(ASSETS)
        .filter((f) => f.endsWith('.js'))
        .flatMap((file) => dynamicImports(read(file))),
    );
    expect([...closure].filter((file) => onDemand.has(file) && LAZY.some((name) => file.startsWith(`${name}-`)))).toEqual([]);
    expect(entry).toMatch(/^index-/);
  });

  it('lists the templates without their text: no role design of a template is in the first bundle', () => {
    const { closure } = firstLoad();
    const code = [...closure].map(read).join('\n');
    // the Start cards need titles; a role's purpose and reporting-line options are in the templates alone
    const template = JSON.parse(readFileSync(join('templates', 'cxo.json'), 'utf8')) as {
      title: string;
      role: { objectives: { purpose: string } };
    };
    expect(code).toContain(template.title);
    expect(code).not.toContain(template.role.objectives.purpose.slice(0, 60));
  });
});

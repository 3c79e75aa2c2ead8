// Build-time gate: every file in templates/ must pass the template schema, and the registry in
// core/templates must list every one of them, before anything is built from them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile } from '../core/formats/index.js';
import { TEMPLATES } from '../core/project/templates.js';

export function checkTemplates(dir = 'templates'): string[] {
  const problems: string[] = [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  for (const file of files) {
    const checked = parseFile('template', readFileSync(join(dir, file), 'utf8'));
    if (!checked.ok)
      problems.push(...(checked.problem.fields ?? [checked.problem]).map((f) => `${file}: ${'field' in f ? `${f.field} ` : ''}${f.code}`));
    else if (!TEMPLATES.some((t) => t.id === checked.value.id)) problems.push(`${file}: not listed in core/project/templates.ts`);
  }
  return problems;
}

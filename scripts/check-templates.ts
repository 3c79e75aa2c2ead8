// Build-time gate: every file in templates/ and templates/<language>/ must pass the template schema,
// be written in the language of its folder, and be registered in core/project/template-editions.ts, before
// anything is built from them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile } from '../core/formats/index.js';
import { DEFAULT_LOCALE, isLocale } from '../core/i18n/locales.js';
import '../core/project/all-templates.js';
import { findTemplate, templateCardIndex } from '../core/project/templates.js';

function checkFolder(dir: string, locale: string, label: string): string[] {
  const problems: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const name = `${label}${file}`;
    const checked = parseFile('template', readFileSync(join(dir, file), 'utf8'));
    if (!checked.ok)
      problems.push(...(checked.problem.fields ?? [checked.problem]).map((f) => `${name}: ${'field' in f ? `${f.field} ` : ''}${f.code}`));
    else if (checked.value.locale !== locale) problems.push(`${name}: its locale is ${checked.value.locale}, its folder is for ${locale}`);
    else if (!findTemplate(checked.value.id, locale)) problems.push(`${name}: not listed in core/project/template-editions.ts`);
  }
  return problems;
}

export function checkTemplates(dir = 'templates'): string[] {
  const problems = checkFolder(dir, DEFAULT_LOCALE, '');
  for (const entry of readdirSync(dir)) {
    if (!statSync(join(dir, entry)).isDirectory()) continue;
    if (!isLocale(entry)) problems.push(`${entry}/: not a language the app speaks`);
    else problems.push(...checkFolder(join(dir, entry), entry, `${entry}/`));
  }
  return problems;
}

/** The Start cards' index as it must be on disk (core/project/template-cards.json). */
export const templateCardsText = (): string => `${JSON.stringify(templateCardIndex(), null, 2)}\n`;

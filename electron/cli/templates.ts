// cxo-studio templates: each template's id, title and the languages it has an edition in, one a line.
// The title is the edition's in the language the command line speaks, where that edition exists.
import { TEMPLATES, findTemplate, templateLanguages } from '../../core/project/templates.js';
import type { Exit, Io } from './shared.js';
import { cliLocale, t } from './shared.js';

export function templatesCommand(io: Io): Exit {
  const locale = cliLocale();
  const rows = TEMPLATES.map((tpl) => ({ id: tpl.id, title: (findTemplate(tpl.id, locale) ?? tpl).title }));
  const idWidth = Math.max(...rows.map((r) => r.id.length));
  const titleWidth = Math.max(...rows.map((r) => r.title.length));
  rows.forEach((r) =>
    io.out(
      `${r.id.padEnd(idWidth)}  ${r.title.padEnd(titleWidth)}  ${t('cli.templateLanguages', { languages: templateLanguages(r.id).join(', ') })}`,
    ),
  );
  return 0;
}

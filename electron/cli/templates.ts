// cxo-studio templates: each template's id, its title in the language the command line speaks (the
// English title where that language has no edition), and the languages it has an edition in.
import { findTemplate, TEMPLATES, templateLanguages } from '../../core/project/templates.js';
import type { Exit, Io } from './shared.js';
import { cliLocale, t } from './shared.js';

export function templatesCommand(io: Io, locale: string = cliLocale()): Exit {
  const titles = TEMPLATES.map((tpl) => (findTemplate(tpl.id, locale) ?? tpl).title);
  const idWidth = Math.max(...TEMPLATES.map((tpl) => tpl.id.length));
  const titleWidth = Math.max(...titles.map((title) => title.length));
  TEMPLATES.forEach((tpl, i) =>
    io.out(
      `${tpl.id.padEnd(idWidth)}  ${titles[i]!.padEnd(titleWidth)}  ${t('cli.templateLanguages', { languages: templateLanguages(tpl.id).join(', ') })}`,
    ),
  );
  return 0;
}

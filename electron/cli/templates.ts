// cxo-studio templates: each template's id, title and the languages it has an edition in, one a line.
import { TEMPLATES, templateLanguages } from '../../core/project/templates.js';
import type { Exit, Io } from './shared.js';
import { t } from './shared.js';

export function templatesCommand(io: Io): Exit {
  const idWidth = Math.max(...TEMPLATES.map((tpl) => tpl.id.length));
  const titleWidth = Math.max(...TEMPLATES.map((tpl) => tpl.title.length));
  TEMPLATES.forEach((tpl) =>
    io.out(
      `${tpl.id.padEnd(idWidth)}  ${tpl.title.padEnd(titleWidth)}  ${t('cli.templateLanguages', { languages: templateLanguages(tpl.id).join(', ') })}`,
    ),
  );
  return 0;
}

// cxo-studio templates: each template's id and title, one a line.
import { TEMPLATES } from '../../core/project/templates.js';
import type { Exit, Io } from './shared.js';

export function templatesCommand(io: Io): Exit {
  const width = Math.max(...TEMPLATES.map((tpl) => tpl.id.length));
  TEMPLATES.forEach((tpl) => io.out(`${tpl.id.padEnd(width)}  ${tpl.title}`));
  return 0;
}

// cxo-studio new --template ID [--locale LANG] FILE.cxorole: a new project from a template, in the
// language of one of its editions (English when --locale is left out).
import { parseArgs } from 'node:util';
import { EXTENSIONS, hasExtension } from '../../core/formats/kinds.js';
import { DEFAULT_LOCALE, LOCALES, isLocale } from '../../core/i18n/locales.js';
import { findTemplate, templateLanguages } from '../../core/project/templates.js';
import { projectFromTemplate } from '../../core/project/from-template.js';
import { writeProjectFile } from '../files/project-file.js';
import { problemExit, t, UsageError, type Exit, type Io } from './shared.js';

export async function newCommand(args: string[], io: Io): Promise<Exit> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { template: { type: 'string' }, locale: { type: 'string' }, force: { type: 'boolean' } },
  });
  const [out] = positionals;
  if (!values.template || !out || positionals.length > 1) throw new UsageError(t('cli.newNeedsArgs'));
  const locale = values.locale ?? DEFAULT_LOCALE;
  if (!isLocale(locale)) throw new UsageError(t('cli.unknownLocale', { locale, locales: LOCALES.join(', ') }));
  if (!findTemplate(values.template)) return problemExit({ code: 'template.unknown', params: { id: values.template } }, io);
  const template = findTemplate(values.template, locale);
  if (!template) {
    io.err(
      t('cli.noEdition', {
        id: values.template,
        language: t(`languages.name.${locale}`),
        languages: templateLanguages(values.template).join(', '),
      }),
    );
    return 1;
  }
  if (!hasExtension(out, 'project')) return problemExit({ code: 'file.wrongExtension', params: { extension: EXTENSIONS.project } }, io);
  // without --force nothing is replaced, checked as the file takes its name (never a look, then a write)
  const written = await writeProjectFile(out, projectFromTemplate(template), { kind: values.force ? 'replace' : 'new' });
  if (!written.ok && written.problem.code === 'file.appeared') return (io.err(t('cli.exists', { path: out })), 1);
  if (!written.ok) return problemExit(written.problem, io);
  io.out(t('cli.created', { title: template.title, path: out }));
  return 0;
}

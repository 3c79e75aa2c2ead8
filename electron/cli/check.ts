// cxo-studio check: the language check of a role's job description, as text or JSON. Exits 1 while
// any finding of high severity remains, so a script can stop a publication on it.
import { parseArgs } from 'node:util';
import { checkRole, rulesFor, type Finding } from '../../core/language/check.js';
import type { Project } from '../../core/schema/project.js';
import { problemExit, t, UsageError, type Exit, type Io } from './shared.js';
import { readProjectFile } from '../files/project-file.js';

function findingLine(f: Finding): string {
  const where = f.field === 'description' ? t('language.field.description') : f.field;
  const suggestion = f.suggestion ? ` ${t('cli.check.suggestion', { suggestion: f.suggestion })}` : '';
  return `${t(`language.severity.${f.severity}`)} · ${t(`language.kind.${f.kind}`)} · ${where}: “${f.match}” — ${t(f.reasonKey, f.params)}${suggestion}`;
}

export async function checkCommand(args: string[], io: Io): Promise<Exit> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError(t('cli.check.needsFile'));
  const loaded = await readProjectFile(file);
  if (!loaded.ok) return problemExit(loaded.problem, io);
  const project: Project = loaded.value;
  // the rules of the role's own language, never another language's
  const report = checkRole(project.role, rulesFor(project.role.locale), project.language.dismissed);
  const high = report.findings.filter((f) => f.severity === 'high').length;
  if (values.json) {
    io.out(JSON.stringify({ ...report, findings: report.findings.map((f) => ({ ...f, reason: t(f.reasonKey, f.params) })) }, null, 2));
  } else if (!report.hasRules) {
    io.out(t('language.panel.noRules', { language: t(`languages.name.${report.language}`, { defaultValue: report.language }) }));
  } else {
    io.out(t('language.score', { score: report.score }));
    // single gender-coded words are information; the balance says what they add up to
    const { gender } = report;
    io.out(
      gender
        ? `${t('language.balance.heading', { masculine: gender.masculine, feminine: gender.feminine })} · ${t(`language.balance.verdict.${gender.verdict}`)}`
        : t('language.balance.notMeasured'),
    );
    const listed = report.findings.filter((f) => !(f.kind === 'gender' && f.severity === 'low'));
    listed.forEach((f) => io.out(findingLine(f)));
    if (!listed.length) io.out(t('language.none'));
  }
  return high > 0 ? 1 : 0;
}

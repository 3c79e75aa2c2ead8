// The command line and languages: a project in an edition's language, a clear refusal where a
// template has no edition yet, the languages listed per template, and messages in the environment's
// language.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';
import { LOCALES } from '../../core/i18n/locales.js';
import { translator } from '../../core/i18n/index.js';
import { templateLanguages } from '../../core/project/templates.js';
import { runCli } from './run.js';
import { cliLocale } from './shared.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cxo-cli-lang-'));
});

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cxo-studio and languages', () => {
  it('lists the languages each template has an edition in', async () => {
    const { out } = await run('templates');
    for (const id of ['cxo', 'cco', 'culture', 'cpo-ex'])
      expect(out).toMatch(new RegExp(`^${id}\\s.*languages: ${templateLanguages(id).join(', ')}$`, 'm'));
    // every template has its Dutch, Italian, Polish and Ukrainian editions
    for (const id of ['cxo', 'cco', 'culture', 'cpo-ex'])
      expect(templateLanguages(id)).toEqual(expect.arrayContaining(['en', 'nl', 'it', 'pl', 'uk']));
  });

  it('makes a project in the language asked for, English by default', async () => {
    const file = join(dir, 'role.cxorole');
    expect((await run('new', '--template', 'cxo', '--locale', 'en', file)).code).toBe(0);
    const project = JSON.parse(await readFile(file, 'utf8')) as { role: { locale: string } };
    expect(project.role.locale).toBe('en');
  });

  it('makes a project from the Polish edition, in Polish', async () => {
    const file = join(dir, 'rola.cxorole');
    expect((await run('new', '--template', 'cco', '--locale', 'pl', file)).code).toBe(0);
    const project = JSON.parse(await readFile(file, 'utf8')) as { role: { locale: string; title: string } };
    expect(project.role).toMatchObject({ locale: 'pl', title: 'Dyrektor/Dyrektorka ds. Klientów (Chief Customer Officer)' });
  });

  // a language with no edition of cxo yet, while there is one
  const missing = LOCALES.find((locale) => !templateLanguages('cxo').includes(locale));
  it.skipIf(!missing)('refuses clearly where a template has no edition in that language yet, and writes nothing', async () => {
    const file = join(dir, 'role.cxorole');
    const { code, err } = await run('new', '--template', 'cxo', '--locale', missing!, file);
    const language = translator('en')(`languages.name.${missing}`);
    expect(code).toBe(1);
    expect(err).toBe(
      `Template cxo has no edition in ${language} yet. It is available in: ${templateLanguages('cxo').join(', ')}. Start from one of those and set the job description’s language in the app, or wait for the ${language} edition.`,
    );
    await expect(readFile(file)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('calls an unknown language a usage error, naming the ones there are', async () => {
    const { code, err } = await run('new', '--template', 'cxo', '--locale', 'fr', join(dir, 'x.cxorole'));
    expect(code).toBe(2);
    expect(err).toContain('There is no language “fr”. Choose one of: en, it, nl, pl, uk.');
  });

  it('speaks the language of LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(cliLocale({ LANG: 'pl_PL.UTF-8' })).toBe('pl');
    expect(cliLocale({ LC_ALL: 'uk_UA.UTF-8', LANG: 'pl_PL.UTF-8' })).toBe('uk');
    expect(cliLocale({ LC_MESSAGES: 'it_IT', LANG: 'nl_NL' })).toBe('it');
    expect(cliLocale({ LANG: 'C.UTF-8' })).toBe('en');
    expect(cliLocale({})).toBe('en');
  });

  it('checks a role with the rules of its own language', async () => {
    const file = join(dir, 'role.cxorole');
    await run('new', '--template', 'cxo', file);
    const project = JSON.parse(await readFile(file, 'utf8')) as { role: { locale: string; objectives: { purpose: string } } };
    project.role.locale = 'it';
    project.role.objectives.purpose = 'Cerchiamo una persona giovane e dinamica, madrelingua inglese, nativa digitale.';
    const { writeFile } = await import('node:fs/promises');
    await writeFile(file, JSON.stringify(project));
    const { code, out } = await run('check', file);
    expect(code).toBe(1);
    expect(out).toContain('“giovane e dinamica”');
    expect(out).toContain('“madrelingua inglese”');
    expect(out).toContain('“nativa digitale”');
  });

  it('under LANG=pl_PL speaks Polish', async () => {
    const exec = promisify(execFile);
    const env = { ...process.env, LANG: 'pl_PL.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
    const failed = await exec(
      process.execPath,
      ['bin/cxo-studio.mjs', 'new', '--template', 'cxo', '--locale', 'fr', join(dir, 'x.cxorole')],
      {
        env,
      },
    ).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toContain('Nie ma języka „fr”. Wybierz jeden z: en, it, nl, pl, uk.');
    // the templates by their Polish titles, and the languages they have
    const { stdout } = await exec(process.execPath, ['bin/cxo-studio.mjs', 'templates'], { env });
    expect(stdout).toMatch(/^cco\s+Dyrektor\/Dyrektorka ds\. Klientów\s+języki: en.*\bpl\b/m);
  }, 30_000);
});

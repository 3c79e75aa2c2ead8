// The command line and languages: a project in an edition's language, a clear refusal where a
// template has no edition yet, the languages listed per template, and messages in the environment's
// language.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './run.js';
import { cliLocale } from './shared.js';
import { templatesCommand } from './templates.js';

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
    for (const id of ['cxo', 'cco', 'culture', 'cpo-ex']) expect(out).toMatch(new RegExp(`^${id}\\s.*languages: en, (.*, )?uk$`, 'm'));
  });

  it('names each template in the language asked for where it has an edition, in English where not', () => {
    const lines: string[] = [];
    templatesCommand({ out: (l) => lines.push(l), err: () => undefined }, 'uk');
    expect(lines[0]).toMatch(/^cxo\s+Директор\/директорка з досвіду клієнтів і працівників \(CXO\)\s/);
    expect(lines[3]).toMatch(/^cpo-ex\s+Головний директор \/ головна директорка з питань персоналу \(досвід працівників\)\s/);
    lines.length = 0;
    templatesCommand({ out: (l) => lines.push(l), err: () => undefined }, 'en');
    expect(lines[0]).toMatch(/^cxo\s+Chief Experience Officer\s/);
  });

  it('makes a project in the language asked for, English by default', async () => {
    const file = join(dir, 'role.cxorole');
    expect((await run('new', '--template', 'cxo', '--locale', 'en', file)).code).toBe(0);
    const project = JSON.parse(await readFile(file, 'utf8')) as { role: { locale: string } };
    expect(project.role.locale).toBe('en');
  });

  it('refuses clearly where a template has no edition in that language yet, and writes nothing', async () => {
    const file = join(dir, 'rola.cxorole');
    const { code, err } = await run('new', '--template', 'cxo', '--locale', 'pl', file);
    expect(code).toBe(1);
    expect(err).toMatch(
      /^Template cxo has no edition in Polish yet\. It is available in: en, (.*, )?uk\. Start from one of those and set the job description’s language in the app, or wait for the Polish edition\.$/,
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

  it('under LANG=uk_UA speaks Ukrainian and makes a Ukrainian project from the Ukrainian edition', async () => {
    const exec = promisify(execFile);
    const env = { ...process.env, LANG: 'uk_UA.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
    const listed = await exec(process.execPath, ['bin/cxo-studio.mjs', 'templates'], { env });
    expect(listed.stdout).toMatch(/^culture\s+Директор\/директорка з корпоративної культури\s+мови: en, (.*, )?uk$/m);
    const file = join(dir, 'посада.cxorole');
    const made = await exec(process.execPath, ['bin/cxo-studio.mjs', 'new', '--template', 'cpo-ex', '--locale', 'uk', file], { env });
    expect(made.stdout).toBe(
      `Новий проєкт «Головний директор / головна директорка з питань персоналу (досвід працівників)» записано у ${file}.\n`,
    );
    const project = JSON.parse(await readFile(file, 'utf8')) as { role: { locale: string; templateId: string } };
    expect(project.role).toMatchObject({ locale: 'uk', templateId: 'cpo-ex' });
  }, 30_000);
});

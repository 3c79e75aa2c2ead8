// The command line in Dutch: under LANG=nl_NL it lists the Dutch editions' titles and speaks Dutch,
// `new --locale nl` writes a project from the Dutch edition, and `check` reads it clean under the
// Dutch rules.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const dutch = { ...process.env, LANG: 'nl_NL.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
const cli = (...args: string[]) => exec(process.execPath, ['bin/cxo-studio.mjs', ...args], { env: dutch });

describe('cxo-studio in Dutch', () => {
  it('lists the templates with their Dutch titles and languages', async () => {
    const { stdout } = await cli('templates');
    expect(stdout).toMatch(/^cxo\s+Chief Experience Officer\s+talen: en, (.*, )?nl/m);
    expect(stdout).toMatch(/^cpo-ex\s+Chief People Officer \(medewerkersbeleving\)\s+talen: en, (.*, )?nl/m);
  }, 30_000);

  it('makes a project from the Dutch edition, says so in Dutch, and checks it clean', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'cxo-cli-nl-')), 'functie.cxorole');
    const made = await cli('new', '--template', 'cco', '--locale', 'nl', file);
    expect(made.stdout).toBe(`Nieuw project Chief Customer Officer opgeslagen als ${file}.\n`);
    const project = JSON.parse(await readFile(file, 'utf8')) as { role: { locale: string; title: string } };
    expect(project.role).toMatchObject({ locale: 'nl', title: 'Chief Customer Officer (m/v/x)' });
    const checked = await cli('check', file);
    expect(checked.stdout).toContain('Taalscore: 100 van 100');
    expect(checked.stdout).toContain('Geen problemen met de formulering gevonden.');
  }, 60_000);

  it('refuses in Dutch, naming the file, when the project already exists', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'cxo-cli-nl-')), 'functie.cxorole');
    await cli('new', '--template', 'cxo', '--locale', 'nl', file);
    const failed = await cli('new', '--template', 'cxo', '--locale', 'nl', file).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain(`${file} bestaat al. Kies een andere naam, of voeg --force toe om het te vervangen.`);
  }, 60_000);
});

// The command line in Italian: under LANG=it_IT it lists the Italian editions' titles and speaks
// Italian, `new --locale it` writes a project from the Italian edition, and `check` reads it clean
// under the Italian rules.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const italian = { ...process.env, LANG: 'it_IT.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
const cli = (...args: string[]) => exec(process.execPath, ['bin/cxo-studio.mjs', ...args], { env: italian });

describe('cxo-studio in Italian', () => {
  it('lists the templates with their Italian titles and languages', async () => {
    const { stdout } = await cli('templates');
    expect(stdout).toMatch(/^cxo\s+Chief Experience Officer\s+lingue: en, it/m);
    expect(stdout).toMatch(/^cpo-ex\s+Chief People Officer \(employee experience\)\s+lingue: en, it/m);
  }, 30_000);

  it('makes a project from the Italian edition, says so in Italian, and checks it clean', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'cxo-cli-it-')), 'ruolo.cxorole');
    const made = await cli('new', '--template', 'cco', '--locale', 'it', file);
    expect(made.stdout).toBe(`Nuovo progetto Chief Customer Officer scritto in ${file}.\n`);
    const project = JSON.parse(await readFile(file, 'utf8')) as { role: { locale: string; title: string } };
    expect(project.role).toMatchObject({ locale: 'it', title: 'Chief Customer Officer – Direttore/Direttrice Clienti' });
    const checked = await cli('check', file);
    expect(checked.stdout).toContain('Punteggio del linguaggio: 100 su 100');
    expect(checked.stdout).toContain('Nessun problema di linguaggio trovato.');
  }, 60_000);

  it('refuses in Italian, naming the file, when the project already exists', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'cxo-cli-it-')), 'ruolo.cxorole');
    await cli('new', '--template', 'cxo', '--locale', 'it', file);
    const failed = await cli('new', '--template', 'cxo', '--locale', 'it', file).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain(`${file} esiste già. Scegli un altro nome, oppure aggiungi --force per sostituirlo.`);
  }, 60_000);
});

// The command line in Italian and Dutch: under the language's LANG it lists the editions' titles
// and speaks the language, `new --locale` writes a project from the language's edition, `check`
// reads it clean under the language's rules, and a refusal names the file in the language.
// (Ukrainian's command line, with its own checks, is in ukrainian.test.ts.)
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const exec = promisify(execFile);

const LANGUAGES = [
  {
    name: 'Italian',
    locale: 'it',
    lang: 'it_IT.UTF-8',
    listed: [
      /^cxo\s+Chief Experience Officer\s+lingue: en, it/m,
      /^cpo-ex\s+Chief People Officer \(employee experience\)\s+lingue: en, it/m,
    ],
    fileName: 'ruolo.cxorole',
    made: (file: string) => `Nuovo progetto Chief Customer Officer scritto in ${file}.\n`,
    ccoTitle: 'Chief Customer Officer – Direttore/Direttrice Clienti',
    clean: ['Punteggio del linguaggio: 100 su 100', 'Nessun problema di linguaggio trovato.'],
    exists: (file: string) => `${file} esiste già. Scegli un altro nome, oppure aggiungi --force per sostituirlo.`,
  },
  {
    name: 'Dutch',
    locale: 'nl',
    lang: 'nl_NL.UTF-8',
    listed: [
      /^cxo\s+Chief Experience Officer\s+talen: en, (.*, )?nl/m,
      /^cpo-ex\s+Chief People Officer \(medewerkersbeleving\)\s+talen: en, (.*, )?nl/m,
    ],
    fileName: 'functie.cxorole',
    made: (file: string) => `Nieuw project Chief Customer Officer opgeslagen als ${file}.\n`,
    ccoTitle: 'Chief Customer Officer (m/v/x)',
    clean: ['Taalscore: 100 van 100', 'Geen problemen met de formulering gevonden.'],
    exists: (file: string) => `${file} bestaat al. Kies een andere naam, of voeg --force toe om het te vervangen.`,
  },
];

for (const language of LANGUAGES)
  describe(`cxo-studio in ${language.name}`, () => {
    const env = { ...process.env, LANG: language.lang, LC_ALL: '', LC_MESSAGES: '' };
    const cli = (...args: string[]) => exec(process.execPath, ['bin/cxo-studio.mjs', ...args], { env });
    const newFile = async () => join(await mkdtemp(join(tmpdir(), `cxo-cli-${language.locale}-`)), language.fileName);

    it('lists the templates with their titles and languages in the language', async () => {
      const { stdout } = await cli('templates');
      for (const line of language.listed) expect(stdout).toMatch(line);
    }, 30_000);

    it("makes a project from the language's edition, says so in the language, and checks it clean", async () => {
      const file = await newFile();
      const made = await cli('new', '--template', 'cco', '--locale', language.locale, file);
      expect(made.stdout).toBe(language.made(file));
      const project = JSON.parse(await readFile(file, 'utf8')) as { role: { locale: string; title: string } };
      expect(project.role).toMatchObject({ locale: language.locale, title: language.ccoTitle });
      const checked = await cli('check', file);
      for (const line of language.clean) expect(checked.stdout).toContain(line);
    }, 60_000);

    it('refuses in the language, naming the file, when the project already exists', async () => {
      const file = await newFile();
      await cli('new', '--template', 'cxo', '--locale', language.locale, file);
      const failed = await cli('new', '--template', 'cxo', '--locale', language.locale, file).then(
        () => null,
        (error: { code: number; stderr: string }) => error,
      );
      expect(failed?.code).toBe(1);
      expect(failed?.stderr).toContain(language.exists(file));
    }, 60_000);
  });

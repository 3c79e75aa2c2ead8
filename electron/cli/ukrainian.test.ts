// The command line in Ukrainian: under a Ukrainian environment it lists the templates by their
// Ukrainian titles, makes a project from the Ukrainian edition and reports it in Ukrainian.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { templateLanguages } from '../../core/project/templates.js';

const exec = promisify(execFile);
const env = { ...process.env, LANG: 'uk_UA.UTF-8', LC_ALL: '', LC_MESSAGES: '' };

describe('cxo-studio in Ukrainian', () => {
  it('has a Ukrainian edition of every template', () => {
    for (const id of ['cxo', 'cco', 'culture', 'cpo-ex']) expect(templateLanguages(id)).toContain('uk');
  });

  it('under LANG=uk_UA lists the Ukrainian titles and makes a Ukrainian project from the Ukrainian edition', async () => {
    const listed = await exec(process.execPath, ['bin/cxo-studio.mjs', 'templates'], { env });
    expect(listed.stdout).toMatch(/^cxo\s+Директор\/директорка з досвіду клієнтів і працівників \(CXO\)\s+мови: en, (.*, )?uk$/m);
    expect(listed.stdout).toMatch(/^culture\s+Директор\/директорка з корпоративної культури\s+мови: en, (.*, )?uk$/m);

    const file = join(await mkdtemp(join(tmpdir(), 'cxo-cli-uk-')), 'посада.cxorole');
    const made = await exec(process.execPath, ['bin/cxo-studio.mjs', 'new', '--template', 'cpo-ex', '--locale', 'uk', file], { env });
    expect(made.stdout).toBe(
      `Новий проєкт «Головний директор / головна директорка з питань персоналу (досвід працівників)» записано у ${file}.\n`,
    );
    const project = JSON.parse(await readFile(file, 'utf8')) as { role: { locale: string; templateId: string; title: string } };
    expect(project.role).toMatchObject({ locale: 'uk', templateId: 'cpo-ex' });
  }, 30_000);
});

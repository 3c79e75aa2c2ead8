// Opening files: a saved project comes back whole, from Open and from Recent files; a corrupted
// one is refused with a message naming the bad field, and the file is left untouched.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeProject } from '../core/formats/project.js';
import { templateProject } from '../core/testing/roles.js';
import { useHostAndBrowser } from './helpers/harness.js';
import { openApp } from './helpers/browser.js';
import { answerFileDialog, currentStepTitle } from './helpers/wizard.js';

const app = useHostAndBrowser();

describe('opening role projects', () => {
  it('opens a saved file, then finds it among the recent files', async () => {
    const project = templateProject('cco');
    project.role.company.name = 'Harbour Telecom';
    project.role.objectives.purpose = 'Own every moment after the sale, from onboarding to renewal.';
    const path = join(app.host.documentsDir, 'harbour.cxorole');
    await writeFile(path, serializeProject(project));

    const { page, errors } = await openApp(app.browser, app.host.url);
    await page.getByRole('button', { name: 'Open a file…' }).first().click();
    await answerFileDialog(page, path, 'Open');
    await expect.poll(() => page.getByText(`Opened ${path}.`).count()).toBe(1);
    expect(await currentStepTitle(page)).toBe('Company and context');
    expect(await page.getByLabel('Company name').inputValue()).toBe('Harbour Telecom');

    await page.reload();
    await page.getByRole('button', { name: /harbour\.cxorole/ }).click();
    await expect.poll(() => page.getByLabel('Company name').inputValue()).toBe('Harbour Telecom');
    expect(errors).toEqual([]);
  });

  it('refuses a corrupted file, names the bad field, and leaves the file untouched', async () => {
    const project = templateProject('cxo') as unknown as { role: { archetypes: { futurist: unknown }; company: { name: unknown } } };
    project.role.archetypes.futurist = 'a lot';
    project.role.company.name = 7;
    const path = join(app.host.documentsDir, 'corrupted.cxorole');
    const text = JSON.stringify(project, null, 2);
    await writeFile(path, text);

    const { page } = await openApp(app.browser, app.host.url);
    await page.getByRole('button', { name: 'Open a file…' }).first().click();
    await answerFileDialog(page, path, 'Open');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('This file has 2 problems, so it was not opened.');
    // the fields by the names the user knows, and the types in words
    expect(await alert.textContent()).toContain('Archetype weights › futurist: must be a whole number');
    expect(await alert.textContent()).toContain('Company name: must be text');
    expect(await alert.textContent()).not.toContain('role.company.name');
    expect(await currentStepTitle(page)).toBe('Start');
    expect(await readFile(path, 'utf8')).toBe(text);
  });

  it('says plainly when a file is not a project at all', async () => {
    const path = join(app.host.documentsDir, 'truncated.cxorole');
    await writeFile(path, '{"schemaVersion": 1, "role": {"title": "Chief');
    const { page } = await openApp(app.browser, app.host.url);
    await page.getByRole('button', { name: 'Open a file…' }).first().click();
    await answerFileDialog(page, path, 'Open');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('its contents are not valid JSON');
  });
});

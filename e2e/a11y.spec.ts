// Accessibility: axe-core on every wizard step and every view, with no serious or critical violations.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serializeProject } from '../core/formats/project.js';
import { templateProject } from '../core/testing/roles.js';
import { seriousViolations } from './helpers/axe.js';
import { useHostAndBrowser } from './helpers/harness.js';
import { openApp } from './helpers/browser.js';
import { answerFileDialog, openReferencesFromHeader } from './helpers/wizard.js';
import { becomeLead } from './helpers/scoring.js';

const app = useHostAndBrowser();

describe('accessibility', () => {
  it('has no serious or critical axe violations on any step or view', async () => {
    const project = templateProject('cco');
    project.role.company.name = 'Axe & Co';
    project.role.application.contact = 'Sam Patel, careers@axe.example';
    project.hiring.interviewers = [{ id: 'int-1', name: 'Ana', focus: [] }];
    project.hiring.candidates = [{ id: 'cand-1', name: 'Bo', currentRole: 'COO', origin: 'internal' }];
    project.hiring.scorecards = [
      {
        id: 'sc-1',
        candidateId: 'cand-1',
        interviewerId: 'int-1',
        status: 'submitted',
        ratings: project.rubric.criteria.map((c, i) => ({ criterionId: c.id, rating: (i % 5) + 1, evidence: '' })),
        recommendation: 'yes',
        updatedAt: '2026-05-01T10:00:00Z',
        submittedAt: '2026-05-01T10:00:00Z',
      },
    ];
    const path = join(app.host.documentsDir, 'a11y.cxorole');
    writeFileSync(path, serializeProject(project));

    const { page } = await openApp(app.browser, app.host.url);
    const found = await seriousViolations(page, 'Start');
    await page.getByRole('button', { name: 'Open a file…' }).first().click();
    found.push(...(await seriousViolations(page, 'File dialog')));
    await answerFileDialog(page, path, 'Open');
    await page.getByLabel('Company name').waitFor();
    const steps = page.getByRole('navigation', { name: 'Steps' }).getByRole('button');
    for (let i = 1; i < (await steps.count()); i += 1) {
      await steps.nth(i).click();
      await page.waitForTimeout(100);
      found.push(...(await seriousViolations(page, `Step ${i + 1}`)));
    }
    const views = page.getByRole('navigation', { name: 'Views' }).getByRole('button');
    for (let i = 0; i < (await views.count()); i += 1) {
      await views.nth(i).click();
      await page.waitForTimeout(100);
      found.push(...(await seriousViolations(page, `View ${(await views.nth(i).textContent()) ?? i}`)));
    }
    await openReferencesFromHeader(page);
    await page.getByRole('heading', { level: 1, name: 'References' }).waitFor();
    found.push(...(await seriousViolations(page, 'References')));
    // Compare as the hiring lead shows everything it has: table, the chosen candidate, the panel, the record
    await views.filter({ hasText: 'Candidates' }).click();
    await becomeLead(page);
    await views.filter({ hasText: 'Compare' }).click();
    await page.getByRole('button', { name: 'Bo', exact: true }).click();
    await page.getByRole('region', { name: 'Scoring record' }).waitFor();
    found.push(...(await seriousViolations(page, 'Compare as the lead')));
    await page.getByRole('button', { name: 'Heat-map by criterion' }).click();
    found.push(...(await seriousViolations(page, 'Compare heat-map')));
    expect(found).toEqual([]);
  }, 180_000);
});

// Compare that tells the truth at any size: incomplete candidates marked and not ranked, search and
// filters, a candidate × criterion heat-map, the debrief agenda, and weights that change only with
// a reason once scoring has begun, each candidate's score shown before and after.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { serializeProject } from '../core/formats/project.js';
import { makeSecret } from '../core/hiring/panel/secret.js';
import { sampleHiringProject, syntheticProject } from '../core/testing/hiring.js';
import type { Project } from '../core/schema/project.js';
import { seriousViolations } from './helpers/axe.js';
import { openApp, screenshot } from './helpers/browser.js';
import { useHostAndBrowser } from './helpers/harness.js';
import { download } from './helpers/download.js';
import { becomeLead, PASSPHRASE, showView } from './helpers/scoring.js';
import { answerFileDialog } from './helpers/wizard.js';

const app = useHostAndBrowser();

async function openAsLead(project: Project, name: string) {
  const path = join(app.host.documentsDir, name);
  await writeFile(
    path,
    serializeProject({ ...project, hiring: { ...project.hiring, lead: { name: 'Maria Lopez', secret: await makeSecret(PASSPHRASE) } } }),
  );
  const opened = await openApp(app.browser, app.host.url);
  await opened.page.getByRole('button', { name: 'Open a file…' }).first().click();
  await answerFileDialog(opened.page, path, 'Open');
  await expect.poll(() => opened.page.getByText(`Opened ${path}.`).count(), { timeout: 15_000 }).toBe(1);
  await showView(opened.page, 'Candidates');
  await becomeLead(opened.page);
  await showView(opened.page, 'Compare');
  return { ...opened, path };
}

describe('Compare', () => {
  it(
    'marks incomplete candidates, ranks only the complete, filters, maps, debriefs and records weight changes',
    { timeout: 180_000 },
    async () => {
      const { page, errors } = await openAsLead(sampleHiringProject(), 'compare.cxorole');
      const rows = page.locator('.compare-table tbody tr');
      await expect.poll(() => rows.count()).toBe(3);
      const line = async (i: number) => [
        await rows.nth(i).locator('.rank-cell').textContent(),
        await rows.nth(i).locator('.row-select').textContent(),
      ];
      expect(await line(0)).toEqual(['1', 'Maria Kowalska']);
      expect(await line(1)).toEqual(['–', 'James Whitfield']);
      expect(await rows.nth(1).locator('.incomplete-badge').textContent()).toBe('Incomplete: 2 of 3 scorecards');
      expect(await rows.nth(2).locator('.incomplete-badge').textContent()).toBe('Incomplete: none of 3 scorecards in');
      await page.getByLabel('Rank incomplete candidates with the complete ones').check();
      await expect.poll(() => line(1)).toEqual(['2', 'James Whitfield']);
      await page.getByLabel('Rank incomplete candidates with the complete ones').uncheck();

      // search ignores case and accents; filters combine; one click clears them
      await page.getByLabel('Find a candidate by name or role').fill('KOWAL');
      await expect.poll(() => rows.count()).toBe(1);
      expect(await page.getByText('Showing 1 of 3 candidates.').count()).toBe(1);
      await page.getByRole('button', { name: 'Clear the search and filters' }).click();
      await page.getByLabel('Scoring', { exact: true }).selectOption({ label: 'Incomplete only' });
      await page.getByLabel('Only where interviewers disagree').check();
      await expect.poll(() => rows.count()).toBe(1);
      expect(await rows.nth(0).locator('.row-select').textContent()).toBe('James Whitfield');
      await page.getByRole('button', { name: 'Clear the search and filters' }).click();

      // the heat-map: a candidate per row, a criterion per column, the disagreement marked
      await page.getByRole('button', { name: 'Heat-map by criterion' }).click();
      const heat = page.locator('.heat-map table');
      await heat.waitFor();
      expect(await heat.locator('tbody tr').count()).toBe(3);
      expect(await heat.locator('tbody tr').nth(1).locator('td').first().textContent()).toContain('interviewers two or more points apart');
      expect(await seriousViolations(page, 'Compare heat-map')).toEqual([]);
      await screenshot(page, 'compare-1-heatmap');
      await page.getByRole('button', { name: 'Table', exact: true }).click();

      // James's debrief agenda opens with the largest disagreement
      await page.getByRole('button', { name: 'James Whitfield', exact: true }).click();
      const debrief = page.getByRole('region', { name: 'Debrief agenda' });
      await expect.poll(() => debrief.textContent()).toContain('the interviewers rated it 4 points apart, from 1 to 5.');
      expect(await debrief.textContent()).toContain("Waiting for Chloé Dubois's scorecard");
      const debriefPath = join(app.host.documentsDir, 'james-debrief.docx');
      const name = await download(page, debrief.getByRole('button', { name: 'Export this debrief agenda DOCX…' }), debriefPath);
      await expect.poll(() => page.locator('.notices').textContent(), { timeout: 20_000 }).toContain(`Downloaded ${name}.`);
      expect((await mammoth.extractRawText({ path: debriefPath })).value).toContain('How to run the debrief');

      // weights: scoring has begun, so a change shows before and after, asks why, and is recorded
      await page.getByRole('button', { name: 'Change weights…' }).click();
      const dialog = page.getByRole('dialog');
      const first = dialog.getByRole('spinbutton').first();
      const before = Number(await first.inputValue());
      await first.fill(String(before + 10));
      await expect.poll(() => dialog.locator('tr.changed').count()).toBeGreaterThan(0);
      await dialog.getByRole('button', { name: 'Change the weights' }).click();
      await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('Say why');
      await dialog.getByLabel(/^Why/).fill('The board asked for more weight on customer-experience practice.');
      await screenshot(page, 'compare-2-weights', false);
      expect(await seriousViolations(page, 'Weight dialog')).toEqual([]);
      await dialog.getByRole('button', { name: 'Change the weights' }).click();
      await dialog.waitFor({ state: 'detached' });
      const record = page.getByRole('region', { name: 'Scoring record' });
      await expect.poll(() => record.textContent()).toContain('The board asked for more weight on customer-experience practice.');
      expect(await record.textContent()).toMatch(new RegExp(`Weights changed after scoring began: [^;]+ ${before}% → ${before + 10}%`));
      expect(errors).toEqual([]);
    },
  );

  it('stays quick to search, filter and map at a thousand candidates', { timeout: 180_000 }, async () => {
    const { page, errors } = await openAsLead(
      syntheticProject({ candidates: 1000, interviewers: 4, criteria: 16 }),
      'thousand-compare.cxorole',
    );
    await page.getByText('Page 1 of 20: candidates 1 to 50 of 1000').waitFor({ timeout: 15_000 });
    let started = Date.now();
    await page.getByLabel('Find a candidate by name or role').fill('Candidate 77');
    await page.getByText(/^Showing 11 of 1000 candidates\./).waitFor();
    const search = Date.now() - started;
    await page.getByRole('button', { name: 'Clear the search and filters' }).click();
    started = Date.now();
    await page.getByLabel('Origin', { exact: true }).selectOption({ label: 'Internal only' });
    await page.getByText(/^Showing 250 of 1000 candidates\./).waitFor();
    const filter = Date.now() - started;
    started = Date.now();
    await page.getByRole('button', { name: 'Heat-map by criterion' }).click();
    await page.locator('.heat-map tbody tr').nth(49).waitFor();
    const map = Date.now() - started;
    // generous ceilings: a regression to filtering by re-scoring, or drawing every row, takes seconds
    expect(search).toBeLessThan(1500);
    expect(filter).toBeLessThan(1500);
    expect(map).toBeLessThan(2000);
    expect(errors).toEqual([]);
  });
});

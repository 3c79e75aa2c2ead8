// Interviewers who live in Word: a scorecard pack goes out for one interviewer, comes back filled
// in (as Word writes a choice) and is dropped into the project; an interviewer opens a pack or a
// scorecard file on its own, in interviewer mode, and sees only their own cards.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../core/formats/index.js';
import { serializeProject } from '../core/formats/project.js';
import { fillPack } from '../core/testing/fill-pack.js';
import { sampleHiringProject } from '../core/testing/hiring.js';
import { seriousViolations } from './helpers/axe.js';
import { openApp, screenshot } from './helpers/browser.js';
import { useHostAndBrowser } from './helpers/harness.js';
import { dropFiles, openCandidate, rateAll, recommendAndSubmit, showView } from './helpers/scoring.js';
import { download } from './helpers/download.js';
import { answerFileDialog } from './helpers/wizard.js';

const app = useHostAndBrowser();
const project = sampleHiringProject();

async function openProject() {
  const path = join(app.host.documentsDir, 'packs.cxorole');
  await writeFile(path, serializeProject(project));
  const opened = await openApp(app.browser, app.host.url);
  await opened.page.getByRole('button', { name: 'Open a file…' }).first().click();
  await answerFileDialog(opened.page, path, 'Open');
  await showView(opened.page, 'Candidates');
  return opened;
}

async function exportPack(page: Awaited<ReturnType<typeof openProject>>['page'], interviewer: string, scope: RegExp, path: string) {
  await page.getByRole('button', { name: 'Export a scorecard pack (Word)…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Interviewer', { exact: true }).selectOption({ label: interviewer });
  await dialog.getByRole('radio', { name: scope }).check();
  // the browser host hands the pack to the browser as a download
  const name = await download(page, dialog.getByRole('button', { name: 'Download the pack' }), path);
  expect(name).toMatch(/\.docx$/);
  await expect.poll(() => page.locator('.notices').textContent(), { timeout: 20_000 }).toContain(`Downloaded ${name}.`);
}

describe('scorecard packs', () => {
  it('exports a pack per interviewer and merges it back when dropped: added, and unfilled refused', { timeout: 180_000 }, async () => {
    const { page, errors } = await openProject();
    const packPath = join(app.host.documentsDir, 'ben.docx');
    await exportPack(page, 'Ben Okafor', /^The one candidate this interviewer has not submitted/, packPath);
    const words = (await mammoth.extractRawText({ path: packPath })).value;
    expect(words).toContain('Noor Haddad');
    expect(words).not.toContain('James Whitfield'); // Ben has submitted James and Maria already
    expect(words).not.toContain('Ran the loyalty journey map'); // never another interviewer's notes

    const blank = await readFile(packPath);
    // Ben fills it in Word: every must-have 4 with a note, then Yes
    const filled = fillPack(blank, ({ kind, tag }) =>
      kind === 'text'
        ? { text: 'Named the journey maps and what changed.' }
        : tag?.startsWith('cxo:v')
          ? { text: 'Yes', value: 'yes' }
          : { text: '4', value: '4' },
    );
    await dropFiles(page, [
      { name: 'ben.docx', base64: Buffer.from(filled).toString('base64') },
      { name: 'ben-blank.docx', base64: Buffer.from(blank).toString('base64') },
    ]);
    const report = page.getByRole('region', { name: 'Imported scorecards' });
    await expect.poll(() => report.textContent()).toContain('1 scorecard added:');
    expect(await report.textContent()).toContain('ben.docx · Noor Haddad: Ben Okafor on Noor Haddad');
    expect(await report.textContent()).toContain('ben-blank.docx: Nothing is filled in in this pack yet');
    expect(await seriousViolations(page, 'Import report')).toEqual([]);
    await screenshot(page, 'packs-1-report');
    await openCandidate(page, 'Noor Haddad');
    expect(await page.locator('.status-table').textContent()).toContain('Submitted');
    expect(errors).toEqual([]);
  });

  it('opens a pack on its own, in interviewer mode, fills it in and saves it back', { timeout: 180_000 }, async () => {
    const lead = await openProject();
    const packPath = join(app.host.documentsDir, 'chloe.docx');
    await exportPack(lead.page, 'Chloé Dubois', /^The 2 candidates/, packPath);
    await lead.page.context().close();

    // Chloé, at home: a fresh app, the pack, nothing else
    const { page, errors } = await openApp(app.browser, app.host.url);
    await page.getByRole('button', { name: 'Fill in a scorecard or pack…' }).click();
    await answerFileDialog(page, packPath, 'Open');
    await page.getByRole('heading', { name: 'Scorecards of Chloé Dubois' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Views' }).count()).toBe(0);
    const body = (await page.locator('main').textContent()) ?? '';
    for (const other of ['Ana Souza', 'Ben Okafor', 'Built a voice-of-the-customer']) expect(body).not.toContain(other);
    expect(body).toContain(project.rubric.criteria.find((c) => c.group === 'quality')!.anchors.high);

    await page.getByRole('button', { name: /^Noor Haddad/ }).click();
    // the recommendation waits for every criterion
    const recommendation = page.getByRole('group', { name: 'Your recommendation' }).getByRole('radio', { name: 'Strong yes' });
    expect(await recommendation.isDisabled()).toBe(true);
    await rateAll(page, 4);
    await page.locator('fieldset.rating').first().getByRole('radio', { name: 'Not assessed' }).check();
    expect(await recommendation.isDisabled()).toBe(true);
    await page
      .locator('fieldset.rating')
      .first()
      .getByLabel(/^Why not assessed/)
      .fill('We ran out of time.');
    expect(await recommendation.isDisabled()).toBe(false);
    await recommendAndSubmit(page, 'Strong yes');
    await expect.poll(() => page.getByText('Scorecard for Noor Haddad submitted.').count()).toBe(1);
    expect(await seriousViolations(page, 'Interviewer mode')).toEqual([]);
    await screenshot(page, 'packs-2-interviewer-mode');
    await page.getByRole('button', { name: 'Save the pack' }).click();
    await expect.poll(() => page.locator('.notices').textContent(), { timeout: 20_000 }).toContain(`Saved ${packPath}.`);

    const read = parseFile('scorecardPack', new Uint8Array(await readFile(packPath)));
    if (!read.ok) throw new Error(read.problem.code);
    const noor = read.value.cards.find((c) => c.candidateId === 'noor')!;
    expect(noor.recommendation).toBe('strong-yes');
    expect(noor.ratings[0]).toEqual({ criterionId: noor.ratings[0]!.criterionId, rating: 'not-assessed', evidence: 'We ran out of time.' });
    expect(noor.ratings.slice(1).every((r) => r.rating === 4)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('opens a JSON scorecard file in interviewer mode too, and saves it as JSON', { timeout: 120_000 }, async () => {
    const lead = await openProject();
    await openCandidate(lead.page, 'Noor Haddad');
    const cardPath = join(app.host.documentsDir, 'ana-noor.json');
    await download(
      lead.page,
      lead.page.getByRole('button', { name: 'Export a blank scorecard for Ana Souza to score Noor Haddad' }),
      cardPath,
    );
    await lead.page.context().close();

    const { page, errors } = await openApp(app.browser, app.host.url);
    await page.getByRole('button', { name: 'Fill in a scorecard or pack…' }).click();
    await answerFileDialog(page, cardPath, 'Open');
    await page.getByRole('heading', { name: 'Scorecards of Ana Souza' }).waitFor();
    await rateAll(page, 3);
    await page.getByRole('button', { name: 'Save the scorecard file' }).click();
    await expect.poll(() => page.locator('.notices').textContent(), { timeout: 20_000 }).toContain(`Saved ${cardPath}.`);
    const file = JSON.parse(await readFile(cardPath, 'utf8'));
    expect(file.scorecard.ratings.every((r: { rating: number }) => r.rating === 3)).toBe(true);
    expect(file.scorecard.status).toBe('draft');
    expect(errors).toEqual([]);
  });
});

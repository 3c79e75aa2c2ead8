// Blindness by design, as a panel meets it: nobody sees colleagues' ratings by picking a name; the
// hiring lead sets up, enrols interviewers, reveals or switches independent scoring off only with a
// reason; every such act is on the scoring record in Compare and in the results document.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { serializeProject } from '../core/formats/project.js';
import { sampleHiringProject } from '../core/testing/hiring.js';
import { seriousViolations } from './helpers/axe.js';
import { openApp, screenshot } from './helpers/browser.js';
import { useHostAndBrowser } from './helpers/harness.js';
import { actAs, becomeLead, openCandidate, PASSPHRASE, showView } from './helpers/scoring.js';
import { download } from './helpers/download.js';
import { answerFileDialog } from './helpers/wizard.js';

const app = useHostAndBrowser();

describe('blindness by design', () => {
  it('needs the lead and passphrases to lift it, and records every reveal and change with its reason', { timeout: 180_000 }, async () => {
    const path = join(app.host.documentsDir, 'panel.cxorole');
    await writeFile(path, serializeProject(sampleHiringProject()));
    const { page, errors } = await openApp(app.browser, app.host.url);
    await page.getByRole('button', { name: 'Open a file…' }).first().click();
    await answerFileDialog(page, path, 'Open');
    await showView(page, 'Candidates');

    // nobody chosen: no one's ratings show
    await openCandidate(page, 'James Whitfield');
    const all = page.getByRole('region', { name: 'Every scorecard for James Whitfield' });
    await expect.poll(() => all.textContent()).toContain('Hidden while nobody is chosen under “I am”');
    expect(await all.getByRole('table').count()).toBe(0);

    // an interviewer cannot simply pick a name: the lead must be set up to enrol them
    await page.getByLabel('I am:').selectOption({ label: 'Chloé Dubois' });
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Set up the hiring lead first' }).waitFor();
    expect(await seriousViolations(page, 'Identity dialog')).toEqual([]);
    await dialog.getByRole('button', { name: 'Set up the hiring lead…' }).click();
    await dialog.getByLabel('Name of the hiring lead').fill('Maria Lopez');
    await dialog.getByLabel('New passphrase').fill('short');
    await dialog.getByLabel('The same passphrase again').fill('short');
    await dialog.getByRole('button', { name: 'Set up the hiring lead' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe('The passphrase is too short.');
    await dialog.getByLabel('New passphrase').fill(PASSPHRASE);
    await dialog.getByLabel('The same passphrase again').fill(PASSPHRASE);
    await dialog.getByRole('button', { name: 'Set up the hiring lead' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('#acting-as-hint').textContent()).toContain('Signed in as the hiring lead, Maria Lopez');

    // the lead enrols Chloé, whose card for James is a draft: the others stay hidden from her
    await actAs(page, 'Chloé Dubois');
    const others = page.getByRole('region', { name: 'Other interviewers’ scorecards for James Whitfield' });
    await expect.poll(() => others.textContent()).toContain('Hidden until you submit your own scorecard');
    const off = page.getByRole('button', { name: 'Switch independent scoring off…' });
    expect(await off.getAttribute('aria-disabled')).toBe('true');
    expect(await page.getByText('Only the hiring lead can switch it off.').count()).toBe(1);

    // Chloé cannot become Ana, who has submitted: Ana's first passphrase needs the lead's
    await page.getByLabel('I am:').selectOption({ label: 'Ana Souza' });
    await dialog.getByLabel('New passphrase').fill('not really ana');
    await dialog.getByLabel('The same passphrase again').fill('not really ana');
    await dialog.getByLabel(/^Passphrase of the hiring lead/).fill('a guess at it');
    await dialog.getByRole('button', { name: 'Save the passphrase and continue' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe('That is not the hiring lead’s passphrase.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByLabel('I am:').inputValue()).toBe('chloe');
    expect(await others.textContent()).toContain('Hidden until you submit your own scorecard');

    // the lead reveals James's ratings to Chloé, with a reason; it cannot be done without one
    await becomeLead(page);
    await page.getByRole('button', { name: 'Reveal the panel’s ratings of James Whitfield to Chloé Dubois' }).click();
    await dialog.getByRole('button', { name: 'Reveal' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('Say why');
    await dialog.getByLabel(/^Why/).fill('Chloé joined late and prepares the debrief.');
    await dialog.getByRole('button', { name: 'Reveal' }).click();
    await dialog.waitFor({ state: 'detached' });
    await actAs(page, 'Chloé Dubois');
    await expect.poll(() => others.getByRole('table', { name: 'Ratings by Ana Souza' }).count()).toBe(1);
    await screenshot(page, 'panel-1-revealed');

    // only the lead switches independent scoring off, and says why
    await becomeLead(page);
    await off.click();
    await dialog.getByLabel(/^Why/).fill('Debrief day: everyone has scored who will.');
    await dialog.getByRole('button', { name: 'Switch it off' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByText('Independent scoring off', { exact: true }).count()).toBe(1);

    // the record, in Compare
    await showView(page, 'Compare');
    const record = page.getByRole('region', { name: 'Scoring record' });
    await expect.poll(() => record.textContent()).toContain('Chloé joined late and prepares the debrief.');
    const text = (await record.textContent()) ?? '';
    expect(text).toContain('Maria Lopez became the hiring lead.');
    expect(text).toContain('Chloé Dubois chose a passphrase, enrolled by the hiring lead.');
    expect(text).toContain("Chloé Dubois was shown the panel's ratings of James Whitfield before submitting their own.");
    expect(text).toContain('Debrief day: everyone has scored who will.');
    expect(text).toContain('Maria Lopez (passphrase checked)');
    expect(await record.getByRole('alert').count()).toBe(0);
    await screenshot(page, 'panel-2-record');

    // and in the results document; the file keeps the record, and no passphrase in words
    const resultsPath = join(app.host.documentsDir, 'panel-results.docx');
    await download(page, page.getByRole('button', { name: 'Export results DOCX…' }), resultsPath);
    const results = (await mammoth.extractRawText({ path: resultsPath })).value;
    expect(results).toContain('Scoring record');
    expect(results).toContain('Chloé joined late and prepares the debrief.');
    await page.getByRole('button', { name: 'Save', exact: true }).first().click();
    await expect.poll(() => page.getByText(`Saved to ${path}.`).count(), { timeout: 10_000 }).toBe(1);
    const saved = await readFile(path, 'utf8');
    expect(saved).not.toContain(PASSPHRASE);
    expect(JSON.parse(saved).hiring.log.map((e: { kind: string }) => e.kind)).toEqual([
      'lead-set',
      'passphrase-set',
      'reveal',
      'independence',
    ]);
    expect(errors).toEqual([]);
  });
});

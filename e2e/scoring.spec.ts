// A hiring team scores two candidates against the rubric: one interviewer in the app, the other
// partly on a scorecard file filled in away from it. The Compare view ranks them as the ratings
// imply, flags where the interviewers disagree, and the results export says the same.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { serializeProject } from '../core/formats/project.js';
import { templateProject } from '../core/testing/roles.js';
import { download } from './helpers/download.js';
import { useHostAndBrowser } from './helpers/harness.js';
import { openApp, screenshot } from './helpers/browser.js';
import {
  actAs,
  addCandidate,
  addInterviewer,
  becomeLead,
  dropFiles,
  openCandidate,
  rateAll,
  recommendAndSubmit,
  showView,
} from './helpers/scoring.js';
import { answerFileDialog, chooseTemplate, currentStepTitle, nameApplicationContact, next } from './helpers/wizard.js';

const app = useHostAndBrowser();

const PRIYA = 'Priya Natarajan';
const TOMAS = 'Tomás Herrera';
const ALEX = 'Alex Moreau';
const BEA = 'Bea Lindqvist';

describe('scoring candidates against the rubric', () => {
  it('scores in the app and by file, keeps scoring independent, compares and exports the results', { timeout: 180_000 }, async () => {
    const { page, errors } = await openApp(app.browser, app.host.url);
    await chooseTemplate(page, /Chief Experience Officer/);
    await page.getByLabel('Company name').fill('Harbour Bank');
    await nameApplicationContact(page);
    while ((await currentStepTitle(page)) !== 'Rubric') await next(page);

    // the step check finds a blank anchor, unfolds its criterion and puts the focus on it
    await page.getByText('Anchors, questions and evidence').first().click();
    const anchor = page.getByLabel(/^A rating of 3 looks like/).first();
    const anchorText = await anchor.inputValue();
    await anchor.fill('');
    await screenshot(page, 'scoring-0-criterion', false);
    await page.getByText('Anchors, questions and evidence').first().click();
    await next(page);
    await expect.poll(() => anchor.getAttribute('aria-invalid')).toBe('true');
    expect(await anchor.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByText('Describe what this rating looks like.').count()).toBe(1);
    await anchor.fill(anchorText);

    // Rubric: two interview stages that between them assess every criterion
    await addInterviewer(page, PRIYA);
    await addInterviewer(page, TOMAS);
    await page.getByRole('button', { name: 'Share the criteria out' }).click();
    await expect.poll(() => page.getByText('Every criterion is assessed by at least one interviewer').count()).toBe(1);
    const matrix = page.getByRole('region', { name: 'Criteria each interviewer assesses' });
    const boxes = matrix.getByRole('checkbox');
    expect(await boxes.count()).toBeGreaterThan(0);
    for (const box of await boxes.all()) expect(await box.isChecked()).toBe(true);
    await screenshot(page, 'scoring-1-rubric');

    // Candidates
    await showView(page, 'Candidates');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Candidates');
    await addCandidate(page, ALEX, 'COO, Harbour Bank', 'Internal');
    await addCandidate(page, BEA, 'Head of Customer Experience, Nordbank', 'External');

    // the hiring lead sets up, then enrols each interviewer the first time they score
    await becomeLead(page);
    // Priya scores both candidates in the app; Submit first refuses an empty card and says why
    await actAs(page, PRIYA);
    await openCandidate(page, ALEX);
    const criteria = await page.locator('fieldset.rating > legend').allTextContents();
    expect(criteria.length).toBeGreaterThan(10);
    await page.getByRole('button', { name: 'Submit scorecard' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'missing before this scorecard can be submitted' }).count()).toBe(1);
    await rateAll(page, 4);
    await recommendAndSubmit(page, 'Yes');
    await expect.poll(() => page.getByText(`Scorecard for ${ALEX} submitted.`).count()).toBe(1);
    await openCandidate(page, BEA);
    await rateAll(page, 3);
    await recommendAndSubmit(page, 'No');
    await expect.poll(() => page.getByText(`Scorecard for ${BEA} submitted.`).count()).toBe(1);

    // Tomás scores Alex away from the app: a blank scorecard goes out as a file and comes back filled in
    await openCandidate(page, ALEX);
    const cardPath = join(app.host.documentsDir, 'tomas-alex.json');
    await download(page, page.getByRole('button', { name: `Export a blank scorecard for ${TOMAS} to score ${ALEX}` }), cardPath);
    await expect.poll(() => page.getByText(/^Downloaded the blank scorecard /).count()).toBe(1);
    const file = JSON.parse(await readFile(cardPath, 'utf8'));
    expect(file.criteria).toHaveLength(criteria.length);
    file.scorecard.ratings = file.scorecard.ratings.map((r: { criterionId: string }) => ({
      ...r,
      rating: 4,
      evidence: 'Led the NPS programme at a bank.',
    }));
    file.scorecard.recommendation = 'strong-yes';
    file.scorecard.status = 'submitted';
    file.scorecard.submittedAt = new Date().toISOString();
    const filled = JSON.stringify(file, null, 2);
    await writeFile(cardPath, filled);
    await page.getByRole('button', { name: 'Import scorecards and packs…' }).click();
    await answerFileDialog(page, cardPath, 'Open');
    const report = page.getByRole('region', { name: 'Imported scorecards' });
    await expect.poll(() => report.textContent()).toContain('1 scorecard added:');
    expect(await report.textContent()).toContain(`tomas-alex.json: ${TOMAS} on ${ALEX}`);

    // Dropped files: the same card again is skipped, a changed one waits as a conflict, a broken one is named
    const changed = JSON.parse(filled);
    changed.scorecard.ratings[0].rating = 1;
    await dropFiles(page, [
      { name: 'tomas-alex-copy.json', text: filled },
      { name: 'tomas-alex-changed.json', text: JSON.stringify(changed) },
      { name: 'notes.json', text: '{"kind": "something else"}' },
    ]);
    await expect.poll(() => report.textContent()).toContain('1 file identical to what the project has, skipped:');
    expect(await report.textContent()).toContain('notes.json: This is not a CXO Role Studio scorecard file.');
    const conflict = report.getByRole('article');
    expect(await conflict.textContent()).toContain(`${TOMAS} on ${ALEX} (tomas-alex-changed.json)`);
    const firstRow = conflict.getByRole('row', { name: new RegExp(`^${criteria[0]!.slice(0, 30)}`) });
    expect(await firstRow.getByRole('cell').allTextContents()).toEqual([
      '4Led the NPS programme at a bank.',
      '1Led the NPS programme at a bank.',
    ]);
    await screenshot(page, 'scoring-2-candidates');
    await conflict.getByRole('button', { name: 'Keep existing' }).click();
    await expect.poll(() => report.getByRole('article').count()).toBe(0);
    await report.getByRole('button', { name: 'Close the summary' }).click();

    // Tomás scores Bea in the app; until he submits, Priya's ratings of Bea stay hidden from him
    await actAs(page, TOMAS);
    await openCandidate(page, BEA);
    const others = page.getByRole('region', { name: `Other interviewers’ scorecards for ${BEA}` });
    expect(await others.textContent()).toContain('Hidden until you submit your own scorecard');
    expect(await others.textContent()).not.toContain(PRIYA);
    expect(await others.getByRole('table').count()).toBe(0);
    await rateAll(page, 3, { 0: 5 });
    await screenshot(page, 'scoring-3-scorecard');
    expect(await others.textContent()).not.toContain(PRIYA);
    await recommendAndSubmit(page, 'Yes');
    await expect.poll(() => others.textContent()).toContain(PRIYA);
    expect(await others.getByRole('table', { name: `Ratings by ${PRIYA}` }).count()).toBe(1);

    // Compare shows every rating: while scoring is independent it opens to the hiring lead only
    await showView(page, 'Compare');
    await page.getByRole('heading', { name: 'Compare is for the hiring lead while scoring is independent' }).waitFor();
    expect(await page.locator('.compare-table').count()).toBe(0);
    await showView(page, 'Candidates');
    await becomeLead(page);
    // Compare: Alex (all 4s) ranks above Bea (3s, one criterion 3 against 5), whose disagreement is flagged
    await showView(page, 'Compare');
    const rows = page.locator('.compare-table tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).locator('th .row-select').textContent()).toBe(ALEX);
    expect(await rows.nth(1).locator('th .row-select').textContent()).toBe(BEA);
    expect(await rows.nth(0).locator('.rank-cell').textContent()).toBe('1');
    expect(await rows.nth(1).locator('td').nth(4).textContent()).toBe('1');
    expect(await rows.nth(0).locator('.raw').textContent()).toBe('raw 75.0');
    await page.getByLabel('Adjust for interviewer severity').uncheck();
    expect(await rows.nth(0).locator('.score').textContent()).toBe('75.0');
    const scoreHeader = page.getByRole('columnheader', { name: 'Score' });
    expect(await scoreHeader.getAttribute('aria-sort')).toBe('descending');
    await page.getByRole('button', { name: 'Candidate', exact: true }).press('Enter');
    expect(await page.getByRole('columnheader', { name: 'Candidate' }).getAttribute('aria-sort')).toBe('ascending');
    await page.getByRole('button', { name: BEA, exact: true }).click();
    const detail = page.getByRole('region', { name: BEA });
    await expect.poll(() => detail.textContent()).toContain('Disagreements (1)');
    expect(await detail.textContent()).toContain(`${criteria[0]} rated ${PRIYA} 3, ${TOMAS} 5: 2 points apart`);
    await page.getByLabel('Adjust for interviewer severity').check();
    await expect.poll(() => page.getByRole('columnheader', { name: 'Adjusted score' }).count()).toBe(1);
    expect(await rows.nth(0).locator('.raw').textContent()).toMatch(/^raw \d+\.\d$/);
    expect(await rows.nth(0).locator('.interval').textContent()).toMatch(/^95%: \d+–\d+$/);
    await screenshot(page, 'scoring-4-compare');

    // The results document names both candidates and the disagreement
    const resultsPath = join(app.host.documentsDir, 'results.docx');
    await download(page, page.getByRole('button', { name: 'Export results DOCX…' }), resultsPath);
    const text = (await mammoth.extractRawText({ path: resultsPath })).value;
    expect(text).toContain(ALEX);
    expect(text).toContain(BEA);
    expect(text).toContain(criteria[0]);

    // the rubric goes out from the Review step, beside the job description
    await showView(page, 'Role design');
    await next(page);
    expect(await currentStepTitle(page)).toBe('Review');
    const rubricPath = join(app.host.documentsDir, 'rubric.docx');
    await download(page, page.getByRole('button', { name: 'Export rubric DOCX…' }), rubricPath);
    const rubricText = (await mammoth.extractRawText({ path: rubricPath })).value;
    expect(rubricText).toContain(criteria[0]);
    expect(rubricText).toContain(anchorText);
    expect(errors).toEqual([]);
  });

  it('stays quick with a thousand candidates, and asks before removing one with scorecards', { timeout: 120_000 }, async () => {
    const path = join(app.host.documentsDir, 'thousand.cxorole');
    await writeFile(path, serializeProject(thousandCandidates()));
    const { page, errors } = await openApp(app.browser, app.host.url);
    await page.getByRole('button', { name: 'Open a file…' }).first().click();
    await answerFileDialog(page, path, 'Open');
    // a 4.7 MB project is read and validated before it opens
    await expect.poll(() => page.getByText(`Opened ${path}.`).count(), { timeout: 15_000 }).toBe(1);
    await showView(page, 'Candidates');
    await becomeLead(page);

    let started = Date.now();
    await showView(page, 'Compare');
    await page.getByText('Page 1 of 20: candidates 1 to 50 of 1000').waitFor();
    const firstView = Date.now() - started;
    expect(await page.locator('.compare-table tbody tr').count()).toBe(50);
    started = Date.now();
    await page.getByRole('button', { name: 'Missing ratings' }).click();
    await expect.poll(() => page.getByRole('columnheader', { name: 'Missing ratings' }).getAttribute('aria-sort')).toBe('descending');
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByText('Page 2 of 20: candidates 51 to 100 of 1000').waitFor();
    const sortAndPage = Date.now() - started;
    // generous ceilings: a regression to recomputing per row or drawing every row takes seconds
    expect(firstView).toBeLessThan(3000);
    expect(sortAndPage).toBeLessThan(1500);

    await showView(page, 'Candidates');
    await page.getByLabel('Find a candidate').fill('Candidate 0007');
    await openCandidate(page, 'Candidate 0007');
    await page.getByRole('button', { name: 'Remove candidate' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.textContent()).toContain('Candidate 0007 has 2 scorecards.');
    await dialog.getByRole('button', { name: 'Remove Candidate 0007 and their scorecards' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Candidates (999)' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });
});

/** 1,000 candidates, each scored by two interviewers on every criterion, ratings spread 1–5. */
function thousandCandidates() {
  const project = templateProject('cxo');
  project.role.company.name = 'Harbour Bank';
  project.role.application.contact = 'Sam Patel, careers@harbour.example';
  const interviewers = [
    { id: 'i-1', name: PRIYA, focus: [] },
    { id: 'i-2', name: TOMAS, focus: [] },
  ];
  const candidates = Array.from({ length: 1000 }, (_, n) => ({
    id: `c-${n}`,
    name: `Candidate ${String(n).padStart(4, '0')}`,
    currentRole: 'Director of Customer Experience',
    origin: n % 3 === 0 ? ('internal' as const) : ('external' as const),
  }));
  const stamp = '2026-03-01T10:00:00.000Z';
  const scorecards = candidates.flatMap((c, n) =>
    interviewers.map((i, k) => ({
      id: `sc-${c.id}-${i.id}`,
      candidateId: c.id,
      interviewerId: i.id,
      status: 'submitted' as const,
      // every 10th candidate has a gap, so the missing-ratings column has something to sort
      ratings: project.rubric.criteria.map((cr, j) => ({
        criterionId: cr.id,
        rating: n % 10 === 0 && j === 0 ? null : ((n + j * 3 + k * 2) % 5) + 1,
        evidence: '',
      })),
      recommendation: (['strong-no', 'no', 'yes', 'strong-yes'] as const)[(n + k) % 4]!,
      updatedAt: stamp,
      submittedAt: stamp,
    })),
  );
  project.hiring = { ...project.hiring, independentScoring: true, interviewers, candidates, scorecards };
  return project;
}

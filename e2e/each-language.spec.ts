// The app in each translated language, as a person of that language meets it: their system picks
// the interface on its own (every translation is complete), the Start screen offers the language's
// editions, and every wizard step, every view of a hiring file and the References read in the
// language at 1280×800 and 1024×700, with nothing clipped, no raw key, no English left over and
// figures with the decimal comma. The languages, and what only one of them checks, are data in
// helpers/each-language.ts. Screenshots go to screenshots/<language>/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serializeProject } from '../core/formats/project.js';
import endonyms from '../core/i18n/endonyms.json';
import { translator } from '../core/i18n/index.js';
import { englishOnlyLines, englishOnlyPhrases } from '../core/testing/english-only.js';
import { seriousViolations } from './helpers/axe.js';
import { LANGUAGE_TOURS, type LanguageTour } from './helpers/each-language.js';
import { useHostAndBrowser } from './helpers/harness.js';
import { clippedText, type Clipped } from './helpers/layout.js';

const app = useHostAndBrowser();
const RAW_KEY = /\b(?:ui|jd|language|languages|scoring|review|boardPack|panel|vocab|errors|cli|rubricContent)\.[a-zA-Z-]+\.[a-zA-Z.-]+\b/;

/** The English a page's text still holds, read the way the language's tour reads it. */
function englishFinder({ locale, leftover }: LanguageTour): (body: string) => string[] {
  if (leftover === 'phrases') {
    const phrases = englishOnlyPhrases(locale);
    return (body) => phrases.filter((phrase) => body.includes(phrase));
  }
  // the interface picker names each language in itself ("English"): that is not English left over
  const lines = new Set([...englishOnlyLines(locale)].filter((line) => !Object.values(endonyms).includes(line)));
  return (body) => body.split('\n').flatMap((line) => (lines.has(line.trim()) ? [line.trim()] : []));
}

/** Sets up the hiring lead in the open file, as the Candidates view offers, and opens a candidate's scorecards. */
async function actAsHiringLead(page: Page, tour: LanguageTour, lead: { name: string; passphrase: string; candidate: RegExp }) {
  const t = translator(tour.locale);
  await page
    .locator('nav.view-switch')
    .getByRole('button', { name: t('ui.views.candidates'), exact: true })
    .click();
  await page.getByRole('heading', { level: 1, name: t('ui.candidates.title') }).waitFor();
  await page.getByLabel(t('ui.candidates.actingAs')).selectOption({ label: t('ui.panel.leadSetupOption') });
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(t('ui.panel.leadName')).fill(lead.name);
  await dialog.getByLabel(t('ui.panel.newPassphrase')).fill(lead.passphrase);
  await dialog.getByLabel(t('ui.panel.passphraseAgain')).fill(lead.passphrase);
  await dialog.getByRole('button', { name: t('ui.panel.identity.setup.submit') }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.locator('.candidate-list').getByRole('button', { name: lead.candidate }).click();
}

for (const tour of LANGUAGE_TOURS)
  describe(`the app in ${tour.name}`, () => {
    const t = translator(tour.locale);
    const dir = `screenshots/${tour.folder}`;
    const findEnglish = englishFinder(tour);

    it.each([
      [1280, 800],
      [1024, 700],
    ])(
      `starts in ${tour.name} at %i×%i, offers the ${tour.name} editions and reads in ${tour.name} everywhere`,
      async (width, height) => {
        mkdirSync(dir, { recursive: true });
        const fileName = `${tour.fileName}-${width}.cxorole`;
        const path = join(app.host.documentsDir, fileName);
        writeFileSync(path, serializeProject(tour.hiring()));

        const context = await app.browser.newContext({ viewport: { width, height }, locale: tour.systemLocale });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(app.host.url);
        await page.locator('.template-card').first().waitFor();
        expect(await page.locator('html').getAttribute('lang')).toBe(tour.locale);
        expect(await page.locator('.translation-notice').count()).toBe(0);

        const problems: (Clipped & { where: string })[] = [];
        const english: string[] = [];
        const look = async (where: string) => {
          // views load on first use: wait for the chunk and the view's heading before looking
          await page.waitForLoadState('networkidle');
          await page.locator('h1').first().waitFor();
          await page.waitForTimeout(150);
          await page.screenshot({ path: `${dir}/${width}-${where}.png` });
          await page.screenshot({ path: `${dir}/${width}-${where}-full.png`, fullPage: true });
          problems.push(...(await clippedText(page)).map((c) => ({ ...c, where })));
          const body = await page.locator('body').innerText();
          expect(body, where).not.toMatch(RAW_KEY);
          // scores and means with a decimal comma, as every one of these languages writes them ("78,2", not "78.2")
          for (const figure of await page.locator('.score, .raw, .interval, .heat-map td').allInnerTexts())
            expect(figure, where).not.toMatch(/\d\.\d/);
          english.push(...findEnglish(body).map((text) => `${where}: ${text}`));
        };

        await look('01-start');
        const cards = page.locator('.template-card');
        expect(await cards.first().textContent()).toContain(tour.startCard);
        await cards.first().click();
        await page.locator('nav.progress').waitFor();
        expect(await page.locator('#field-title, input[id$="title"]').first().inputValue()).toBe(tour.title);
        await page.getByLabel(t('ui.company.name')).fill(tour.company);
        const steps = page.locator('nav.progress button');
        for (let i = 1; i < (await steps.count()); i += 1) {
          await steps.nth(i).click();
          await look(`${String(i + 1).padStart(2, '0')}-step`);
        }
        const jd = page.locator('article.jd').first();
        expect(await jd.getAttribute('lang')).toBe(tour.locale);
        expect(await jd.textContent()).toContain(tour.title);
        if (width === 1280) expect(await seriousViolations(page, `Review, in ${tour.name}`)).toEqual([]);

        // a hiring process in the language: candidates, Compare and the board's review.
        // Open a file… sits behind the File button where the header is short of room
        const file = page.getByRole('button', { name: t('ui.actions.file'), exact: true });
        if (await file.isVisible()) await file.click();
        await page
          .locator('.app-header')
          .getByRole('button', { name: t('ui.actions.open') })
          .click();
        // the role just started has unsaved changes: the app asks, in the language, before letting them go
        await page.getByRole('button', { name: t('ui.confirm.discard'), exact: true }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByLabel(t('ui.fileDialog.path')).fill(path);
        await dialog.getByRole('button', { name: t('ui.fileDialog.open'), exact: true }).click();
        await page.locator('.file-dialog').waitFor({ state: 'detached' });
        await page.locator('.app-header').getByText(fileName).waitFor();
        if (tour.scoring.kind === 'lead') {
          await actAsHiringLead(page, tour, tour.scoring);
          await look('view-scorecard');
        }
        const views = page.locator('nav.view-switch button');
        await views.first().waitFor();
        for (let i = 0; i < (await views.count()); i += 1) {
          await views.nth(i).click();
          await look(`view-${i + 1}`);
        }
        if (tour.scoring.kind !== 'locked') {
          // Compare shows its table, and writes each score with the decimal comma
          await page
            .locator('nav.view-switch')
            .getByRole('button', { name: t('ui.views.compare'), exact: true })
            .click();
          expect(await page.locator('.compare-table .score').first().textContent()).toMatch(/^\d+,\d$/);
        }

        // the References, every source cited in the language's words: in the header, or behind the File button
        const inHeader = page.locator('.header-references');
        if (await inHeader.isVisible()) await inHeader.click();
        else {
          await file.click();
          await page.getByRole('button', { name: t('sources.view.open'), exact: true }).click();
        }
        await page.getByRole('heading', { level: 1, name: t('sources.view.title') }).waitFor();
        await look('references');
        if (tour.references) expect(await page.locator('main').innerText()).toContain(tour.references);
        await context.close();
        expect(errors).toEqual([]);
        expect(english).toEqual([]);
        expect(problems, problems.map((p) => `${p.where}: ${p.what} “${p.text}”`).join('\n')).toEqual([]);
      },
      240_000,
    );
  });

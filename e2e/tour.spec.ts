// A new user's walk through the whole app at the three sizes testers use (1280×800, 1024×700,
// 1920×1080): the Start screen, every wizard step, the scorecard, Compare and Board review. At
// each stop: axe finds nothing serious, the header holds one line with the role's full name, and
// (SCREENSHOTS=1) a screenshot is saved for a person to look at.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serializeProject } from '../core/formats/project.js';
import { reviewedProject } from '../core/testing/review.js';
import { seriousViolations } from './helpers/axe.js';
import { openApp, screenshot } from './helpers/browser.js';
import { useHostAndBrowser } from './helpers/harness.js';
import { actAs, becomeLead, openCandidate, showView } from './helpers/scoring.js';
import { answerFileDialog } from './helpers/wizard.js';

const app = useHostAndBrowser();

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
  { width: 1920, height: 1080 },
] as const;

const TITLE = 'Chief Customer and Employee Experience Officer';

/** The header keeps its parts on one row and shows the role's whole name. */
async function headerFits(page: Page): Promise<string[]> {
  return page.evaluate((title) => {
    const problems: string[] = [];
    // wrapped: one of the header's parts sits wholly below another, on a row of its own
    const parts = [...(document.querySelector('.app-header')?.children ?? [])]
      .map((el) => el.getBoundingClientRect())
      .filter((box) => box.width > 0); // a part hidden at this width takes no row
    if (parts.some((a) => parts.some((b) => a.top >= b.bottom - 1))) problems.push('header wraps onto a second row');
    const name = document.querySelector<HTMLElement>('.doc-title');
    if (name && (name.textContent !== title || name.scrollWidth > name.clientWidth + 1))
      problems.push(`role name cut: ${name.textContent}`);
    return problems;
  }, TITLE);
}

describe('a walk through every view', () => {
  it.each(SIZES)('at $width×$height', { timeout: 240_000 }, async ({ width, height }) => {
    const project = reviewedProject();
    project.role.title = TITLE;
    const path = join(app.host.documentsDir, `tour-${width}.cxorole`);
    writeFileSync(path, serializeProject(project));
    const { page, errors } = await openApp(app.browser, app.host.url);
    await page.setViewportSize({ width, height });
    const size = `${width}x${height}`;
    const found: unknown[] = [];
    const problems: string[] = [];
    const stop = async (name: string) => {
      await page.waitForTimeout(150);
      found.push(...(await seriousViolations(page, `${name} at ${size}`)));
      problems.push(...(await headerFits(page)).map((p) => `${name}: ${p}`));
      await screenshot(page, `tour-${size}-${name}`, false);
    };

    await stop('start');
    await page.getByRole('button', { name: 'Open a file…' }).first().click();
    await answerFileDialog(page, path, 'Open');
    await page.getByLabel('Company name').waitFor();
    const steps = page.getByRole('navigation', { name: 'Steps' }).getByRole('button');
    for (let i = 1; i < (await steps.count()); i += 1) {
      await steps.nth(i).click();
      await stop(`step-${i + 1}`);
    }
    await showView(page, 'Candidates');
    // under independent scoring the hiring lead enrols an interviewer the first time they score
    await becomeLead(page);
    await actAs(page, 'Ana Souza');
    await openCandidate(page, 'James Whitfield');
    await stop('scorecard');
    await showView(page, 'Compare');
    await stop('compare');
    await showView(page, 'Board review');
    await stop('board-review');
    expect(found).toEqual([]);
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
  });
});

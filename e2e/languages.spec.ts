// Two languages at once: an English interface writing a Polish job description. The document's
// language drives the preview (its lang, its dates) and the language check's rules; the interface
// language is chosen in the header, loads on demand and is remembered on this device.
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './helpers/axe.js';
import { openApp, screenshot } from './helpers/browser.js';
import { useHostAndBrowser } from './helpers/harness.js';
import { goToStep, languagePanel, textBox } from './helpers/language.js';
import { chooseTemplate } from './helpers/wizard.js';

const app = useHostAndBrowser();

describe('interface and document languages', () => {
  it('writes a Polish job description from an English interface, then switches the interface', { timeout: 120_000 }, async () => {
    const { page, errors } = await openApp(app.browser, app.host.url);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await chooseTemplate(page, /Chief Experience Officer/);
    await page.getByLabel('Company name').fill('Północ Sp. z o.o.');

    // the role's language, apart from the interface's
    await page.getByLabel('Language of the job description').selectOption('pl');
    // Polish is translated: no warning that headings may print in English
    const languageField = page.locator('.field').filter({ has: page.locator('#field-locale') });
    await expect.poll(() => page.locator('#field-locale').inputValue()).toBe('pl');
    expect(await languageField.textContent()).not.toContain('still being translated');
    await goToStep(page, 'Objectives');
    await textBox(page, 'Purpose statement').fill('Szukamy osoby młodej i dynamicznej, z dobrą prezencją, która poprowadzi zmianę.');

    await goToStep(page, 'Review');
    const jd = page.locator('article.jd');
    expect(await jd.getAttribute('lang')).toBe('pl');
    // Polish month names in the document, whatever the interface speaks
    expect(await jd.locator('.jd-footer').textContent()).toMatch(
      /\d{1,2} (stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia) \d{4}/,
    );
    const panel = languagePanel(page);
    await expect.poll(async () => (await panel.textContent()) ?? '').toContain('“młodej i dynamicznej”');
    expect(await panel.textContent()).toContain('“dobrą prezencją”');
    expect(await panel.textContent()).toContain('Kodeks pracy');
    expect(await panel.textContent()).toContain('Not measured in this language');
    expect(await seriousViolations(page, 'Review, Polish document')).toEqual([]);
    await screenshot(page, 'languages-polish-document');

    // the interface switches to Italian on demand; the document stays Polish
    const picker = page.getByLabel('Interface language');
    await picker.selectOption('it');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('it');
    expect(await page.getByLabel("Lingua dell'interfaccia").inputValue()).toBe('it');
    expect(await jd.getAttribute('lang')).toBe('pl');

    // remembered on this device: a fresh page starts in Italian
    const again = await openApp(app.browser, app.host.url);
    await again.page.locator('.template-card').first().waitFor();
    expect(await again.page.locator('html').getAttribute('lang')).toBe('it');
    // Italian is complete: no notice that some words are still English
    expect(await again.page.locator('.translation-notice').count()).toBe(0);
    await again.page.getByLabel("Lingua dell'interfaccia").selectOption('en');
    await expect.poll(() => again.page.locator('html').getAttribute('lang')).toBe('en');
    expect(errors).toEqual([]);
    expect(again.errors).toEqual([]);
  });
});

// Exports in the browser host are ordinary browser downloads: this presses the button, waits for
// the browser's download and keeps the file at `to`, as a user finds it in their downloads.
import type { Locator, Page } from 'playwright-core';

export async function download(page: Page, button: Locator, to: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  await file.saveAs(to);
  return file.suggestedFilename();
}

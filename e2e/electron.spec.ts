// The real Electron shell, where its binary exists. Machines that reach only the npm registry
// cannot download it; there this test is skipped and says so.
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { electronBinary } from '../scripts/electron-binary.mjs';

const binary = electronBinary();
if (!binary) console.warn("Electron's binary is not installed on this machine: the Electron e2e test is skipped.");

describe.skipIf(!binary)('the Electron shell', () => {
  it('opens the wizard in a hardened window', async () => {
    const app = await electron.launch({ executablePath: binary!, args: ['.'] });
    try {
      const window = await app.firstWindow();
      await window
        .getByRole('button', { name: /Chief Experience Officer/ })
        .first()
        .waitFor();
      expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      expect(await window.evaluate(() => Object.keys((window as unknown as { cxo: object }).cxo).sort())).toEqual(['invoke', 'on']);
    } finally {
      await app.close();
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { AppInfo } from '../../core/contract';
import { LOCALES, TRANSLATION_IN_PROGRESS, isComplete } from '../../core/i18n/locales';
import { chooseInterfaceLanguage } from './interfaceLanguage';

const info = (patch: Partial<AppInfo>): AppInfo => ({
  host: 'web',
  nativeDialogs: false,
  shell: false,
  documentsDir: '/tmp',
  version: '0',
  openAtLaunch: null,
  interfaceLanguage: null,
  systemLocales: [],
  ...patch,
});

describe('the interface language at start', () => {
  it('is the one chosen on this device, even one still being translated', () => {
    expect(chooseInterfaceLanguage(info({ interfaceLanguage: 'pl' }), '', ['en-GB'])).toBe('pl');
  });

  it('otherwise follows the system, but only into a language whose translation is complete', () => {
    for (const locale of LOCALES.filter(isComplete))
      expect(chooseInterfaceLanguage(info({ systemLocales: [`${locale}-XX`] }), '', [])).toBe(locale);
    for (const locale of TRANSLATION_IN_PROGRESS)
      expect(chooseInterfaceLanguage(info({ systemLocales: [`${locale}-XX`] }), '', [])).toBe('en');
    // Polish is complete: a Polish system starts in Polish
    expect(chooseInterfaceLanguage(info({ systemLocales: ['pl-PL'] }), '', ['en-GB'])).toBe('pl');
    expect(chooseInterfaceLanguage(null, '', ['en-US'])).toBe('en');
  });

  it('takes ?lang= first, the only way to the pseudo-locale', () => {
    expect(chooseInterfaceLanguage(info({ interfaceLanguage: 'pl' }), '?lang=en-XA', [])).toBe('en-XA');
    expect(chooseInterfaceLanguage(info({}), '?lang=uk', [])).toBe('uk');
    expect(chooseInterfaceLanguage(info({}), '?lang=xx', [])).toBe('en');
  });
});

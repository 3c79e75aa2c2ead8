import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { invoke } from './host/invoke';
import { loadLocale } from '../../core/i18n/index';
import { startI18n } from './i18n';
import { chooseInterfaceLanguage } from './interfaceLanguage';
import './styles.css';

async function start(root: HTMLElement) {
  // the interface language is known before the first paint, so no screen flashes in another language.
  // The likeliest language (the address's or the browser's) loads while the host is asked for the
  // saved choice, instead of after it: one round trip less before the first screen.
  const likely = loadLocale(chooseInterfaceLanguage(null, location.search, navigator.languages)).catch(() => undefined);
  const info = await invoke('app:info', {});
  await likely;
  const i18n = await startI18n(chooseInterfaceLanguage(info.ok ? info.value : null, location.search, navigator.languages));
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (root) void start(root);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadConfig } from './config';
import { I18nProvider, initialLanguage } from './i18n/i18n';
import './styles.css';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const language = initialLanguage(window.location.search, storage());
// ?lang= has been remembered; the address goes back to plain, so a later switch is not undone by a reload.
const url = new URL(window.location.href);
if (url.searchParams.has('lang')) {
  url.searchParams.delete('lang');
  window.history.replaceState(null, '', url.pathname + url.search + url.hash);
}
document.documentElement.lang = language;

const root = createRoot(document.getElementById('root')!);
loadConfig().then(
  (config) =>
    root.render(
      <StrictMode>
        <I18nProvider initial={language}>
          <App config={config} />
        </I18nProvider>
      </StrictMode>,
    ),
  (error) => {
    root.render(<p role="alert">Roster could not load its settings (config.json): {String(error)}</p>);
  },
);

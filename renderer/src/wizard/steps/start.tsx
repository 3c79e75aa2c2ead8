// Step 1: begin from a template, from a blank role or a pasted job description, open a file, or
// reopen a recent one. Nothing here changes the open
// project until a new one has actually been made or read successfully.
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentFile } from '../../../../core/contract';
import endonyms from '../../../../core/i18n/endonyms.json';
import { isComplete, isLocale } from '../../../../core/i18n/locales';
import { templateCards } from '../templateCards';
import { useActions } from '../../app/FileActionsContext';
import { invoke } from '../../host/invoke';
import { useStudio } from '../../state/store';
import { RecoveryOffer } from '../../recovery/RecoveryOffer';
import { lazyPreloaded } from '../../components/lazyPreloaded';

// the paste dialog (and the importer behind it) is shown on request only, and preloaded at idle
const PasteDialog = lazyPreloaded(() => import('../parts/PasteDialog').then((m) => m.PasteDialog));

/** While the interface's language is still being translated, the Start screen says why some words are English. */
function TranslationNotice() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  if (!isLocale(language) || isComplete(language)) return null;
  return <p className="hint translation-notice">{t('languages.interface.inProgressNotice', { name: endonyms[language] })}</p>;
}

export function StartStep() {
  const { t, i18n } = useTranslation();
  const actions = useActions();
  const openTitle = useStudio((s) => s.project?.role.title);
  const recent = useRecentFiles();
  const [pasting, setPasting] = useState(false);

  return (
    <div className="start">
      <TranslationNotice />
      <RecoveryOffer />
      {openTitle !== undefined && <p className="hint">{t('ui.start.replaceNote', { title: openTitle })}</p>}
      <section aria-labelledby="start-templates">
        <h2 id="start-templates">{t('ui.start.templatesHeading')}</h2>
        <ul className="template-grid">
          {/* each template in the interface's language where it has an edition in it, else in English */}
          {templateCards(i18n.language).map((template) => (
            <li key={template.id}>
              <button type="button" className="template-card" onClick={() => void actions.newFromTemplate(template)}>
                <span className="template-abbr" aria-hidden="true">
                  {template.abbreviation}
                </span>
                <span className="template-title">{template.title}</span>
                <span className="template-when">{template.whenToChoose}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="start-own">
        <h2 id="start-own">{t('ui.start.ownHeading')}</h2>
        <ul className="template-grid">
          <li>
            <button type="button" className="template-card" onClick={() => void actions.newBlank()}>
              <span className="template-title">{t('ui.start.blank.title')}</span>
              <span className="template-when">{t('ui.start.blank.when')}</span>
            </button>
          </li>
          <li>
            <button type="button" className="template-card" onClick={() => setPasting(true)}>
              <span className="template-title">{t('ui.start.paste.card')}</span>
              <span className="template-when">{t('ui.start.paste.when')}</span>
            </button>
          </li>
        </ul>
      </section>
      {pasting && (
        <Suspense fallback={null}>
          <PasteDialog
            onDone={(text) => {
              setPasting(false);
              if (text !== null) void actions.newFromText(text);
            }}
          />
        </Suspense>
      )}
      <section aria-labelledby="start-open" className="start-open">
        <h2 id="start-open">{t('ui.start.openHeading')}</h2>
        <button type="button" className="secondary" onClick={() => void actions.openWithDialog()}>
          {t('ui.actions.open')}
        </button>
        <h3>{t('ui.interviewer.startHeading')}</h3>
        <p className="hint">{t('ui.interviewer.startHint')}</p>
        <button type="button" className="secondary" onClick={() => void actions.fillInScorecard()}>
          {t('ui.interviewer.startButton')}
        </button>
        <h3>{t('ui.start.recentHeading')}</h3>
        {recent === null && <p className="hint">{t('ui.start.recentLoading')}</p>}
        {recent?.length === 0 && <p className="hint">{t('ui.start.recentNone')}</p>}
        {recent && recent.length > 0 && (
          <ul className="recent">
            {recent.map((file) => (
              <li key={file.path}>
                <button
                  type="button"
                  className="recent-file"
                  aria-label={t('ui.start.openRecent', { name: file.name, path: file.path })}
                  onClick={() => void actions.openPath(file.path)}
                >
                  <span className="recent-name">{file.name}</span>
                  <span className="recent-path">{file.path}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/** The recent-files list, or null while it loads; a failure to list is not worth an alert. */
function useRecentFiles(): RecentFile[] | null {
  const [recent, setRecent] = useState<RecentFile[] | null>(null);
  useEffect(() => {
    let live = true;
    void invoke('recent:list', {}).then((result) => {
      if (live) setRecent(result.ok ? result.value : []);
    });
    return () => {
      live = false;
    };
  }, []);
  return recent;
}

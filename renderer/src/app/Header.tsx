import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { baseName } from '../host/paths';
import { DesignStatusBadge } from '../review/DesignStatusBadge';
import { useStudio } from '../state/store';
import { useActions } from './FileActionsContext';
import { FileMenu } from './FileMenu';
import { showView } from './showView';
import { InterfaceLanguagePicker } from './InterfaceLanguagePicker';
import { ViewSwitch } from './ViewSwitch';
import { useDocumentTitle } from './useDocumentTitle';
import { useHeaderHeight } from './useHeaderHeight';

export function Header() {
  const { t } = useTranslation();
  const actions = useActions();
  const title = useStudio((s) => s.project?.role.title);
  const interviewing = useStudio((s) => s.interviewerWork !== null);
  const filePath = useStudio((s) => s.interviewerWork?.path ?? s.filePath);
  const dirty = useStudio((s) => (s.interviewerWork ? s.interviewerDirty : s.dirty));
  const view = useStudio((s) => s.view);
  const open = title !== undefined;
  useDocumentTitle(title, dirty);
  const ref = useRef<HTMLElement>(null);
  useHeaderHeight(ref);

  return (
    <header className="app-header" ref={ref}>
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          {t('ui.app.mark')}
        </span>
        <span className="brand-name">{t('ui.app.name')}</span>
      </div>
      {interviewing && (
        <div className="doc-info">
          <span className="doc-title">{t('ui.interviewer.mode')}</span>
          <span className="doc-file">
            <span className="doc-file-name" title={filePath ?? undefined}>
              {filePath ? baseName(filePath) : ''}
            </span>
            {dirty && (
              <span className="dirty">
                <span className="visually-hidden">{t('ui.header.unsaved')}</span>
              </span>
            )}
          </span>
        </div>
      )}
      {open && (
        <div className="doc-info">
          <span className="doc-title">{title.trim() || t('ui.header.untitled')}</span>
          <span className="doc-file">
            <span className="doc-file-name" title={filePath ?? undefined}>
              {filePath ? baseName(filePath) : t('ui.header.notSaved')}
            </span>
            {dirty && (
              <span className="dirty">
                <span className="visually-hidden">{t('ui.header.unsaved')}</span>
              </span>
            )}
            <DesignStatusBadge />
          </span>
        </div>
      )}
      {open && <ViewSwitch />}
      {/* the sources, reachable with or without a project, beside the work views rather than among the file actions;
          an interviewer filling in a pack has the pack's screen only */}
      {!interviewing && (
        <button
          type="button"
          className="quiet header-references"
          aria-current={view === 'references' ? 'page' : undefined}
          onClick={() => view !== 'references' && showView('references')}
        >
          {t('sources.view.open')}
        </button>
      )}
      <div className="header-actions">
        <InterfaceLanguagePicker />
        {open && <FileMenu />}
        <button type="button" className={open ? 'wide-only' : undefined} onClick={() => void actions.openWithDialog()}>
          {t('ui.actions.open')}
        </button>
        {open && (
          <>
            <button type="button" className="wide-only" onClick={() => void actions.saveAs()} aria-keyshortcuts="Control+Shift+S">
              {t('ui.actions.saveAs')}
            </button>
            <button type="button" className="primary" onClick={() => void actions.save()} aria-keyshortcuts="Control+S">
              {t('ui.actions.save')}
            </button>
          </>
        )}
      </div>
    </header>
  );
}

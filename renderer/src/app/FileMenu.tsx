// "File": Open, Save as and the References in one button where the header is short of room (under
// 1440 px with a role open), so the role's name, the four views and Save stay on one line. A disclosure, not an
// ARIA menu: a button that shows two ordinary buttons; Escape or a click elsewhere closes it.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStudio } from '../state/store';
import { useActions } from './FileActionsContext';
import { showView } from './showView';

export function FileMenu() {
  const { t } = useTranslation();
  const actions = useActions();
  const [open, setOpen] = useState(false);
  const onReferences = useStudio((s) => s.view === 'references');
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return;
        setOpen(false);
        ref.current?.querySelector<HTMLButtonElement>('.file-menu-button')?.focus();
        return;
      }
      if (!ref.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', close);
    document.addEventListener('pointerdown', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('pointerdown', close);
    };
  }, [open]);

  const run = (action: () => Promise<void>) => {
    setOpen(false);
    void action();
  };
  return (
    <div className="file-menu" ref={ref}>
      <button
        type="button"
        className="file-menu-button"
        aria-expanded={open}
        aria-controls="file-menu-items"
        onClick={() => setOpen(!open)}
      >
        {t('ui.actions.file')}
      </button>
      <ul id="file-menu-items" className="file-menu-items" hidden={!open}>
        <li>
          <button type="button" onClick={() => run(actions.openWithDialog)}>
            {t('ui.actions.open')}
          </button>
        </li>
        <li>
          <button type="button" onClick={() => run(actions.saveAs)} aria-keyshortcuts="Control+Shift+S">
            {t('ui.actions.saveAs')}
          </button>
        </li>
        <li>
          <button
            type="button"
            aria-current={onReferences ? 'page' : undefined}
            onClick={() => {
              setOpen(false);
              if (!onReferences) showView('references');
            }}
          >
            {t('sources.view.open')}
          </button>
        </li>
      </ul>
    </div>
  );
}

// The in-app file dialog for hosts without native dialogs (the browser host): a path box, and a
// listing of the current folder from the main side to browse folders and pick files.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirListing, FileKind } from '../../../core/contract';
import { baseName, joinPath, withExtension } from '../host/paths';
import { Modal } from './Modal';
import { NoticeText } from './NoticeText';
import { useFolderListing } from './useFolderListing';

export interface FileRequest {
  mode: 'open' | 'save';
  kind: FileKind;
  suggestedName?: string;
}

interface Props {
  request: FileRequest;
  documentsDir: string;
  onDone: (path: string | null) => void;
}

export function FileDialog({ request, documentsDir, onDone }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const pathId = `${titleId}-path`;
  const saving = request.mode === 'save';
  const [path, setPath] = useState(saving ? joinPath(documentsDir, request.suggestedName ?? '') : '');
  const [pathMissing, setPathMissing] = useState(false);
  const { listing, problem, enter } = useFolderListing(request.kind, documentsDir);

  const enterFolder = (dir: string) => {
    enter(dir);
    // saving keeps the chosen name and moves it into the new folder
    if (saving) setPath(joinPath(dir, baseName(path)));
  };

  const accept = () => {
    const chosen = path.trim();
    if (!chosen) {
      setPathMissing(true);
      document.getElementById(pathId)?.focus();
      return;
    }
    onDone(saving ? withExtension(chosen, request.kind) : chosen);
  };

  const missingId = `${pathId}-missing`;
  return (
    <Modal titleId={titleId} initialFocusId={pathId} onCancel={() => onDone(null)} className="file-dialog">
      <h2 id={titleId}>{t(saving ? `ui.fileDialog.saveTitle.${request.kind}` : `ui.fileDialog.openTitle.${request.kind}`)}</h2>
      <div className="field">
        <label htmlFor={pathId}>{t('ui.fileDialog.path')}</label>
        <input
          id={pathId}
          type="text"
          value={path}
          spellCheck={false}
          aria-invalid={pathMissing || undefined}
          aria-describedby={pathMissing ? missingId : undefined}
          onChange={(event) => {
            setPath(event.target.value);
            setPathMissing(false);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') accept();
          }}
        />
        {pathMissing && (
          <p className="issue" id={missingId}>
            {t('ui.fileDialog.pathMissing')}
          </p>
        )}
      </div>
      {problem && (
        <div className="notice error" role="alert">
          <NoticeText notice={problem} />
        </div>
      )}
      {listing && (
        <FolderListing listing={listing} onEnter={enterFolder} onPick={setPath} onAccept={(p) => onDone(p)} />
      )}
      <div className="dialog-actions">
        <button type="button" onClick={() => onDone(null)}>
          {t('ui.fileDialog.cancel')}
        </button>
        <button type="button" className="primary" onClick={accept}>
          {t(saving ? 'ui.fileDialog.save' : 'ui.fileDialog.open')}
        </button>
      </div>
    </Modal>
  );
}

interface ListingProps {
  listing: DirListing;
  onEnter: (dir: string) => void;
  onPick: (path: string) => void;
  onAccept: (path: string) => void;
}

function FolderListing({ listing, onEnter, onPick, onAccept }: ListingProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const dirs = listing.entries.filter((e) => e.kind === 'dir');
  const files = listing.entries.filter((e) => e.kind === 'file');
  return (
    <section className="folder" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('ui.fileDialog.folder', { dir: listing.dir })}</h3>
      <ul>
        {listing.parent !== null && (
          <li>
            <button type="button" className="entry dir" onClick={() => listing.parent !== null && onEnter(listing.parent)}>
              {t('ui.fileDialog.parent')}
            </button>
          </li>
        )}
        {dirs.map((entry) => (
          <li key={entry.path}>
            <button type="button" className="entry dir" aria-label={t('ui.fileDialog.enterFolder', { name: entry.name })} onClick={() => onEnter(entry.path)}>
              {entry.name}
            </button>
          </li>
        ))}
        {files.map((entry) => (
          <li key={entry.path}>
            <button
              type="button"
              className="entry file"
              aria-label={t('ui.fileDialog.pickFile', { name: entry.name })}
              onClick={() => onPick(entry.path)}
              onDoubleClick={() => onAccept(entry.path)}
            >
              {entry.name}
            </button>
          </li>
        ))}
      </ul>
      {dirs.length + files.length === 0 && <p className="hint">{t('ui.fileDialog.empty')}</p>}
    </section>
  );
}

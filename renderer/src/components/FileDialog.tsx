// The in-app file dialog for hosts without native dialogs (the browser host): a path box, and a
// listing of the current folder from the main side to browse folders and pick files. Opening
// several files (scorecards) lets the user tick files in the listing, or type the path of one.
// Opening also offers the browser's own file picker. Enter in the path box answers the dialog once:
// the key is consumed, so it cannot go on to press the button that gets the focus back.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileKind } from '../../../core/contract';
import { EXTENSIONS } from '../../../core/formats/kinds';
import { baseName, joinPath, withExtension } from '../host/paths';
import { FolderListing } from './FolderListing';
import { Modal } from './Modal';
import { NoticeText } from './NoticeText';
import { useFolderListing } from './useFolderListing';

export interface FileRequest {
  mode: 'open' | 'save';
  kind: FileKind;
  suggestedName?: string;
  /** opening only: several files may be chosen */
  multiple?: boolean;
  /** the dialog's title when the kind alone does not say what is being saved, e.g. the rubric */
  titleKey?: string;
  /** opening: offer the browser's own file picker beside the path (false where a path is needed) */
  browserPicker?: boolean;
}

interface Props {
  request: FileRequest;
  documentsDir: string;
  onDone: (paths: string[] | null) => void;
  /** files chosen in the browser's own picker */
  onFiles: (files: File[]) => void;
}

export function FileDialog({ request, documentsDir, onDone, onFiles }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const pathId = `${titleId}-path`;
  const saving = request.mode === 'save';
  const multiple = !saving && request.multiple === true;
  const [path, setPath] = useState(saving ? joinPath(documentsDir, request.suggestedName ?? '') : '');
  const [chosen, setChosen] = useState<string[]>([]);
  const [pathMissing, setPathMissing] = useState(false);
  const { listing, problem, enter } = useFolderListing(request.kind, documentsDir);
  // one answer per dialog, however many Enter presses or clicks arrive before it closes
  const answered = useRef(false);
  const finish = (paths: string[] | null) => {
    if (answered.current) return;
    answered.current = true;
    onDone(paths);
  };
  const uploadId = `${titleId}-upload`;
  const offersPicker = !saving && request.browserPicker !== false;

  const enterFolder = (dir: string) => {
    enter(dir);
    // saving keeps the chosen name and moves it into the new folder
    if (saving) setPath(joinPath(dir, baseName(path)));
  };
  const pick = (file: string) => {
    if (!multiple) return setPath(file);
    setChosen((list) => (list.includes(file) ? list.filter((p) => p !== file) : [...list, file]));
    setPathMissing(false);
  };

  const accept = (extra?: string) => {
    const typed = path.trim();
    const paths = [...new Set([...chosen, ...(extra ? [extra] : []), ...(typed ? [typed] : [])])];
    if (paths.length === 0) {
      setPathMissing(true);
      document.getElementById(pathId)?.focus();
      return;
    }
    const one = extra ?? typed;
    finish(multiple ? paths : [saving ? withExtension(one, request.kind) : one]);
  };

  const missingId = `${pathId}-missing`;
  const hintId = `${pathId}-hint`;
  const title = request.titleKey ?? (saving ? `ui.fileDialog.saveTitle.${request.kind}` : `ui.fileDialog.openTitle.${request.kind}`);
  return (
    <Modal titleId={titleId} initialFocusId={pathId} onCancel={() => finish(null)} className="file-dialog">
      <h2 id={titleId}>{t(title)}</h2>
      <div className="field">
        <label htmlFor={pathId}>{t('ui.fileDialog.path')}</label>
        {multiple && (
          <p className="hint" id={hintId}>
            {t('ui.fileDialog.multipleHint')}
          </p>
        )}
        <input
          id={pathId}
          type="text"
          value={path}
          spellCheck={false}
          aria-invalid={pathMissing || undefined}
          aria-describedby={[multiple && hintId, pathMissing && missingId].filter(Boolean).join(' ') || undefined}
          onChange={(event) => {
            setPath(event.target.value);
            setPathMissing(false);
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || event.repeat) return;
            event.preventDefault();
            accept();
          }}
        />
        {pathMissing && (
          <p className="issue" id={missingId}>
            {t(multiple ? 'ui.fileDialog.pathsMissing' : 'ui.fileDialog.pathMissing')}
          </p>
        )}
      </div>
      {offersPicker && (
        <div className="field browser-picker">
          <label htmlFor={uploadId}>{t(multiple ? 'ui.fileDialog.fromComputerMany' : 'ui.fileDialog.fromComputer')}</label>
          <input
            id={uploadId}
            type="file"
            accept={EXTENSIONS[request.kind]}
            multiple={multiple}
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              if (files.length === 0 || answered.current) return;
              answered.current = true;
              onFiles(files);
            }}
          />
        </div>
      )}
      {problem && (
        <div className="notice error" role="alert">
          <NoticeText notice={problem} />
        </div>
      )}
      {listing && (
        <FolderListing
          listing={listing}
          multiple={multiple}
          chosen={chosen}
          onEnter={enterFolder}
          onPick={pick}
          onAccept={(p) => accept(p)}
        />
      )}
      {multiple && (
        <p className="chosen" aria-live="polite">
          {chosen.length
            ? t('ui.fileDialog.chosen', { count: chosen.length, names: chosen.map(baseName).join(', ') })
            : t('ui.fileDialog.noneChosen')}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={() => finish(null)}>
          {t('ui.fileDialog.cancel')}
        </button>
        <button type="button" className="primary" onClick={() => accept()}>
          {t(saving ? 'ui.fileDialog.save' : 'ui.fileDialog.open')}
        </button>
      </div>
    </Modal>
  );
}

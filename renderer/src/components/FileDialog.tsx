// The in-app file dialog for hosts without native dialogs (the browser host): a path box, and a
// listing of the current folder from the main side to browse folders and pick files. Opening
// several files (scorecards) lets the user tick files in the listing, or type the path of one.
// Saving over a file that is already there asks first; a folder or a device is refused in words.
// Opening also offers the browser's own file picker. Enter in the path box answers the dialog once:
// the key is consumed, so it cannot go on to press the button that gets the focus back.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileKind } from '../../../core/contract';
import { EXTENSIONS } from '../../../core/formats/kinds';
import { baseName, folderOf, joinPath, resolveTyped, withExtension } from '../host/paths';
import type { Notice } from '../state/notice';
import { ConfirmDialog } from './ConfirmDialog';
import { FolderListing } from './FolderListing';
import { Modal } from './Modal';
import { NoticeText } from './NoticeText';
import { useFolderListing } from './useFolderListing';
import { checkSaveTarget } from './saveTarget';

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
  /** replace: the user confirmed replacing the file already at the path */
  onDone: (paths: string[] | null, replace: boolean) => void;
  /** files chosen in the browser's own picker */
  onFiles: (files: File[]) => void;
}

export function FileDialog({ request, documentsDir, onDone: answer, onFiles }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const pathId = `${titleId}-path`;
  const saving = request.mode === 'save';
  const multiple = !saving && request.multiple === true;
  const [path, setPath] = useState(saving ? joinPath(documentsDir, request.suggestedName ?? '') : '');
  const [chosen, setChosen] = useState<string[]>([]);
  const [pathMissing, setPathMissing] = useState(false);
  const { listing, problem, enter } = useFolderListing(request.kind, documentsDir);
  const [taken, setTaken] = useState<string | null>(null);
  const [refused, setRefused] = useState<Notice | null>(null);
  const here = listing?.dir ?? documentsDir;
  // one answer per dialog, however many Enter presses or clicks arrive before it closes
  const answered = useRef(false);
  const onDone = (paths: string[] | null, replace: boolean) => {
    if (answered.current) return;
    answered.current = true;
    answer(paths, replace);
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

  const accept = async (extra?: string) => {
    const typed = path.trim() ? resolveTyped(here, path.trim()) : '';
    const paths = [...new Set([...chosen, ...(extra ? [extra] : []), ...(typed ? [typed] : [])])];
    if (paths.length === 0) {
      setPathMissing(true);
      document.getElementById(pathId)?.focus();
      return;
    }
    const one = extra ?? typed;
    // a path ending in a separator names a folder: go there, as any file dialog does
    if (!extra && /[\\/]$/.test(typed) && !multiple) return enterFolder(typed);
    if (!saving) return onDone(multiple ? paths : [one], false);
    const target = await checkSaveTarget(withExtension(one, request.kind));
    setRefused(target.kind === 'refused' ? target.notice : null);
    if (target.kind === 'free') onDone([target.path], false);
    if (target.kind === 'taken') setTaken(target.path);
  };

  const missingId = `${pathId}-missing`;
  const hintId = `${pathId}-hint`;
  const title = request.titleKey ?? (saving ? `ui.fileDialog.saveTitle.${request.kind}` : `ui.fileDialog.openTitle.${request.kind}`);
  return (
    <Modal titleId={titleId} initialFocusId={pathId} onCancel={() => onDone(null, false)} className="file-dialog">
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
            void accept();
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
      {(refused ?? problem) && (
        <div className="notice error" role="alert">
          <NoticeText notice={(refused ?? problem)!} />
        </div>
      )}
      {listing && (
        <FolderListing
          listing={listing}
          multiple={multiple}
          chosen={chosen}
          onEnter={enterFolder}
          onPick={pick}
          onAccept={(p) => void accept(p)}
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
        <button type="button" onClick={() => onDone(null, false)}>
          {t('ui.fileDialog.cancel')}
        </button>
        <button type="button" className="primary" onClick={() => void accept()}>
          {t(saving ? 'ui.fileDialog.save' : 'ui.fileDialog.open')}
        </button>
      </div>
      {taken && (
        <ConfirmDialog
          titleKey="ui.replaceConfirm.title"
          bodyKey={request.kind === 'project' ? 'ui.replaceConfirm.bodyProject' : 'ui.replaceConfirm.body'}
          confirmKey="ui.replaceConfirm.confirm"
          keepKey="ui.replaceConfirm.keep"
          params={{ name: baseName(taken), folder: folderOf(taken) }}
          onDone={(yes) => {
            const chosenPath = taken;
            setTaken(null);
            if (yes) onDone([chosenPath], true);
          }}
        />
      )}
    </Modal>
  );
}

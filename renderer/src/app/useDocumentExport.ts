// Every document export in one place: in Electron the user picks a path in the native dialog, the
// main side writes the file, and the notice offers to open it or show it in its folder; in the
// browser host the bytes come back over the contract and the browser downloads them. Either way the
// export's progress shows while the document is made, and every export button waits until it is done.
import { useCallback } from 'react';
import type { RequestOf } from '../../../core/contract';
import { useDialogs } from '../components/DialogProvider';
import { writeWithConsent } from '../files/writeWithConsent';
import { downloadFile, DOCX_TYPE, fromBase64 } from '../host/download';
import { invoke } from '../host/invoke';
import { fromProblem, success, type Notice } from '../state/notice';
import { useStudio, whileExporting } from '../state/store';

export type DocumentRequest = RequestOf<'export:bytes'>;

export interface ExportWords {
  suggestedName: string;
  titleKey?: string;
  /** the success message with {{path}}, for a file written to disk */
  doneKey: string;
  /** more words for the success message, e.g. {{name}} */
  doneValues?: Record<string, string>;
}

/** A file written to disk: said, with "Open" and "Show in folder" where the desktop can. */
export function exportedNotice(key: string, path: string, values: Record<string, string> = {}): Notice {
  const canOpen = useStudio.getState().appInfo?.shell === true;
  const notice = success(key, { ...values, path });
  return canOpen
    ? {
        ...notice,
        actions: [
          { kind: 'openFile', path },
          { kind: 'showInFolder', path },
        ],
      }
    : notice;
}

/** replace: the user agreed to replace a file already there (false refuses one: file.exists) */
async function writeToPath(path: string, replace: boolean, request: DocumentRequest) {
  switch (request.document) {
    case 'jd':
      return invoke('export:jd', { path, role: request.role, replace });
    case 'rubric':
      return invoke('export:rubric', { path, project: request.project, replace });
    case 'results':
      return invoke('export:results', { path, project: request.project, replace });
    case 'boardPack':
      return invoke('export:boardPack', { path, project: request.project, languageAppendix: request.languageAppendix, replace });
    case 'scorecardPack': {
      const { document: _, ...pack } = request;
      return invoke('export:scorecardPack', { ...pack, path, replace });
    }
    case 'debrief': {
      const { document: _, ...debrief } = request;
      return invoke('export:debrief', { ...debrief, path, replace });
    }
  }
}

export function useDocumentExport(): (request: DocumentRequest, words: ExportWords) => Promise<void> {
  const { pickSaveTarget, confirmReplace } = useDialogs();
  return useCallback(
    async (request, { suggestedName, titleKey, doneKey, doneValues }) => {
      const { appInfo, notify } = useStudio.getState();
      if (appInfo && !appInfo.nativeDialogs) {
        // the document is made on the host side: its progress shows until the bytes are back
        const made = await whileExporting(request.document, () => invoke('export:bytes', request));
        if (!made.ok) return notify(fromProblem(made.problem));
        downloadFile(suggestedName, fromBase64(made.value.base64), DOCX_TYPE);
        return notify(success('ui.notice.downloaded', { name: suggestedName }));
      }
      const target = await pickSaveTarget({ mode: 'save', kind: 'docx', suggestedName, ...(titleKey ? { titleKey } : {}) });
      if (!target) return;
      // nothing is replaced unless the user agreed, in the dialog or in a question asked now; progress
      // shows only while the document is written, not while a replace question waits for the user
      const result = await writeWithConsent(target, confirmReplace, (replace) =>
        whileExporting(request.document, () => writeToPath(target.path, replace, request)),
      );
      if (result) notify(result.ok ? exportedNotice(doneKey, result.value.path, doneValues) : fromProblem(result.problem));
    },
    [pickSaveTarget, confirmReplace],
  );
}

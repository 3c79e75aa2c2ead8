// The buttons a notice offers: open the backup of a damaged project; open an exported file, or
// show it in its folder (desktop app only).
import { useTranslation } from 'react-i18next';
import { invoke } from '../host/invoke';
import { baseName } from '../host/paths';
import { fromProblem, type NoticeAction } from '../state/notice';
import { useStudio } from '../state/store';
import { useActions } from './FileActionsContext';

const LABEL: Record<NoticeAction['kind'], string> = {
  openBackup: 'ui.notice.openBackup',
  openFile: 'ui.notice.openFile',
  showInFolder: 'ui.notice.showInFolder',
};

export function NoticeActions({ actions }: { actions: readonly NoticeAction[] }) {
  const { t } = useTranslation();
  const file = useActions();
  const run = async ({ kind, path }: NoticeAction) => {
    if (kind === 'openBackup') return file.openBackup(path);
    const result = await invoke(kind === 'openFile' ? 'shell:open' : 'shell:showInFolder', { path });
    if (!result.ok) useStudio.getState().notify(fromProblem(result.problem));
  };
  return (
    <div className="notice-actions">
      {actions.map((action) => (
        <button
          key={action.kind}
          type="button"
          className="secondary"
          aria-label={t(`${LABEL[action.kind]}Named`, { name: baseName(action.path) })}
          onClick={() => void run(action)}
        >
          {t(LABEL[action.kind])}
        </button>
      ))}
    </div>
  );
}

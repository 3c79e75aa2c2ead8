// Who is scoring, whether interviewers score blind to each other, and scorecards in and out:
// files and packs brought in, a Word scorecard pack for an interviewer who scores away from the app.
import { useTranslation } from 'react-i18next';
import { IndependenceControl } from '../panel/IndependenceControl';
import { WhoAmI } from '../panel/WhoAmI';

export function HiringToolbar({ onImport, onExportPack }: { onImport: () => void; onExportPack: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="toolbar panel hiring-toolbar">
      <WhoAmI />
      <IndependenceControl />
      <div className="toolbar-actions">
        <button type="button" className="secondary" onClick={onImport}>
          {t('ui.exchange.import')}
        </button>
        <button type="button" className="secondary" onClick={onExportPack}>
          {t('ui.exchange.exportPack')}
        </button>
      </div>
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckOption } from '../components/CheckOption';
import { ExportButton } from '../components/ExportButton';
import { ANCHOR } from './anchors';
import { useBoardPackExport } from './useBoardPackExport';

/** The board pack DOCX: everything on this page, for a board that reads on paper. */
export function BoardPackPanel() {
  const { t } = useTranslation();
  const exportPack = useBoardPackExport();
  const [appendix, setAppendix] = useState(false);
  return (
    <section className="panel board-pack" id={ANCHOR.pack} aria-labelledby={`${ANCHOR.pack}-title`} tabIndex={-1}>
      <h2 id={`${ANCHOR.pack}-title`}>{t('ui.boardReview.pack.heading')}</h2>
      <p className="hint">{t('ui.boardReview.pack.hint')}</p>
      <CheckOption
        id="field-review.languageAppendix"
        label={t('ui.boardReview.pack.appendix')}
        hint={t('ui.boardReview.pack.appendixHint')}
        checked={appendix}
        onChange={setAppendix}
      />
      <ExportButton kind="boardPack" className="secondary" label={t('ui.boardReview.pack.export')} onExport={() => exportPack(appendix)} />
    </section>
  );
}

// The chosen candidate's debrief agenda, drawn from the very blocks the debrief DOCX prints.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { agendaBlocks } from '../../../core/documents/debrief/agenda';
import { oneDecimal } from '../../../core/documents/results/summary';
import { debriefAgenda } from '../../../core/hiring/debrief';
import type { MeasuredPanel } from '../../../core/hiring/scoring/measured';
import { Blocks } from '../components/JobDescriptionView';
import { useStudio } from '../state/store';
import { useDebriefExport } from './useDebriefExport';

export function DebriefPanel({ candidateId, panel }: { candidateId: string; panel: MeasuredPanel }) {
  const { t } = useTranslation();
  const project = useStudio((s) => s.project);
  const exportDebrief = useDebriefExport();
  const blocks = useMemo(() => {
    const agenda = project && debriefAgenda(project, panel, candidateId);
    return agenda && project ? agendaBlocks(agenda, { project, panel, t, decimal: oneDecimal(project.role.locale) }) : [];
  }, [project, panel, candidateId, t]);
  return (
    <section className="debrief" aria-labelledby="debrief-title">
      <h3 id="debrief-title">{t('ui.compare.debriefHeading')}</h3>
      <Blocks blocks={blocks} />
      <button type="button" className="secondary" onClick={() => void exportDebrief(candidateId)}>
        {t('ui.compare.exportDebriefOne')}
      </button>
    </section>
  );
}

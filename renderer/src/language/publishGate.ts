// "Fix before publishing" means it: before a job description is exported, its high-severity
// findings (wording that can exclude applicants by age, origin, disability or sex) are listed and
// the user is asked. Dismissed findings, each dismissed with a reason, do not stop the export.
import type { Translate } from '../../../core/i18n/index';
import type { Project } from '../../../core/schema/project';
import type { ConfirmRequest } from '../components/ConfirmDialog';
import { loadChecker } from './checker';
import { fieldPlace } from './fieldPlace';
import { actionable, reportFor } from './report';

/** The question to ask, or null when nothing high-severity is left. */
export async function publishQuestion(project: Project, t: Translate): Promise<ConfirmRequest | null> {
  const checker = await loadChecker();
  const high = actionable(reportFor(checker, project.role, project.language.dismissed)).filter((f) => f.severity === 'high');
  if (high.length === 0) return null;
  return {
    titleKey: 'ui.gate.title',
    bodyKey: 'ui.gate.body',
    confirmKey: 'ui.gate.exportAnyway',
    keepKey: 'ui.gate.fix',
    params: { count: high.length },
    items: high.map((f) =>
      t('ui.gate.item', {
        match: f.match,
        field: fieldPlace(project.role, f.field, f.match, t).label,
        reason: t(f.reasonKey, f.params),
      }),
    ),
  };
}

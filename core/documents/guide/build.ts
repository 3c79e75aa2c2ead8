// Project → interviewer guide: the role in one page, how to rate, the criteria, then one blank
// scorecard per interviewer. Pure; the date is passed in so tests and exports agree on it.
import type { Translate } from '../../i18n/index.js';
import type { Project } from '../../schema/project.js';
import { memoTranslate } from '../memo.js';
import type { DocumentTree } from '../tree.js';
import { criteriaSection, rolePage, scaleSection } from './guide.js';
import { blankScorecards } from './scorecards.js';
import { methodsSection, referenceSection, workSampleSection } from './methods.js';

import { formatDate } from '../../i18n/format.js';

export { formatDate };

export function buildRubricDocument(project: Project, translate: Translate, options: { date: Date }): DocumentTree {
  const t = memoTranslate(translate);
  const { role } = project;
  const company = role.company.name.trim();
  return {
    title: role.title.trim(),
    subtitle: company ? t('scoring.rubricDoc.subtitleWithCompany', { company }) : t('scoring.rubricDoc.subtitle'),
    blocks: [
      ...rolePage(project, t),
      ...scaleSection(project, t),
      ...methodsSection(project, t),
      ...criteriaSection(project, t),
      ...workSampleSection(project, t),
      ...referenceSection(project, t),
      ...blankScorecards(project, t),
    ],
    footer: t('scoring.rubricDoc.footer', { role: role.title.trim(), date: formatDate(options.date, role.locale) }),
  };
}

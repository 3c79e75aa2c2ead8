// Project → interviewer guide: the role in one page, how to rate, the criteria, then one blank
// scorecard per interviewer. Pure; the date is passed in so tests and exports agree on it.
import type { Translate } from '../../i18n/index.js';
import type { Project } from '../../schema/project.js';
import { memoTranslate } from '../memo.js';
import { documentFrame } from '../frame.js';
import { referencesSection } from '../references.js';
import type { DocumentTree } from '../tree.js';
import { criteriaSection, GUIDE_SOURCES, rolePage, scaleSection } from './guide.js';
import { blankScorecards } from './scorecards.js';
import { methodsSection, referenceSection, workSampleSection } from './methods.js';

export function buildRubricDocument(project: Project, translate: Translate, options: { date: Date }): DocumentTree {
  const t = memoTranslate(translate);
  const { role } = project;
  const company = role.company.name.trim();
  return {
    title: role.title.trim(),
    subtitle: company ? t('scoring.rubricDoc.subtitleWithCompany', { company }) : t('scoring.rubricDoc.subtitle'),
    kind: 'interviewerGuide',
    blocks: [
      ...rolePage(project, t),
      ...scaleSection(project, t),
      ...methodsSection(project, t),
      ...criteriaSection(project, t),
      ...workSampleSection(project, t),
      ...referenceSection(project, t),
      // the sources the guide cites, before the forms that are printed and handed out
      ...referencesSection(GUIDE_SOURCES, t, role.locale),
      ...blankScorecards(project, t),
    ],
    // it carries the scoring weights, and its scorecards come back filled in with candidates' ratings
    frame: documentFrame(t, { kind: 'interviewerGuide', role, date: options.date, confidential: true }),
  };
}

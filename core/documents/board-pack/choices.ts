// Per part of the design: what was chosen, in a line or two, and the options the author passed over.
// Alternatives exist only where the design is a choice among known options (reporting line, scope,
// background, archetype weights, rubric weights); objectives and lists have none, and say nothing.
import type { Translate } from '../../i18n/index.js';
import { BACKGROUND_CHOICES, REPORTING_LINES, SCOPES } from '../../role/vocabulary.js';
import type { Project } from '../../schema/project.js';
import type { ReviewSection } from '../../schema/review.js';
import { CRITERION_GROUPS } from '../../schema/rubric.js';
import { groupByTheme } from '../../role/themes.js';
import { archetypeWeights, reportingLineName } from './summary.js';

export interface Choice {
  chosen: string[];
  alternatives: string[];
}

const sep = (t: Translate) => t('scoring.listSeparator');

function company({ role }: Project, t: Translate): Choice {
  const c = role.context;
  const whyNow = c.whyNow === 'other' ? c.whyNowDetail.trim() : c.whyNow === 'unspecified' ? '' : t(`vocab.whyNow.${c.whyNow}`);
  return {
    chosen: [
      ...(c.reportingLine === 'unspecified' ? [] : [t('boardPack.reasoning.choice.reportsTo', { line: reportingLineName(role, t) })]),
      ...(c.scope === 'unspecified' ? [] : [t('boardPack.reasoning.choice.scope', { scope: t(`vocab.scope.${c.scope}`) })]),
      t(c.executiveBoardSeat ? 'boardPack.reasoning.choice.boardSeat' : 'boardPack.reasoning.choice.noBoardSeat'),
      ...(whyNow ? [t('boardPack.reasoning.choice.whyNow', { reason: whyNow })] : []),
    ],
    alternatives: [
      ...REPORTING_LINES.filter((l) => l !== 'other' && l !== 'unspecified' && l !== c.reportingLine).map((l) =>
        t('boardPack.reasoning.alternative.reportsTo', { line: t(`vocab.reportingLine.${l}`) }),
      ),
      ...SCOPES.filter((s) => s !== c.scope && s !== 'unspecified').map((s) =>
        t('boardPack.reasoning.alternative.scope', { scope: t(`vocab.scope.${s}`) }),
      ),
    ],
  };
}

/** The purpose and outcomes are printed in full in the summary and the job description: counted here. */
function objectives({ role }: Project, t: Translate): Choice {
  const measures = t('boardPack.reasoning.choice.measures', {
    outcomes: t('boardPack.reasoning.choice.outcomes', { count: role.objectives.outcomes.length }),
    metrics: t('boardPack.reasoning.choice.metrics', { count: role.objectives.metrics.length }),
  });
  return { chosen: [measures], alternatives: [] };
}

function responsibilities({ role }: Project, t: Translate): Choice {
  const groups = groupByTheme(role.responsibilities);
  const count = role.responsibilities.length;
  const chosen = groups.length
    ? t('boardPack.reasoning.choice.themes', {
        count: groups.length,
        responsibilities: t('boardPack.reasoning.choice.responsibilities', { count }),
        themes: groups.map((g) => g.theme).join(sep(t)),
      })
    : t('boardPack.reasoning.choice.responsibilities', { count });
  return { chosen: [chosen], alternatives: [] };
}

function rubric({ rubric: r }: Project, t: Translate): Choice {
  const groups = CRITERION_GROUPS.map((group) => ({ group, items: r.criteria.filter((c) => c.group === group) }))
    .filter((g) => g.items.length)
    .map(({ group, items }) =>
      t('scoring.groupShare', { group: t(`scoring.group.${group}`), weight: items.reduce((s, c) => s + c.weight, 0) }),
    );
  return {
    chosen: [
      t('boardPack.reasoning.choice.rubric', {
        criteria: t('boardPack.summary.criteria', { count: r.criteria.length }),
        groups: groups.join(sep(t)),
      }),
      t(r.weightsEdited ? 'boardPack.reasoning.choice.weightsEdited' : 'boardPack.reasoning.choice.weightsDefault'),
    ],
    alternatives: [t(r.weightsEdited ? 'boardPack.reasoning.alternative.weightsDefault' : 'boardPack.reasoning.alternative.weightsEdited')],
  };
}

export function choiceOf(section: ReviewSection, project: Project, t: Translate): Choice {
  const { role } = project;
  // the background paths are named for the role's scope: HR or operations for an employee-experience role
  const scope = { context: role.context.scope };
  switch (section) {
    case 'company':
      return company(project, t);
    case 'objectives':
      return objectives(project, t);
    case 'responsibilities':
      return responsibilities(project, t);
    case 'background':
      return {
        chosen: [t('boardPack.reasoning.choice.background', { choice: t(`vocab.background.${role.background.choice}`, scope) })],
        alternatives: BACKGROUND_CHOICES.filter((b) => b !== role.background.choice).map((b) =>
          t(`boardPack.reasoning.alternative.background.${b}`, scope),
        ),
      };
    case 'qualifications':
      return {
        chosen: [
          t('boardPack.reasoning.choice.qualifications', {
            mustHaves: t('boardPack.summary.mustHaves', { count: role.mustHaves.length }),
            qualities: t('boardPack.summary.qualities', { count: role.qualities.length }),
            niceToHaves: t('boardPack.reasoning.choice.niceToHaves', { count: role.niceToHaves.length }),
          }),
        ],
        alternatives: [],
      };
    case 'archetypes': {
      const equal = Object.values(role.archetypes).every((w) => w === 25);
      return {
        chosen: [t('boardPack.reasoning.choice.archetypes', { weights: archetypeWeights(role, t) })],
        alternatives: equal ? [] : [t('boardPack.reasoning.alternative.equalArchetypes')],
      };
    }
    case 'rubric':
      return rubric(project, t);
  }
}

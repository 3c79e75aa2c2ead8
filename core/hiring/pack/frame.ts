// A scorecard pack's frame, made from the project for one interviewer: the criteria in their focus
// with anchors and questions, the candidates, and the words of the controls. Nothing of any other
// interviewer's goes in; the interviewer's own earlier ratings are filled into the controls.
import type { Translate } from '../../i18n/index.js';
import { focusOf } from '../../rubric/focus.js';
import { contentHash } from '../../review/hash.js';
import type { Project } from '../../schema/project.js';
import { NOT_ASSESSED, RATINGS, RECOMMENDATIONS, type Criterion, type Scorecard } from '../../schema/rubric.js';
import { MAX_PACK_CANDIDATES, SCORECARD_PACK_KIND, SCORECARD_PACK_VERSION, type ScorecardPack } from '../../schema/scorecard-pack.js';

/** What a rating was given against: if any of this changes, a returned pack no longer fits. */
export const rubricFingerprint = (criteria: readonly Pick<Criterion, 'id' | 'title' | 'anchors'>[]): string =>
  contentHash(criteria.map(({ id, title, anchors }) => ({ id, title: title.trim(), anchors })));

export interface PackRequest {
  interviewerId: string;
  /** the candidates to score, in order; all of the project's when omitted */
  candidateIds?: readonly string[];
}

export function packFrame(project: Project, request: PackRequest, t: Translate, now: Date): ScorecardPack | null {
  const interviewer = project.hiring.interviewers.find((i) => i.id === request.interviewerId);
  if (!interviewer) return null;
  const focus = new Set(focusOf(interviewer, project.rubric));
  const criteria = project.rubric.criteria.filter((c) => focus.has(c.id));
  const wanted = request.candidateIds ? new Set(request.candidateIds) : null;
  const candidates = project.hiring.candidates.filter((c) => !wanted || wanted.has(c.id));
  if (!criteria.length || !candidates.length || candidates.length > MAX_PACK_CANDIDATES) return null;
  return {
    kind: SCORECARD_PACK_KIND,
    schemaVersion: SCORECARD_PACK_VERSION,
    projectId: project.id,
    locale: project.role.locale,
    roleTitle: project.role.title.trim() || t('panel.pack.untitled'),
    company: project.role.company.name.trim(),
    interviewer: { id: interviewer.id, name: interviewer.name },
    criteria: criteria.map(({ id, title, weight, anchors, questions, evidence }) => ({ id, title, weight, anchors, questions, evidence })),
    candidates: candidates.map(({ id, name, currentRole }) => ({ id, name, currentRole })),
    rubric: rubricFingerprint(criteria),
    controls: {
      ratings: [
        ...RATINGS.map((n) => ({ value: String(n), text: t('panel.pack.ratingOption', { n }) })),
        { value: NOT_ASSESSED, text: t('panel.pack.notAssessed') },
      ],
      recommendations: RECOMMENDATIONS.map((r) => ({ value: r, text: t(`scoring.recommendation.${r}`) })),
      prompts: {
        rating: t('panel.pack.prompt.rating'),
        evidence: t('panel.pack.prompt.evidence'),
        recommendation: t('panel.pack.prompt.recommendation'),
      },
    },
    writtenAt: now.toISOString(),
  };
}

/** The interviewer's own cards for the pack's candidates, to fill the controls in with; never anyone else's. */
export const ownCards = (project: Project, frame: ScorecardPack): Map<string, Scorecard> =>
  new Map(
    project.hiring.scorecards
      .filter((s) => s.interviewerId === frame.interviewer.id && frame.candidates.some((c) => c.id === s.candidateId))
      .map((s) => [s.candidateId, s]),
  );

// A snapshot as labelled lines per section: what a version comparison compares, and what a
// reviewer reads. Plain sentences, so a change shows as text, not as JSON.
import type { Translate } from '../i18n/index.js';
import { metricName } from '../role/metrics.js';
import { ARCHETYPES } from '../role/vocabulary.js';
import type { ReviewSection, Snapshot } from '../schema/review.js';

type Lines = Record<ReviewSection, string[]>;

export function snapshotLines(snapshot: Snapshot, t: Translate): Lines {
  const { role, rubric, rationale } = snapshot;
  const c = role.context;
  const line = (key: string, value: string) => (value.trim() ? [t(`review.line.${key}`, { value: value.trim() })] : []);
  const lines: Lines = {
    company: [
      ...line('title', role.title),
      ...line('company', role.company.name),
      ...line('industry', role.company.industry),
      ...line('size', t(`vocab.companySize.${role.company.size}`)),
      ...line('stage', t(`vocab.companyStage.${role.company.stage}`)),
      ...line('description', role.company.description),
      ...line('whyNow', t(`vocab.whyNow.${c.whyNow}`)),
      ...line('whyNowDetail', c.whyNowDetail),
      ...line('reportingLine', c.reportingLine === 'other' ? c.reportingLineOther : t(`vocab.reportingLine.${c.reportingLine}`)),
      ...line('scope', t(`vocab.scope.${c.scope}`)),
      ...line('boardSeat', t(c.executiveBoardSeat ? 'review.line.yes' : 'review.line.no')),
      ...line('teams', c.teams.map((team) => (team === 'other' ? c.teamsOther : t(`vocab.team.${team}`))).join(', ')),
    ],
    objectives: [
      ...line('purpose', role.objectives.purpose),
      ...role.objectives.outcomes.flatMap((o) => line('outcome', o.text)),
      ...role.objectives.metrics.map((m) => t('review.line.metric', { name: metricName(m, t), current: m.current, target: m.target })),
    ],
    responsibilities: role.responsibilities.map((r) => t('review.line.responsibility', { theme: r.theme, text: r.text })),
    background: line('background', t(`vocab.background.${role.background.choice}`, { context: role.context.scope })),
    qualifications: [
      ...role.mustHaves.flatMap((m) => line('mustHave', m.text)),
      ...role.qualities.flatMap((q) => line('quality', q.text)),
      ...role.niceToHaves.flatMap((n) => line('niceToHave', n.text)),
    ],
    archetypes: ARCHETYPES.map((a) => t('review.line.archetype', { name: t(`vocab.archetype.${a}`), weight: role.archetypes[a] })),
    rubric: rubric.criteria.map((cr) => t('review.line.criterion', { title: cr.title, weight: cr.weight })),
  };
  for (const section of Object.keys(lines) as ReviewSection[]) lines[section].push(...line('rationale', rationale[section] ?? ''));
  return lines;
}

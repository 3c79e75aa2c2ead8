import { describe, expect, it } from 'vitest';
import { sampleHiringProject } from '../testing/hiring.js';
import { debriefAgenda } from './debrief.js';
import { measurePanel } from './scoring/measured.js';

describe('the debrief agenda', () => {
  it('opens with the largest disagreement, each rating with its evidence, lowest first', () => {
    const project = sampleHiringProject();
    const agenda = debriefAgenda(project, measurePanel(project.rubric, project.hiring), 'james')!;
    const first = agenda.items[0]!;
    expect(first).toMatchObject({ reason: 'disagreement', spread: 4, criterion: { id: project.rubric.criteria[0]!.id } });
    expect(first.ratings.map((r) => [r.interviewerId, r.rating])).toEqual([
      ['ben', 1],
      ['ana', 5],
    ]);
    expect(first.ratings[0]!.evidence).toBe('Could not name one journey map he used.');
    expect(agenda.awaiting).toEqual(['chloe']); // her card is a draft
  });

  it('lists low-agreement criteria after the disagreements, and what was not assessed, with why', () => {
    const project = sampleHiringProject();
    const maria = project.hiring.scorecards.find((s) => s.candidateId === 'maria' && s.interviewerId === 'ana')!;
    const last = project.rubric.criteria.at(-1)!.id;
    maria.ratings = maria.ratings.map((r) => (r.criterionId === last ? { ...r, rating: 'not-assessed', evidence: 'Ran out of time.' } : r));
    const agenda = debriefAgenda(project, measurePanel(project.rubric, project.hiring), 'maria')!;
    const reasons = agenda.items.map((i) => i.reason);
    expect(reasons).toEqual(
      [...reasons].sort(
        (a, b) => ['disagreement', 'reliability', 'notAssessed'].indexOf(a) - ['disagreement', 'reliability', 'notAssessed'].indexOf(b),
      ),
    );
    const notAssessed = agenda.items.find((i) => i.criterion.id === last)!;
    expect(notAssessed.notAssessed).toEqual([{ interviewerId: 'ana', reason: 'Ran out of time.' }]);
    expect(agenda.awaiting).toEqual([]);
  });

  it('has nothing for an unknown candidate, and an empty agenda for one nobody scored', () => {
    const project = sampleHiringProject();
    const panel = measurePanel(project.rubric, project.hiring);
    expect(debriefAgenda(project, panel, 'ghost')).toBeNull();
    expect(debriefAgenda(project, panel, 'noor')).toMatchObject({ items: [], awaiting: ['ana', 'ben', 'chloe'] });
  });
});

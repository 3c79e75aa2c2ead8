// What the board reads about the panel: conflicts of interest and recusals with each decision, and
// the scoring record (reveals, settings and weight changes after scoring), with its integrity.
import { describe, expect, it } from 'vitest';
import { reveal, setIndependence, setLead } from '../../hiring/panel/actions.js';
import { recordWeights } from '../../hiring/panel/weights.js';
import { packAndRead } from '../../testing/read-back.js';
import { reviewedProject } from '../../testing/review.js';

const SECRET = { salt: '0'.repeat(32), hash: '1'.repeat(64), iterations: 1000 };
const stamp = (n: number) => ({ id: `e${n}`, now: new Date(`2026-05-0${n}T09:00:00Z`) });
const lead = { kind: 'lead', name: 'Maria Rossi', verified: true } as const;

function recorded() {
  const project = reviewedProject();
  let hiring = setLead(project.hiring, { kind: 'nobody' }, 'Maria Rossi', SECRET, stamp(1))!;
  hiring = reveal(hiring, lead, 'james', 'chloe', 'Chloé covers the debrief for Ana.', stamp(2))!;
  const after = {
    ...project.rubric,
    criteria: project.rubric.criteria.map((c, i) => ({ ...c, weight: c.weight + (i === 0 ? 4 : i === 1 ? -4 : 0) })),
  };
  hiring = recordWeights(
    hiring,
    { before: project.rubric, after, cause: 'manual', reason: 'The board asked for more weight on the first must-have.' },
    { by: lead.name, verified: true },
    stamp(3),
  );
  hiring = setIndependence(hiring, lead, false, 'Debrief day.', stamp(4))!;
  return { ...project, rubric: after, hiring };
}

describe('board pack: the panel', () => {
  it('prints each decision’s declared conflicts, who stood aside, and who decided', async () => {
    const pack = await packAndRead(reviewedProject());
    const decisions = pack.part('Decision record');
    expect(decisions).toContain('Declared conflicts of interest: None declared.');
    expect(decisions).toContain(
      'Dev Patel: Worked for two years under Maria Kowalska, an internal candidate. Stood aside from this decision.',
    );
    expect(decisions).toContain('Members who decided: Ann Lee, Bo Chen, Carla Diaz');
    expect(pack.part('cover') + pack.part('Summary')).toContain('(1 stood aside)');
  });

  it('prints the scoring record: who, when, what and why, and says what it cannot prove', async () => {
    const pack = await packAndRead(recorded());
    const record = pack.part('Scoring record');
    expect(record).toContain('Independent scoring is off');
    expect(record).toContain('The hiring lead is Maria Rossi.');
    expect(record).toContain('What it cannot prove: who sat at the keyboard.');
    expect(record).toContain("Chloé Dubois was shown the panel's ratings of James Whitfield before submitting their own.");
    expect(record).toContain('Chloé covers the debrief for Ana.');
    expect(record).toMatch(/Weights changed after scoring began: [^\n]+ \d+% → \d+%/);
    expect(record).toContain('Maria Rossi (passphrase checked)');
    expect(record).not.toContain('has been changed outside the app');
    expect(pack.part('Candidate comparison')).toContain('How far the panel agrees, criterion by criterion');
  });

  it('warns when the record was changed outside the app', async () => {
    const project = recorded();
    const entry = project.hiring.log[1]!;
    if (entry.kind === 'reveal') entry.reason = 'Nothing to see here.';
    const record = (await packAndRead(project)).part('Scoring record');
    expect(record).toContain('The record has been changed outside the app: entry 2 no longer matches the chain');
  });
});

// Blindness by design: who may change what, and the record of every change.
import { describe, expect, it } from 'vitest';
import { sampleHiringProject } from '../../testing/hiring.js';
import type { Hiring } from '../../schema/rubric.js';
import { othersHidden } from '../scorecard-edit.js';
import { clearPassphrase, resetLead, reveal, setIndependence, setLead, setPassphrase } from './actions.js';
import type { Actor } from './actor.js';
import { chainBreak } from './log.js';
import { checkSecret, makeSecret } from './secret.js';
import { recordWeights } from './weights.js';

const FAST = 1000; // iterations: the tests check the logic, not the cost
const stamp = (n: number) => ({ id: `log-${n}`, now: new Date(`2026-05-0${n}T09:00:00Z`) });
const lead: Actor = { kind: 'lead', name: 'Maria Lopez', verified: true };
const chloe: Actor = { kind: 'interviewer', id: 'chloe', name: 'Chloé Dubois', verified: true };

async function withLead(): Promise<Hiring> {
  return setLead(sampleHiringProject().hiring, { kind: 'nobody' }, 'Maria Lopez', await makeSecret('correct horse', FAST), stamp(1))!;
}

describe('passphrases', () => {
  it('check the passphrase typed, never store it, and tell a wrong one', async () => {
    const secret = await makeSecret('Ünïcode pass', FAST);
    expect(JSON.stringify(secret)).not.toContain('pass');
    expect(await checkSecret(secret, 'Ünïcode pass')).toBe(true);
    expect(await checkSecret(secret, 'U\u0308nïcode pass')).toBe(true); // the same text, decomposed
    expect(await checkSecret(secret, 'unicode pass')).toBe(false);
    expect((await makeSecret('Ünïcode pass', FAST)).salt).not.toBe(secret.salt);
  });
});

describe('the hiring lead and independent scoring', () => {
  it('lets the first lead set themselves up, then only the lead hand over', async () => {
    const hiring = await withLead();
    expect(hiring.lead?.name).toBe('Maria Lopez');
    expect(hiring.log).toMatchObject([{ kind: 'lead-set', lead: 'Maria Lopez', by: 'Maria Lopez', verified: true }]);
    const secret = await makeSecret('another one', FAST);
    expect(setLead(hiring, chloe, 'Chloé Dubois', secret, stamp(2))).toBeNull();
    expect(setLead(hiring, lead, 'Chloé Dubois', secret, stamp(2))?.log.at(-1)).toMatchObject({
      kind: 'lead-set',
      lead: 'Chloé Dubois',
      by: 'Maria Lopez',
    });
  });

  it('records a lead replaced without the passphrase as unverified, with its reason', async () => {
    const hiring = await withLead();
    const secret = await makeSecret('new lead pass', FAST);
    expect(resetLead(hiring, 'Ben Okafor', 'Ben Okafor', secret, '', stamp(2))).toBeNull();
    const reset = resetLead(hiring, 'Ben Okafor', 'Ben Okafor', secret, 'Maria is on leave and forgot to hand over.', stamp(2))!;
    expect(reset.log.at(-1)).toMatchObject({
      kind: 'lead-reset',
      by: 'Ben Okafor',
      verified: false,
      reason: 'Maria is on leave and forgot to hand over.',
    });
  });

  it('lets anyone who said who they are switch independent scoring on, and only the lead off, with a reason', async () => {
    const hiring = await withLead();
    expect(setIndependence(hiring, chloe, false, 'we are behind', stamp(2))).toBeNull();
    expect(setIndependence(hiring, lead, false, '  ', stamp(2))).toBeNull();
    const off = setIndependence(hiring, lead, false, 'Debrief starts now.', stamp(2))!;
    expect(off.independentScoring).toBe(false);
    expect(setIndependence(off, { kind: 'nobody' }, true, '', stamp(3))).toBeNull();
    const on = setIndependence(off, chloe, true, '', stamp(3))!;
    expect(on.log.slice(-2)).toMatchObject([
      { kind: 'independence', on: false, by: 'Maria Lopez', reason: 'Debrief starts now.' },
      { kind: 'independence', on: true, by: 'Chloé Dubois' },
    ]);
  });

  it('reveals ratings to one interviewer for one candidate, only by the lead, and only then', async () => {
    const hiring = await withLead();
    // Chloé's card for James is a draft: the others stay hidden from her
    expect(othersHidden(hiring, 'james', 'chloe')).toBe(true);
    expect(reveal(hiring, chloe, 'james', 'chloe', 'She asked', stamp(2))).toBeNull();
    const shown = reveal(hiring, lead, 'james', 'chloe', 'Chloé joined late and must prepare the debrief.', stamp(2))!;
    expect(othersHidden(shown, 'james', 'chloe')).toBe(false);
    expect(othersHidden(shown, 'noor', 'chloe')).toBe(true);
    expect(shown.log.at(-1)).toMatchObject({
      kind: 'reveal',
      candidate: { id: 'james', name: 'James Whitfield' },
      interviewer: { id: 'chloe' },
    });
  });

  it('lets an interviewer set a passphrase once, enrolled by the lead, and only the lead clear it', async () => {
    const hiring = await withLead();
    const secret = await makeSecret('chloe secret', FAST);
    // nobody, or a colleague, cannot choose Chloé's passphrase for her
    expect(setPassphrase(hiring, { kind: 'nobody' }, 'chloe', secret, stamp(2))).toBeNull();
    expect(
      setPassphrase(hiring, { kind: 'interviewer', id: 'ana', name: 'Ana Souza', verified: true }, 'chloe', secret, stamp(2)),
    ).toBeNull();
    const set = setPassphrase(hiring, lead, 'chloe', secret, stamp(2))!;
    expect(set.interviewers.find((i) => i.id === 'chloe')?.secret).toEqual(secret);
    expect(set.log.at(-1)).toMatchObject({ kind: 'passphrase-set', interviewer: { id: 'chloe' }, by: 'Maria Lopez', verified: true });
    expect(setPassphrase(set, lead, 'chloe', await makeSecret('impostor', FAST), stamp(3))).toBeNull();
    expect(clearPassphrase(set, chloe, 'chloe', 'forgot', stamp(3))).toBeNull();
    const cleared = clearPassphrase(set, lead, 'chloe', 'Chloé forgot hers.', stamp(3))!;
    expect(cleared.interviewers.find((i) => i.id === 'chloe')).not.toHaveProperty('secret');
    expect(cleared.log.map((e) => e.kind)).toEqual(['lead-set', 'passphrase-set', 'passphrase-reset']);
  });
});

describe('the scoring record', () => {
  it('chains every entry to the one before, so an edit or a removal outside the app shows', async () => {
    let hiring = await withLead();
    hiring = setIndependence(hiring, lead, false, 'Debrief.', stamp(2))!;
    hiring = reveal(hiring, lead, 'noor', 'ben', 'Ben covers for Ana.', stamp(3))!;
    expect(chainBreak(hiring.log)).toBeNull();
    const edited = structuredClone(hiring.log);
    (edited[1] as { reason: string }).reason = 'Nothing to see.';
    expect(chainBreak(edited)).toBe(1);
    expect(chainBreak([hiring.log[0]!, hiring.log[2]!])).toBe(1);
    expect(chainBreak(hiring.log.slice(0, 2))).toBeNull(); // a cut-off tail cannot be seen: said in the docs
  });

  it('records weight changes only once scoring has begun, and only when weights moved', async () => {
    const project = sampleHiringProject();
    const after = {
      ...project.rubric,
      criteria: project.rubric.criteria.map((c, i) => ({ ...c, weight: i === 0 ? c.weight + 5 : i === 1 ? c.weight - 5 : c.weight })),
    };
    const change = {
      before: project.rubric,
      after,
      cause: 'manual' as const,
      reason: 'The board asked for more weight on the first must-have.',
    };
    const logged = recordWeights(project.hiring, change, { by: lead.name, verified: true }, stamp(1));
    expect(logged.log).toHaveLength(1);
    const entry = logged.log[0]!;
    expect(entry).toMatchObject({ kind: 'weights', cause: 'manual', by: 'Maria Lopez', reason: change.reason });
    if (entry.kind !== 'weights') throw new Error('not a weights entry');
    expect([entry.before[0]!.weight + 5, entry.before[1]!.weight - 5]).toEqual([entry.after[0]!.weight, entry.after[1]!.weight]);
    expect(entry.after).toHaveLength(project.rubric.criteria.length);
    expect(recordWeights(project.hiring, { ...change, after: project.rubric }, { by: lead.name, verified: true }, stamp(1))).toBe(
      project.hiring,
    );
    const unscored = { ...project.hiring, scorecards: project.hiring.scorecards.map((s) => ({ ...s, status: 'draft' as const })) };
    expect(recordWeights(unscored, change, { by: lead.name, verified: true }, stamp(1))).toBe(unscored);
  });
});

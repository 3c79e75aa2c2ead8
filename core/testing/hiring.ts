// Hiring data for tests and benches: a small hand-written process with a known disagreement, and
// a deterministic synthetic one of any size. Both start from a template project and stay valid
// (core/formats/project.ts accepts them), so they exercise the real code paths.
import { addCustomCriterion } from '../rubric/edit.js';
import { rubricContentFor } from '../rubric/role-rubric.js';
import type { Project } from '../schema/project.js';
import type { Candidate, Interviewer, Rating, Recommendation, Scorecard } from '../schema/rubric.js';
import { RECOMMENDATIONS } from '../schema/rubric.js';
import { deepCopy } from '../project/templates.js';
import { templateProject } from './roles.js';
import { emptyHiring } from '../project/empty.js';

const STAMP = '2026-03-02T10:00:00.000Z';

export function card(
  candidateId: string,
  interviewerId: string,
  ratings: Rating[],
  recommendation: Recommendation | null,
  submitted = true,
): Scorecard {
  return {
    id: `sc-${candidateId}-${interviewerId}`,
    candidateId,
    interviewerId,
    status: submitted ? 'submitted' : 'draft',
    ratings,
    recommendation,
    updatedAt: STAMP,
    submittedAt: submitted ? STAMP : null,
  };
}

/**
 * Three interviewers (Ana assesses everything, Ben the must-haves, Chloé the rest), two scored
 * candidates and one nobody has scored. James gets 5 from Ana and 1 from Ben on the first
 * must-have: a disagreement. Maria scores higher than James.
 */
export function sampleHiringProject(template = 'cxo'): Project {
  const project = templateProject(template);
  const criteria = project.rubric.criteria;
  const mustHaves = criteria.filter((c) => c.group === 'mustHave').map((c) => c.id);
  const rest = criteria.filter((c) => c.group !== 'mustHave').map((c) => c.id);
  const interviewers: Interviewer[] = [
    { id: 'ana', name: 'Ana Souza', focus: [] },
    { id: 'ben', name: 'Ben Okafor', focus: mustHaves },
    { id: 'chloe', name: 'Chloé Dubois', focus: rest },
  ];
  const candidates: Candidate[] = [
    { id: 'james', name: 'James Whitfield', currentRole: 'VP Customer Operations', origin: 'external' },
    { id: 'maria', name: 'Maria Kowalska', currentRole: 'Head of Marketing', origin: 'internal' },
    { id: 'noor', name: 'Noor Haddad', currentRole: '', origin: 'external' },
  ];
  const rate = (ids: readonly string[], rating: (i: number) => number, note: (id: string) => string) =>
    ids.map((criterionId, i): Rating => ({ criterionId, rating: rating(i), evidence: note(criterionId) }));
  const all = criteria.map((c) => c.id);
  const scorecards: Scorecard[] = [
    card(
      'maria',
      'ana',
      rate(
        all,
        () => 4,
        (id) => (id === all[0] ? 'Ran the loyalty journey map for 40 stores.' : ''),
      ),
      'strong-yes',
    ),
    card(
      'maria',
      'ben',
      rate(
        mustHaves,
        () => 4,
        () => '',
      ),
      'yes',
    ),
    card(
      'maria',
      'chloe',
      rate(
        rest,
        (i) => (i % 2 ? 5 : 4),
        () => '',
      ),
      'yes',
    ),
    card(
      'james',
      'ana',
      rate(
        all,
        (i) => (i === 0 ? 5 : 3),
        (id) => (id === all[0] ? 'Built a voice-of-the-customer programme at Contoso & Co.' : ''),
      ),
      'yes',
    ),
    card(
      'james',
      'ben',
      rate(
        mustHaves,
        (i) => (i === 0 ? 1 : 3),
        (id) => (id === all[0] ? 'Could not name one journey map he used.' : ''),
      ),
      'no',
    ),
    card(
      'james',
      'chloe',
      rate(
        rest,
        () => 3,
        () => '',
      ),
      null,
      false,
    ),
  ];
  // a deep copy: templates share frozen content, and tests edit what they get
  return deepCopy({ ...project, hiring: { ...emptyHiring(), interviewers, candidates, scorecards } });
}

/** mulberry32: a tiny seeded generator, so every run builds the same data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticSize {
  candidates: number;
  interviewers: number;
  /** at least the template's criteria (16 for cxo); custom criteria make up the rest */
  criteria: number;
  seed?: number;
}

/** A valid project with every interviewer scoring every candidate; a few ratings blank, a few cards drafts. */
export function syntheticProject({ candidates, interviewers, criteria, seed = 1 }: SyntheticSize): Project {
  const project = templateProject('cxo');
  let rubric = project.rubric;
  const content = rubricContentFor(project);
  for (let k = rubric.criteria.length; k < criteria; k++)
    rubric = addCustomCriterion(rubric, `custom-${k}`, `Custom criterion ${k + 1}`, content);
  const random = seededRandom(seed);
  const people: Interviewer[] = Array.from({ length: interviewers }, (_, i) => ({ id: `i${i}`, name: `Interviewer ${i + 1}`, focus: [] }));
  const pool: Candidate[] = Array.from({ length: candidates }, (_, i) => ({
    id: `c${i}`,
    name: `Candidate ${i + 1}`,
    currentRole: i % 3 ? 'Chief Customer Officer' : '',
    origin: i % 4 ? 'external' : 'internal',
  }));
  const scorecards = pool.flatMap((c) => {
    const strength = 1 + random() * 4;
    return people.map((p) => {
      const ratings = rubric.criteria.map((crit): Rating => {
        const value = Math.round(Math.min(5, Math.max(1, strength + (random() - 0.5) * 3)));
        return {
          criterionId: crit.id,
          rating: random() < 0.05 ? null : value,
          evidence: random() < 0.2 ? `Example given for ${crit.id}.` : '',
        };
      });
      return card(c.id, p.id, ratings, RECOMMENDATIONS[Math.floor(random() * 4)] ?? null, random() > 0.05);
    });
  });
  return { ...project, rubric, hiring: { ...emptyHiring(), interviewers: people, candidates: pool, scorecards } };
}

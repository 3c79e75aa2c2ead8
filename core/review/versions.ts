// Versions a board reads, and the integrity checks that tell whether what they read is still
// what the file holds.
import type { DecisionOutcome, Decision, Review, Snapshot, Version } from '../schema/review.js';
import type { RoleDesign } from '../schema/role.js';
import type { Rubric } from '../schema/rubric.js';
import { snapshotHash } from './snapshot.js';

interface Reviewable {
  role: RoleDesign;
  rubric: Rubric;
  review: Review;
}

export const snapshotOf = (p: Reviewable): Snapshot => ({ role: p.role, rubric: p.rubric, rationale: p.review.rationale });
export const latestVersion = (review: Review): Version | null => review.versions.at(-1) ?? null;

export interface ReviewStatus {
  latest: Version | null;
  /** the design differs from the latest version (or none was submitted): it is a draft */
  isDraft: boolean;
  /** the version the current design is, when it is not a draft */
  current: number | null;
  /** versions whose stored content no longer matches their hash: the file was edited by hand */
  tampered: number[];
}

export function reviewStatus(p: Reviewable): ReviewStatus {
  return { ...designStatus(p), tampered: tamperedVersions(p.review.versions) };
}

/** Draft or version N, hashing only the current design: cheap enough to follow every keystroke. */
export function designStatus(p: Reviewable): Omit<ReviewStatus, 'tampered'> {
  const latest = latestVersion(p.review);
  const isDraft = !latest || snapshotHash(snapshotOf(p)) !== latest.hash;
  return { latest, isDraft, current: isDraft ? null : (latest?.number ?? null) };
}

/** Re-hashes every stored version, so callers can keep the answer for as long as the versions last. */
export const tamperedVersions = (versions: readonly Version[]): number[] =>
  versions.filter((v) => snapshotHash(v.snapshot) !== v.hash).map((v) => v.number);

/** Freezes the current design as the next version; submitting an unchanged design adds nothing. */
export function submitVersion<P extends Reviewable>(p: P, author: string, now: Date): P {
  const snapshot = structuredCopy(snapshotOf(p));
  const hash = snapshotHash(snapshot);
  const latest = latestVersion(p.review);
  if (latest?.hash === hash) return p;
  const version: Version = { number: (latest?.number ?? 0) + 1, hash, submittedAt: now.toISOString(), author: author.trim(), snapshot };
  return { ...p, review: { ...p.review, versions: [...p.review.versions, version] } };
}

export type DecisionIntegrity = 'intact' | 'version-missing' | 'hash-mismatch' | 'content-changed';

/** Whether a decision still applies to exactly the content the board read. */
export function decisionIntegrity(review: Review, decision: Decision): DecisionIntegrity {
  const version = review.versions.find((v) => v.number === decision.version);
  if (!version) return 'version-missing';
  if (version.hash !== decision.hash) return 'hash-mismatch';
  return snapshotHash(version.snapshot) === version.hash ? 'intact' : 'content-changed';
}

export interface DecisionInput {
  version: number;
  outcome: DecisionOutcome;
  date: string;
  members: string[];
  conflicts: Decision['conflicts'];
  notes: string;
  recordedBy: string;
}

export function recordDecision<P extends Reviewable>(p: P, input: DecisionInput, id: string, now: Date): P | null {
  const version = p.review.versions.find((v) => v.number === input.version);
  if (!version) return null;
  const decision: Decision = {
    id,
    ...input,
    members: input.members.map((m) => m.trim()).filter(Boolean),
    conflicts: input.conflicts.map((c) => ({ ...c, member: c.member.trim(), interest: c.interest.trim() })),
    hash: version.hash,
    recordedAt: now.toISOString(),
  };
  return { ...p, review: { ...p.review, decisions: [...p.review.decisions, decision] } };
}

const structuredCopy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.js';
import type { Review } from '../schema/review.js';
import { templateProject } from '../testing/roles.js';
import { diffSnapshots } from './diff.js';
import { contentHash } from './hash.js';
import { readSnapshot, snapshotHash } from './snapshot.js';
import { decisionIntegrity, recordDecision, reviewStatus, snapshotOf, submitVersion } from './versions.js';

const t = translator('en');
const emptyReview = (): Review => ({ rationale: {}, comments: [], versions: [], decisions: [] });
const draft = () => ({ ...templateProject('cxo'), review: emptyReview() });
const monday = new Date('2026-06-01T10:00:00Z');
const friday = new Date('2026-06-05T16:00:00Z');

describe('versions', () => {
  it('freezes the design as numbered versions with the hash of their content', () => {
    let p = draft();
    expect(reviewStatus(p)).toMatchObject({ isDraft: true, latest: null, current: null });
    p = submitVersion(p, 'Maria Rossi', monday);
    expect(p.review.versions[0]).toMatchObject({ number: 1, author: 'Maria Rossi', submittedAt: monday.toISOString() });
    expect(p.review.versions[0]!.hash).toBe(snapshotHash(snapshotOf(p)));
    expect(reviewStatus(p)).toMatchObject({ isDraft: false, current: 1, tampered: [] });
    expect(submitVersion(p, 'Maria Rossi', friday)).toBe(p); // unchanged: nothing new to submit
  });

  it('turns into a draft on any edit after a submission, and numbers the next version 2', () => {
    let p = submitVersion(draft(), 'Maria', monday);
    p = { ...p, role: { ...p.role, title: 'Chief Customer Experience Officer' } };
    expect(reviewStatus(p)).toMatchObject({ isDraft: true, current: null, latest: { number: 1 } });
    p = submitVersion(p, 'Maria', friday);
    expect(reviewStatus(p)).toMatchObject({ isDraft: false, current: 2 });
    expect(p.review.versions[0]!.snapshot.role.title).toBe('Chief Experience Officer'); // version 1 kept as it was
  });

  it('binds a decision to its version’s hash and detects a hand-edited file', () => {
    let p = submitVersion(draft(), 'Maria', monday);
    const decided = recordDecision(
      p,
      { version: 1, outcome: 'approve', date: '2026-06-05', members: ['Ann', ' Bo ', ''], conflicts: [], notes: '', recordedBy: 'Ann' },
      'd1',
      friday,
    );
    expect(decided).not.toBeNull();
    p = decided!;
    const decision = p.review.decisions[0]!;
    expect(decision).toMatchObject({ version: 1, hash: p.review.versions[0]!.hash, members: ['Ann', 'Bo'] });
    expect(decisionIntegrity(p.review, decision)).toBe('intact');
    expect(
      recordDecision(
        p,
        { version: 7, outcome: 'reject', date: '2026-06-05', members: ['Ann'], conflicts: [], notes: '', recordedBy: 'Ann' },
        'd2',
        friday,
      ),
    ).toBeNull();

    // someone edits version 1's content in a text editor
    const tampered = structuredClone(p.review);
    tampered.versions[0]!.snapshot.role.archetypes.futurist = 99;
    expect(decisionIntegrity(tampered, decision)).toBe('content-changed');
    expect(reviewStatus({ ...p, review: tampered }).tampered).toEqual([1]);
    const rehashed = structuredClone(tampered);
    rehashed.versions[0]!.hash = snapshotHash(rehashed.versions[0]!.snapshot);
    expect(decisionIntegrity(rehashed, decision)).toBe('hash-mismatch');
  });
});

describe('a version submitted before schema 6', () => {
  // as the file stored it: the role without the posting fields that schema 6 added
  function legacyProject() {
    let p = draft();
    p = submitVersion(p, 'Maria Rossi', monday);
    const stored = structuredClone(p.review.versions[0]!.snapshot) as { role: Record<string, unknown> };
    for (const field of ['position', 'offer', 'application']) delete stored.role[field];
    delete (stored.role.context as Record<string, unknown>).figures;
    const hash = contentHash(stored);
    return { p, stored, hash };
  }

  it('keeps its hash: the upgraded design, its new fields still empty, is the same version', () => {
    const { p, stored, hash } = legacyProject();
    const upgraded = {
      ...p,
      role: { ...p.role, ...readSnapshot(stored as never).role },
      review: { ...p.review, versions: [{ ...p.review.versions[0]!, hash, snapshot: stored as never }] },
    };
    expect(reviewStatus(upgraded)).toMatchObject({ isDraft: false, current: 1, tampered: [] });
  });

  it('reads with the new fields empty, and filling one makes the design a draft', () => {
    const { p, stored, hash } = legacyProject();
    const read = readSnapshot(stored as never);
    expect(read.role.offer.disclosure).toBe('not-stated');
    expect(read.role.position.location).toBe('');
    expect(readSnapshot(stored as never)).toBe(read); // the same object each time: views memoise on it
    const filled = { ...p, role: { ...read.role, position: { ...read.role.position, location: 'Leeds' } } };
    filled.review = { ...p.review, versions: [{ ...p.review.versions[0]!, hash, snapshot: stored as never }] };
    expect(reviewStatus(filled)).toMatchObject({ isDraft: true });
  });
});

describe('diffSnapshots', () => {
  it('lists added, removed and changed lines by section, with the changed words', () => {
    const before = draft();
    const after = structuredClone(before);
    after.role.company.name = 'Northwind';
    after.role.mustHaves[0]!.text = after.role.mustHaves[0]!.text.replace('Deep', 'Expert');
    after.role.niceToHaves = after.role.niceToHaves.slice(1);
    after.role.objectives.outcomes.push({ id: 'o-new', text: 'Halve repeat contacts' });
    const diff = diffSnapshots(snapshotOf(before), snapshotOf(after), t);
    expect(diff.map((d) => d.section)).toEqual(['company', 'objectives', 'qualifications']);
    expect(diff[0]!.changes).toEqual([{ kind: 'added', after: 'Company: Northwind' }]);
    expect(diff[1]!.changes).toContainEqual({ kind: 'added', after: 'Outcome: Halve repeat contacts' });
    const qualifications = diff[2]!.changes;
    const changed = qualifications.find((c) => c.kind === 'changed');
    expect(changed && changed.kind === 'changed' && changed.words.filter((w) => w.kind !== 'same').map((w) => w.text)).toEqual([
      'Deep',
      'Expert',
    ]);
    expect(qualifications.some((c) => c.kind === 'removed' && c.before.startsWith('Nice to have:'))).toBe(true);
    expect(diffSnapshots(snapshotOf(before), snapshotOf(before), t)).toEqual([]);
  });
});

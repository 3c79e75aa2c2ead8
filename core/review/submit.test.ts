import { describe, expect, it } from 'vitest';
import { loadProject, serializeProject } from '../formats/project.js';
import { templateProject } from '../testing/roles.js';
import { submitForReview } from './submit.js';
import { designStatus, reviewStatus, tamperedVersions } from './versions.js';

const monday = new Date('2026-06-01T10:00:00Z');

describe('submitForReview', () => {
  it('freezes the design as the file will hold it, so the saved file reopens as that version', () => {
    const p = templateProject('cxo');
    p.role.company.name = 'Harbour Bank';
    // rows still being typed: left out of the version, as they are left out of the file
    p.role.mustHaves.push({ id: 'h-blank', text: '  ' });
    p.review.rationale.background = 'We need someone the executive team already trusts.';
    const { project, blockers } = submitForReview(p, ' Maria Rossi ', monday);
    expect(blockers).toEqual([]);
    expect(project.review.versions).toHaveLength(1);
    expect(project.review.versions[0]).toMatchObject({ number: 1, author: 'Maria Rossi' });
    expect(project.role.mustHaves.some((m) => m.id === 'h-blank')).toBe(false);
    expect(designStatus(project)).toMatchObject({ isDraft: false, current: 1 });

    const reopened = loadProject(serializeProject(project));
    expect(reopened.ok && reviewStatus(reopened.value)).toMatchObject({ isDraft: false, current: 1, tampered: [] });
  });

  it('refuses without an author or with a gap the file cannot hold, and leaves the project as it was', () => {
    const p = templateProject('cxo');
    expect(submitForReview(p, '  ', monday)).toEqual({
      project: p,
      blockers: [{ field: 'review.author', code: 'ui.missing.reviewerName' }],
    });
    const untitled = { ...p, role: { ...p.role, title: '' } };
    const refused = submitForReview(untitled, 'Maria', monday);
    expect(refused.project).toBe(untitled);
    expect(refused.blockers).toContainEqual({ field: 'title', code: 'ui.missing.roleTitle' });
  });

  it('lists the versions whose content no longer matches their hash', () => {
    const { project } = submitForReview(templateProject('cxo'), 'Maria', monday);
    expect(tamperedVersions(project.review.versions)).toEqual([]);
    const edited = structuredClone(project.review.versions);
    edited[0]!.snapshot.role.title = 'Chief Everything Officer';
    expect(tamperedVersions(edited)).toEqual([1]);
  });
});

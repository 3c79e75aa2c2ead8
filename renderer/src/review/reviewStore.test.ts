import { beforeEach, describe, expect, it } from 'vitest';
import { submitForReview } from '../../../core/review/submit';
import { designStatus } from '../../../core/review/versions';
import { findTemplate } from '../../../core/project/templates';
import { useStudio } from '../state/store';

const { getState } = useStudio;

describe('the store and board review', () => {
  beforeEach(() => getState().startFromTemplate(findTemplate('cxo')!));

  it('keeps the rationale in the review, and an edit after a submission makes the design a draft again', () => {
    getState().updateReview((review) => ({ ...review, rationale: { background: 'The board asked for an insider.' } }));
    const { project } = submitForReview(getState().project!, 'Maria Rossi', new Date('2026-06-01T10:00:00Z'));
    getState().replaceProject(project);
    expect(designStatus(getState().project!)).toMatchObject({ isDraft: false, current: 1 });
    getState().updateRole((role) => ({ ...role, title: 'Chief Customer Experience Officer' }));
    expect(designStatus(getState().project!)).toMatchObject({ isDraft: true, current: null, latest: { number: 1 } });
    expect(getState().dirty).toBe(true);
  });

  it('forgets the version being read with the project, and keeps no name of whoever spoke last', () => {
    getState().readVersion(1);
    getState().startFromTemplate(findTemplate('cco')!);
    expect(getState().reading).toBeNull();
    expect(Object.keys(getState())).not.toContain('reviewer');
  });
});

import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.js';
import { sampleHiringProject } from '../testing/hiring.js';
import { compareProjects } from './compare.js';

const t = translator();

describe('comparing the file on disk with the open version', () => {
  it('names the scorecard a merge added on disk, which saving the open version would remove', () => {
    const mine = sampleHiringProject();
    const onDisk = sampleHiringProject();
    const card = { ...onDisk.hiring.scorecards[0]!, id: 'sc-noor-ana', candidateId: 'noor', interviewerId: 'ana' };
    onDisk.hiring.scorecards.push(card);
    mine.role.company.name = 'Renamed here';
    const comparison = compareProjects(onDisk, mine, t);
    expect(comparison.records).toEqual([{ kind: 'scorecards', onlyOnDisk: ['Noor Haddad · Ana Souza'], onlyHere: [], different: [] }]);
    expect(comparison.sections.map((s) => s.section)).toEqual(['company']);
  });

  it('finds nothing when both say the same', () => {
    expect(compareProjects(sampleHiringProject(), sampleHiringProject(), t)).toEqual({ sections: [], records: [] });
  });
});

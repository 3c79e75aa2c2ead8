import { describe, expect, it } from 'vitest';
import { checkArchetypes, checkCompany, checkObjectives, checkOffer, checkQualifications, checkResponsibilities } from './checks.js';
import { completeRole } from '../testing/complete-role.js';

const fields = (issues: { field: string }[]) => issues.map((i) => i.field);

describe('per-step checks', () => {
  it('finds nothing missing in a complete role', () => {
    const role = completeRole();
    for (const check of [checkCompany, checkObjectives, checkResponsibilities, checkQualifications, checkArchetypes]) {
      expect(check(role)).toEqual([]);
    }
  });

  it('asks for a company name and a role title, ignoring surrounding spaces', () => {
    const role = completeRole();
    role.company.name = '   ';
    role.title = '';
    expect(checkCompany(role)).toEqual([
      { field: 'title', code: 'ui.missing.roleTitle' },
      { field: 'company.name', code: 'ui.missing.companyName' },
    ]);
  });

  it('asks for detail only where "other" was chosen', () => {
    const role = completeRole();
    expect(checkCompany(role)).toEqual([]);
    role.context.whyNow = 'other';
    role.context.reportingLine = 'other';
    role.context.teams = ['design', 'other'];
    expect(fields(checkCompany(role))).toEqual(['context.whyNowDetail', 'context.reportingLineOther', 'context.teamsOther']);
    role.context.whyNowDetail = 'A merger';
    role.context.reportingLineOther = 'Chief Digital Officer';
    role.context.teamsOther = 'Field service';
    expect(checkCompany(role)).toEqual([]);
  });

  it('asks for a purpose, outcome wording, custom metric names and every target', () => {
    const role = completeRole();
    role.objectives.purpose = '';
    role.objectives.outcomes.push({ id: 'o2', text: ' ' });
    role.objectives.metrics.push({ id: 'm2', metric: 'custom', customName: '', current: '', target: '' });
    expect(checkObjectives(role)).toEqual([
      { field: 'objectives.purpose', code: 'ui.missing.purpose' },
      { field: 'objectives.outcomes.o2', code: 'ui.missing.outcomeText' },
      { field: 'objectives.metrics.m2.customName', code: 'ui.missing.metricName' },
      { field: 'objectives.metrics.m2.target', code: 'ui.missing.metricTarget' },
    ]);
  });

  it('needs at least one responsibility, each with words and a theme', () => {
    const role = completeRole();
    role.responsibilities = [];
    expect(checkResponsibilities(role)).toEqual([{ field: 'responsibilities', code: 'ui.missing.responsibilities' }]);
    role.responsibilities = [{ id: 'r9', theme: '', text: '', measuredBy: [] }];
    expect(fields(checkResponsibilities(role))).toEqual(['responsibilities.r9.text', 'responsibilities.r9.theme']);
  });

  it('needs a must-have and a quality, and no blank rows in any list', () => {
    const role = completeRole();
    role.mustHaves = [];
    role.qualities = [];
    role.niceToHaves = [{ id: 'n1', text: '' }];
    expect(fields(checkQualifications(role))).toEqual(['mustHaves', 'qualities', 'niceToHaves.n1']);
    role.mustHaves = [{ id: 'h1', text: '' }];
    expect(fields(checkQualifications(role))).toContain('mustHaves.h1');
  });

  it('flags archetype weights that do not add up to 100', () => {
    const role = completeRole();
    role.archetypes.futurist = 30;
    expect(checkArchetypes(role)).toEqual([{ field: 'archetypes', code: 'ui.missing.archetypeTotal' }]);
  });
});

describe('checkOffer', () => {
  const offerRole = (edit: (r: ReturnType<typeof completeRole>) => void) => {
    const role = completeRole();
    role.application = { ...role.application, method: 'Send your CV.', contact: 'Sam Patel (sam@example.com)' };
    edit(role);
    return role;
  };

  it('asks for both ends of a range, lowest first', () => {
    const codes = (minimum: number | null, maximum: number | null) =>
      checkOffer(offerRole((r) => (r.offer = { ...r.offer, disclosure: 'range', minimum, maximum }))).map((i) => `${i.field} ${i.code}`);
    expect(codes(null, null)).toEqual(['offer.minimum ui.missing.payMinimum', 'offer.maximum ui.missing.payMaximum']);
    expect(codes(200000, 150000)).toEqual(['offer.maximum ui.missing.payOrder']);
    expect(codes(150000, 200000)).toEqual([]);
    expect(codes(150000, 150000)).toEqual([]);
  });

  it('asks how and to whom to apply, and for a real closing date when one is given', () => {
    const codes = (application: Partial<ReturnType<typeof completeRole>['application']>) =>
      checkOffer(offerRole((r) => (r.application = { ...r.application, ...application }))).map((i) => i.code);
    expect(codes({ method: ' ', contact: '' })).toEqual(['ui.missing.applyMethod', 'ui.missing.applyContact']);
    expect(codes({ deadline: '2027-02-30' })).toEqual(['ui.missing.deadline']);
    expect(codes({ deadline: '2027-02-28' })).toEqual([]);
    expect(codes({ deadline: '' })).toEqual([]);
  });
});

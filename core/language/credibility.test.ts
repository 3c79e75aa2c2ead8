import { describe, expect, it } from 'vitest';
import { templateRole } from '../testing/roles.js';
import { builtInRules, checkRole } from './check.js';

const rules = builtInRules('en');
const credibility = (role: Parameters<typeof checkRole>[0]) =>
  checkRole(role, rules).findings.filter((f) => f.kind === 'credibility' && f.severity !== 'low');

describe('credibility checks', () => {
  it('starts clean on the CXO template', () => {
    expect(credibility(templateRole('cxo'))).toEqual([]);
  });

  it('flags eight must-haves once, as medium, with its source', () => {
    const role = templateRole('cxo', (r) => r.mustHaves.push({ id: 'mh-eighth', text: 'Board experience in a listed company' }));
    const findings = credibility(role);
    expect(findings.map((f) => [f.ruleId, f.severity, f.field])).toEqual([['credibility.must-haves', 'medium', 'mustHaves']]);
    expect(findings[0]?.params).toEqual({ count: 8, limit: 7 });
    expect(findings[0]?.source).toMatch(/Mohr.*Harvard Business Review.*Hewlett-Packard/);
  });

  it('flags an outcome no responsibility is measured by, unless it carries its own figure', () => {
    const role = templateRole('cxo', (r) => {
      r.objectives.outcomes.push({ id: 'o-new', text: 'Be known for great service' }, { id: 'o-figure', text: 'Halve complaints by 2027' });
    });
    expect(credibility(role).map((f) => [f.ruleId, f.field])).toEqual([['credibility.outcome-unmeasured', 'objectives.outcomes.o-new']]);
  });

  it('flags a metric with an empty target', () => {
    const role = templateRole('cxo', (r) => (r.objectives.metrics[0]!.target = '  '));
    expect(credibility(role).map((f) => [f.ruleId, f.field])).toEqual([
      ['credibility.metric-no-target', 'objectives.metrics.m-nps.target'],
    ]);
  });

  it('flags responsibilities measured by nothing, or only by ids that no longer exist', () => {
    const role = templateRole('cxo', (r) => {
      r.responsibilities[0]!.measuredBy = [];
      r.responsibilities[1]!.measuredBy = ['m-deleted'];
      r.responsibilities[2]!.measuredBy = ['m-deleted', 'o-loyalty'];
    });
    expect(credibility(role).map((f) => f.field)).toEqual([
      'responsibilities.r-represent.measuredBy',
      'responsibilities.r-advocate.measuredBy',
    ]);
  });

  it('flags vague wording as low severity', () => {
    const role = templateRole('cxo', (r) => (r.objectives.purpose = 'You will own various programmes, etc.'));
    const vague = checkRole(role, rules).findings.filter((f) => f.ruleId.startsWith('vague.'));
    expect(vague.map((f) => [f.ruleId, f.severity, f.field])).toEqual([
      ['vague.various', 'low', 'objectives.purpose'],
      ['vague.etc', 'low', 'objectives.purpose'],
    ]);
  });
});

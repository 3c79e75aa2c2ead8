import { describe, expect, it } from 'vitest';
import { builtInRules, checkRole } from '../../language/check.js';
import { reviewedProject } from '../../testing/review.js';
import { packAndRead } from '../../testing/read-back.js';

describe('board pack: wording kept against the language check', () => {
  it('lists each dismissed high-severity finding the text still has, with the author’s reason', async () => {
    const project = reviewedProject();
    project.role.mustHaves[1]!.text = 'A native English speaker able to lead regulators through audits';
    const finding = checkRole(project.role, builtInRules('en')).findings.find((f) => f.severity === 'high')!;
    expect(finding).toBeDefined();
    project.language.dismissed = [finding.id, 'gone.finding'];
    project.language.reasons = {
      [finding.id]: 'The regulator examines in English only; we test the level, not the origin.',
      'gone.finding': 'x',
    };
    const part = (await packAndRead(project)).part('Wording kept against the language check');
    expect(part).toContain('“native English speaker”');
    expect(part).toContain('The regulator examines in English only; we test the level, not the origin.');
    expect(part).toContain('kept one such phrase');
  });

  it('is left out when nothing was kept', async () => {
    const pack = await packAndRead(reviewedProject());
    expect(pack.text).not.toContain('Wording kept against the language check');
  });
});

// The board pack read back from the packed DOCX: the cover names the version and its hash in full,
// a draft says so plainly, the changes show the before and after text, and the decision record
// carries every decision with its integrity, down to a hand-edited file.
import { describe, expect, it } from 'vitest';
import { snapshotHash } from '../../review/snapshot.js';
import { snapshotOf } from '../../review/versions.js';
import { templateProject } from '../../testing/roles.js';
import { MUST_HAVE_BEFORE_AFTER, reviewedProject } from '../../testing/review.js';
import { packAndRead } from '../../testing/read-back.js';

describe('board pack: cover and changes', () => {
  it('presents the latest version, with its SHA-256 in full on the cover and the version in the footer', async () => {
    const project = reviewedProject();
    const latest = project.review.versions.at(-1)!;
    const pack = await packAndRead(project);
    const cover = pack.part('cover');
    expect(cover).toContain('Chief Experience Officer');
    expect(cover).toContain('Northwind Traders · Board pack');
    expect(cover).toContain('Version 2, submitted by Maria Rossi on 5 June 2026');
    expect(cover).toContain(`SHA-256 of version 2:\n\n${latest.hash}`);
    expect(cover).toContain('8 June 2026');
    expect(cover).not.toContain('Draft');
    expect(pack.header).toContain('Chief Experience Officer · Board pack · Version 2 · 8 June 2026');
  });

  it('shows what changed between the last two versions, before and after', async () => {
    const project = reviewedProject();
    const changes = (await packAndRead(project)).part('What changed since the previous version');
    const mustHave = project.review.versions[0]!.snapshot.role.mustHaves[0]!.text;
    expect(changes).toContain('Version 1, submitted on 1 June 2026, compared with version 2, submitted on 5 June 2026.');
    expect(changes).toContain(`Must-have: ${mustHave}`);
    expect(changes).toContain(`Must-have: ${mustHave.replace(...MUST_HAVE_BEFORE_AFTER)}`);
    expect(changes).toContain('Qualifications and qualities');
    expect(changes).not.toContain('Company and context'); // an unchanged part is left out
  });

  it('says plainly when the design changed after the last submission, and shows those changes', async () => {
    const project = reviewedProject();
    project.role.context.reportingLine = 'coo';
    const pack = await packAndRead(project);
    const cover = pack.part('cover');
    expect(cover).toContain('Draft — changes since version 2');
    expect(cover).toContain(`SHA-256 of this draft:\n\n${snapshotHash(snapshotOf(project))}`);
    expect(cover).toContain(`SHA-256 of version 2:\n\n${project.review.versions[1]!.hash}`);
    const changes = pack.part('What changed since version 2');
    expect(changes).toContain('Reports to: Chief Executive Officer (CEO)');
    expect(changes).toContain('Reports to: Chief Operating Officer (COO)');
    expect(pack.header).toContain('Draft after version 2');
    expect(pack.part('Decision record')).toContain('This decision is about version 2; this pack presents a draft.');
  });

  it('says a design that was never submitted is a draft, with nothing to compare and no decision', async () => {
    const pack = await packAndRead(templateProject('cco'));
    expect(pack.part('cover')).toContain('Draft, not yet submitted for review');
    expect(pack.part('What changed since the previous version')).toContain('Nothing has been submitted yet');
    expect(pack.part('Decision record')).toContain('No decision has been recorded yet.');
    expect(pack.part('Summary')).toContain('Latest decision: No decision recorded yet.');
  });
});

describe('board pack: decision record', () => {
  it('lists every decision with its version, hash, outcome, date, members, conditions and who recorded it', async () => {
    const project = reviewedProject();
    const record = (await packAndRead(project)).part('Decision record');
    const [v1, v2] = project.review.versions;
    expect(record).toContain('Decision 1: Approved with changes, version 1');
    expect(record).toContain(v1!.hash);
    expect(record).toContain('Members present: Ann Lee, Bo Chen, Carla Diaz');
    expect(record).toContain('Conditions: Ask for proven results in the first must-have.');
    expect(record).toContain('Recorded: By Ann Lee on 3 June 2026 at 15:00 UTC');
    expect(record).toContain('Decision 2: Approved, version 2');
    expect(record).toContain(v2!.hash);
    expect(record).toContain('Members present: Ann Lee, Bo Chen, Carla Diaz, Dev Patel');
    expect(record).toContain('Date of the decision: 5 June 2026');
    expect(record.match(/Integrity: Intact/g)).toHaveLength(2);
    expect((await packAndRead(project)).part('Summary')).toContain(
      'Latest decision: Approved on 5 June 2026, for version 2, with 4 members present.',
    );
  });

  it('warns when a hand-edited file no longer holds what was decided', async () => {
    const project = reviewedProject();
    project.review.versions[1]!.snapshot.role.archetypes.futurist = 99; // edited in a text editor
    const pack = await packAndRead(project);
    expect(pack.part('cover')).toContain('Warning: the stored content of version 2 no longer matches its hash.');
    const record = pack.part('Decision record');
    expect(record).toContain('Warning: the stored content of version 2 no longer matches its hash');
    expect(record).toContain('The content no longer matches what was decided.');
    expect(record.match(/Integrity: Intact/g)).toHaveLength(1); // version 1's decision still stands
    expect(pack.part('Summary')).toContain('The content no longer matches what was decided.');
  });

  it('warns when a decision names a hash its version no longer carries', async () => {
    const project = reviewedProject();
    project.review.decisions[0]!.hash = 'f'.repeat(64);
    const record = (await packAndRead(project)).part('Decision record');
    expect(record).toContain('Warning: version 1 no longer carries the hash this decision was recorded against.');
  });
});

import { CURRENT_SCHEMA_VERSION } from '../schema/project.js';
import { describe, expect, it } from 'vitest';
import { templateProject } from '../testing/roles.js';
import { loadProject, serializeProject } from './project.js';
import { migrate } from './migrate.js';
import { derivedProjectId } from '../project/id.js';

describe('loadProject', () => {
  it('loads what it saves, deep-equal', () => {
    const project = templateProject('cpo-ex');
    expect(loadProject(serializeProject(project))).toEqual({ ok: true, value: project });
  });

  it('upgrades a version 1 file, deriving its rubric from the role, and upgrading twice changes nothing', () => {
    const current = templateProject('cxo');
    const v1 = { schemaVersion: 1, role: current.role };
    const loaded = loadProject(JSON.stringify(v1));
    // a file from before projects had ids gets one derived from its role, the same every time
    expect(loaded).toEqual({ ok: true, value: { ...current, id: derivedProjectId(current.role) } });
    if (loaded.ok) expect(loadProject(serializeProject(loaded.value))).toEqual(loaded);
  });

  it('upgrades a version 3 file: its id, the lead and scoring record, and no conflicts on past decisions', () => {
    const v3 = JSON.parse(serializeProject(templateProject('cxo'))) as Record<string, unknown> & {
      hiring: Record<string, unknown>;
      review: { decisions: unknown[] };
    };
    delete v3.id;
    v3.schemaVersion = 3;
    delete v3.hiring.lead;
    delete v3.hiring.log;
    v3.review.decisions = [
      {
        id: 'd1',
        version: 1,
        hash: 'a'.repeat(64),
        outcome: 'approve',
        date: '2026-01-02',
        members: ['Ann'],
        notes: '',
        recordedBy: 'Ann',
        recordedAt: '2026-01-02T10:00:00Z',
      },
    ];
    const upgraded = migrate(v3 as unknown as { schemaVersion: number }) as Record<string, unknown> & {
      hiring: unknown;
      review: { decisions: unknown[] };
    };
    expect(upgraded).toMatchObject({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      id: derivedProjectId(v3.role),
      hiring: { lead: null, log: [] },
    });
    expect(upgraded.review.decisions[0]).toMatchObject({ id: 'd1', conflicts: [] });
  });

  it('refuses a file from a newer version without touching it', () => {
    expect(loadProject(JSON.stringify({ schemaVersion: 99, role: {} }))).toMatchObject({
      ok: false,
      problem: { code: 'file.newerVersion' },
    });
  });

  it('refuses a scorecard that names a candidate the file does not have', () => {
    const project = templateProject('cxo');
    project.hiring.interviewers = [{ id: 'i1', name: 'Ana', focus: [] }];
    project.hiring.scorecards = [
      {
        id: 's1',
        candidateId: 'ghost',
        interviewerId: 'i1',
        status: 'draft',
        ratings: [],
        recommendation: null,
        updatedAt: '2026-01-01T00:00:00Z',
        submittedAt: null,
      },
    ];
    expect(loadProject(serializeProject(project))).toMatchObject({
      ok: false,
      problem: { code: 'file.invalid', fields: [{ field: 'hiring.scorecards[0].candidateId', code: 'validation.unknownReference' }] },
    });
  });

  it('accepts a byte-order mark, refuses text that is not JSON', () => {
    expect(loadProject(`\uFEFF${serializeProject(templateProject())}`).ok).toBe(true);
    expect(loadProject('{"schemaVersion":')).toMatchObject({ ok: false, problem: { code: 'file.notJson' } });
  });
});

describe('item ids that name Object.prototype members', () => {
  it.each(['valueOf', 'constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    'loads a must-have with id %s, with generic rubric content',
    (id) => {
      const project = templateProject('cxo');
      project.role.mustHaves[1]!.id = id;
      const loaded = loadProject(serializeProject(project));
      expect(loaded.ok).toBe(true);
      if (loaded.ok)
        expect(loaded.value.rubric.criteria.find((c) => c.source === id)?.anchors.low).toContain(
          project.role.mustHaves[1]!.text.slice(0, 20),
        );
    },
  );
});

import { CURRENT_SCHEMA_VERSION } from '../schema/project.js';
import { describe, expect, it } from 'vitest';
import { templateProject } from '../testing/roles.js';
import { emptyApplication, emptyOffer, emptyPosition, emptyScopeFigures } from '../project/empty.js';
import { loadProject, serializeProject } from './project.js';
import { migrate } from './migrate.js';
import { derivedProjectId } from '../project/id.js';

const upgradedEmpty = () => ({ position: emptyPosition(), offer: emptyOffer(), application: emptyApplication() });

describe('loadProject', () => {
  it('loads what it saves, deep-equal', () => {
    const project = templateProject('cpo-ex');
    expect(loadProject(serializeProject(project))).toEqual({ ok: true, value: project });
  });

  it('upgrades a version 1 file, deriving its rubric from the role, and upgrading twice changes nothing', () => {
    const current = templateProject('cxo');
    // a role as version 1 to 5 saved it: without the job description's posting fields of version 6
    const { position: _p, offer: _o, application: _a, ...older } = current.role;
    const { figures: _f, ...context } = older.context;
    const v1 = { schemaVersion: 1, role: { ...older, context } };
    const loaded = loadProject(JSON.stringify(v1));
    // upgraded, those fields are empty: the design says nothing it did not say before; a file from
    // before projects had ids gets one derived from its role as the file held it, the same every time
    current.role = { ...current.role, ...upgradedEmpty() };
    current.role.context.figures = emptyScopeFigures();
    expect(loaded).toEqual({ ok: true, value: { ...current, id: derivedProjectId(v1.role) } });
    if (loaded.ok) expect(loadProject(serializeProject(loaded.value))).toEqual(loaded);
  });

  it('upgrades a version 3 file: its id, the lead and scoring record, and no conflicts on past decisions (then on to the shortlist)', () => {
    const v3 = JSON.parse(serializeProject(templateProject('cxo'))) as Record<string, unknown> & {
      hiring: Record<string, unknown>;
      review: { decisions: unknown[] };
    };
    delete v3.id;
    v3.schemaVersion = 3;
    delete v3.hiring.lead;
    delete v3.hiring.log;
    delete v3.hiring.shortlist;
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
      hiring: { lead: null, log: [], shortlist: { top: 10, added: [] } },
    });
    expect(upgraded.review.decisions[0]).toMatchObject({ id: 'd1', conflicts: [] });
  });

  it('upgrades a version 4 file: no reasons for dismissed findings yet, nothing left unplaced', () => {
    const v4 = JSON.parse(serializeProject(templateProject('cco'))) as Record<string, unknown> & { language: Record<string, unknown> };
    v4.schemaVersion = 4;
    v4.language = { dismissed: ['jargon:summary:synergy'] };
    delete v4.imported;
    const upgraded = migrate(v4 as unknown as { schemaVersion: number });
    expect(upgraded).toMatchObject({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      language: { dismissed: ['jargon:summary:synergy'], reasons: {} },
      imported: { unplaced: '' },
    });
  });

  it('upgrades a version 5 file: the posting fields empty (the scope in figures too) and the default shortlist', () => {
    const current = templateProject('cpo-ex');
    const { position: _p, offer: _o, application: _a, ...older } = current.role;
    const { figures: _f, ...context } = older.context;
    const { shortlist: _s, ...hiring } = current.hiring;
    const v5 = { ...current, schemaVersion: 5, role: { ...older, context }, hiring };
    const loaded = loadProject(JSON.stringify(v5));
    expect(loaded).toEqual({
      ok: true,
      value: {
        ...current,
        role: { ...current.role, ...upgradedEmpty(), context: { ...current.role.context, figures: emptyScopeFigures() } },
        hiring: { ...current.hiring, shortlist: { top: 10, added: [] } },
      },
    });
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

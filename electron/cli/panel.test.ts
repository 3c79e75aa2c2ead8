// The measured panel and scorecard packs on the command line: stats, packs out, packs back in.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { beforeEach, describe, expect, it } from 'vitest';
import { fillPack } from '../../core/testing/fill-pack.js';
import { sampleHiringProject } from '../../core/testing/hiring.js';
import { writeProjectFile } from '../files/project-file.js';
import { runCli } from './run.js';

let dir: string;
let role: string;
const project = sampleHiringProject();
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cxo-cli-panel-'));
  role = join(dir, 'role.cxorole');
  await writeProjectFile(role, project, { kind: 'replace' });
});

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
const textOf = async (path: string) => (await mammoth.extractRawText({ path })).value;

describe('cxo-studio stats', () => {
  it('prints exactly { interviewers, criteria, candidates } with --json, nulls where nothing can be said', async () => {
    const { code, out } = await run('stats', role, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as Record<string, { id: string }[]>;
    expect(Object.keys(json)).toEqual(['interviewers', 'criteria', 'candidates']);
    expect(json.interviewers!.map((i) => Object.keys(i))).toEqual([
      ['id', 'severity'],
      ['id', 'severity'],
      ['id', 'severity'],
    ]);
    expect(json.candidates!.find((c) => c.id === 'noor')).toEqual({ id: 'noor', score: null, low: null, high: null });
    expect(out).not.toMatch(/NaN|Infinity/);
  });

  it('reads in words without --json: severity, agreement, and which candidates are incomplete', async () => {
    const { code, out } = await run('stats', role);
    expect(code).toBe(0);
    expect(out).toContain('Interviewer severity, in rating points');
    expect(out).toMatch(/Ana Souza\s+[+−]\d\.\d\d {2}rates/);
    expect(out).toMatch(/James Whitfield\s+.*incomplete: 2 of 3 scorecards/);
    expect(out).toMatch(/Maria Kowalska\s+\d+\.\d \(raw \d+\.\d\) .* · complete/);
    expect((await run('stats')).code).toBe(2);
  });
});

describe('cxo-studio scorecard packs', () => {
  it('writes one interviewer’s pack, and refuses without an interviewer or with an unknown one', async () => {
    const pack = join(dir, 'ben.docx');
    expect(await run('export', role, '--interviewer', 'ben', '--scorecard-pack', pack)).toMatchObject({
      code: 0,
      out: `Wrote the scorecard pack to ${pack}.`,
    });
    expect(await textOf(pack)).toContain('Scorecard pack for Ben Okafor');
    expect((await run('export', role, '--scorecard-pack', pack)).code).toBe(2);
    const unknown = await run('export', role, '--interviewer', 'zed', '--scorecard-pack', pack);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain(
      'no interviewer with the id “zed”. Its interviewers: ana (Ana Souza), ben (Ben Okafor), chloe (Chloé Dubois)',
    );
    expect((await run('export', '--template', 'cxo', '--interviewer', 'ben', '--scorecard-pack', pack)).code).toBe(2);
  });

  it('merges a filled pack: new cards added, untouched ones already there; an unfilled pack says so', async () => {
    const pack = join(dir, 'noor.docx');
    await run('export', role, '--interviewer', 'ben', '--scorecard-pack', pack, '--candidate', 'noor');
    const blank = await run('merge', role, pack);
    expect(blank.code).toBe(1);
    expect(blank.out).toContain(`${pack}: is not a scorecard pack this app can read; skipped:`);
    expect(blank.out).toContain('Nothing is filled in in this pack yet: Ben Okafor has chosen no rating');
    await writeFile(
      pack,
      fillPack(await readFile(pack), ({ kind, tag }) =>
        kind === 'text'
          ? { text: 'Named three journey maps.' }
          : tag?.startsWith('cxo:v')
            ? { text: 'Yes', value: 'yes' }
            : { text: '4', value: '4' },
      ),
    );
    const merged = await run('merge', role, pack);
    expect(merged).toMatchObject({ code: 0 });
    expect(merged.out).toContain(`${pack} · Noor Haddad: added (Noor Haddad, interviewed by Ben Okafor).`);
    const saved = JSON.parse(await readFile(role, 'utf8')) as typeof project;
    expect(saved.hiring.scorecards.find((s) => s.candidateId === 'noor' && s.interviewerId === 'ben')).toMatchObject({
      status: 'submitted',
      recommendation: 'yes',
    });
    expect((await run('merge', role, pack)).out).toContain(`${pack} · Noor Haddad: the project already has this scorecard; skipped.`);
  });

  it('refuses a pack written for another project', async () => {
    const other = join(dir, 'other.cxorole');
    await writeProjectFile(other, { ...project, id: 'p-another-project' }, { kind: 'replace' });
    const pack = join(dir, 'other.docx');
    await run('export', other, '--interviewer', 'ben', '--scorecard-pack', pack, '--candidate', 'noor');
    await writeFile(
      pack,
      fillPack(await readFile(pack), ({ kind }) => (kind === 'text' ? { text: 'Seen.' } : undefined)),
    );
    const { code, out } = await run('merge', role, pack);
    expect(code).toBe(1);
    expect(out).toContain('This scorecard pack was written for another project (“Chief Experience Officer”), not this one.');
  });
});

describe('cxo-studio export --debrief', () => {
  it('writes the debrief agenda of every scored candidate, largest disagreement first', async () => {
    const path = join(dir, 'debrief.docx');
    expect(await run('export', role, '--debrief', path)).toMatchObject({ code: 0, out: `Wrote the debrief agenda to ${path}.` });
    const text = await textOf(path);
    expect(text).toContain('How to run the debrief');
    expect(text).toContain(`1. ${project.rubric.criteria[0]!.title}`);
    expect(text).toContain('the interviewers rated it 4 points apart, from 1 to 5.');
    expect(text).toContain("Waiting for Chloé Dubois's scorecard");
    expect(text).not.toContain('Noor Haddad'); // nobody has scored Noor yet
  });
});

// Issue 11 on the command line: exports never replace a project or a device, reads of a FIFO do not
// hang, and merge writes only over the very version it read, saying "added" only once it has.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeProject } from '../../core/formats/project.js';
import { blankScorecardFile } from '../../core/hiring/exchange.js';
import { sampleHiringProject } from '../../core/testing/hiring.js';

// a second writer (the app, a sync client) saves the project while merge reads the cards
const meanwhile = vi.hoisted(() => ({ write: null as null | (() => Promise<void>) }));
vi.mock('../files/scorecard-file.js', async (original) => {
  const real = (await original()) as typeof import('../files/scorecard-file.js');
  return {
    ...real,
    readScorecardSource: async (...args: Parameters<typeof real.readScorecardSource>) => {
      const read = await real.readScorecardSource(...args);
      await meanwhile.write?.();
      return read;
    },
  };
});
const { runCli } = await import('./run.js');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cxo-cli-trust-'));
  meanwhile.write = null;
});

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function projectFile() {
  const path = join(dir, 'role.cxorole');
  const text = serializeProject(sampleHiringProject());
  await writeFile(path, text);
  return { path, text };
}

describe('cxo-studio export targets', () => {
  it('never writes a document over the project it names', async () => {
    const { path, text } = await projectFile();
    const result = await run('export', path, '--jd', path);
    expect(result).toMatchObject({
      code: 1,
      err: `--jd ${path}: a document is written only to a file ending in .docx, so nothing was written.`,
    });
    expect(await readFile(path, 'utf8')).toBe(text);
  });

  it('refuses two documents to one file, and a link to a device', async () => {
    const { path } = await projectFile();
    const same = join(dir, 'out.docx');
    expect((await run('export', path, '--jd', same, '--rubric', same)).code).toBe(2);
    const full = join(dir, 'full.docx');
    await symlink('/dev/full', full);
    const result = await run('export', path, '--jd', full);
    expect(result.code).toBe(1);
    expect(result.err).toBe(`${full} is a link to /dev/full, which is not a file of the kind expected here, so the link was not followed.`);
  });
});

describe('cxo-studio reading what is not a file', () => {
  it('says so at once for a FIFO, with validate, check and merge', async () => {
    const fifo = join(dir, 'pipe.cxorole');
    execFileSync('mkfifo', [fifo]);
    for (const argv of [
      ['validate', fifo],
      ['check', fifo],
      ['merge', fifo, fifo],
    ]) {
      const result = await run(...argv);
      expect(result.code, argv[0]).toBe(1);
      expect(result.err, argv[0]).toContain('is not an ordinary file (it is a device, a pipe or a socket)');
    }
  });

  it('refuses to create a project over a folder of that name, even with --force', async () => {
    await mkdir(join(dir, 'x.cxorole'));
    expect(await run('new', '--template', 'cxo', join(dir, 'x.cxorole'), '--force')).toMatchObject({
      code: 1,
      err: `${join(dir, 'x.cxorole')} is a folder, not a file.`,
    });
  });
});

describe('cxo-studio merge', () => {
  it('writes nothing and says nothing was added when the project changed while it merged', async () => {
    const { path } = await projectFile();
    const card = blankScorecardFile(sampleHiringProject(), 'noor', 'ana', new Date('2026-03-04T09:00:00Z'))!;
    card.scorecard.ratings.forEach((r) => (r.rating = 4));
    const cardPath = join(dir, 'noor-ana.json');
    await writeFile(cardPath, JSON.stringify(card));
    const theirs = sampleHiringProject();
    theirs.role.company.name = 'Saved by the app meanwhile';
    meanwhile.write = () => writeFile(path, serializeProject(theirs));
    const result = await run('merge', path, cardPath);
    expect(result.code).toBe(1);
    expect(result.out).not.toContain('added');
    expect(result.err).toContain('was changed by another program or window after you opened it, so nothing was written');
    expect(result.err).toContain(`Nothing was merged: ${path} was left as it was.`);
    expect(await readFile(path, 'utf8')).toBe(serializeProject(theirs));
  });

  it('refuses a card that rates a criterion 16 times, naming the field', async () => {
    const { path, text } = await projectFile();
    const card = blankScorecardFile(sampleHiringProject(), 'noor', 'ana', new Date('2026-03-04T09:00:00Z'))!;
    card.scorecard.ratings = Array.from({ length: 16 }, () => ({ ...card.scorecard.ratings[0]!, rating: 5 }));
    const cardPath = join(dir, 'stuffed.json');
    await writeFile(cardPath, JSON.stringify(card));
    const result = await run('merge', path, cardPath);
    expect(result.code).toBe(1);
    expect(result.out).toContain(`${cardPath}: is not a scorecard this app can read; skipped:`);
    expect(result.out).toContain('scorecard.ratings[15].criterionId: rates');
    expect(await readFile(path, 'utf8')).toBe(text);
  });
});

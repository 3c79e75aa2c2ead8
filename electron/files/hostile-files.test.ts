// Bad files of every kind a careless user or a hostile local process could put in the app's way,
// each read through the same path the app and the CLI use: every one must be refused, promptly,
// with its own message in words (no key, no gap, no stack), and none may be changed by the attempt.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstat, mkdir, mkdtemp, readFile, readlink, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeProject } from '../../core/formats/project.js';
import { blankScorecardFile } from '../../core/hiring/exchange.js';
import { describeProblem } from '../../core/i18n/problem.js';
import { translator } from '../../core/i18n/index.js';
import type { ReadableKind } from '../../core/formats/kinds.js';
import { sampleHiringProject } from '../../core/testing/hiring.js';
import { readFormatFile } from './read-file.js';

const t = translator();
const good = serializeProject(sampleHiringProject());
const withProject = (edit: (p: ReturnType<typeof sampleHiringProject>) => void) => {
  const project = sampleHiringProject();
  edit(project);
  return serializeProject(project);
};
const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
const card = () => blankScorecardFile(sampleHiringProject(), 'noor', 'ana', new Date('2026-03-04T09:00:00Z'))!;

/** What is at a path, without reading a FIFO or a device (which would wait or never end). */
async function snapshot(path: string): Promise<unknown> {
  const info = await lstat(path).catch(() => null);
  if (!info?.isFile()) return info && { mode: info.mode, ino: info.ino, link: info.isSymbolicLink() ? await readlink(path) : null };
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
}

type Case = { name: string; kind: ReadableKind; make: (path: string) => Promise<unknown> };
const file = (name: string, kind: ReadableKind, content: string | Buffer): Case => ({
  name,
  kind,
  make: (path) => writeFile(path, content),
});

const CASES: Case[] = [
  // not regular files
  { name: 'a FIFO', kind: 'project', make: async (path) => execFileSync('mkfifo', [path]) },
  { name: 'a link to /dev/zero', kind: 'scorecard', make: (path) => symlink('/dev/zero', path) },
  { name: 'a link to /dev/full', kind: 'project', make: (path) => symlink('/dev/full', path) },
  { name: 'a link to /etc/passwd', kind: 'project', make: (path) => symlink('/etc/passwd', path) },
  { name: 'a dangling link', kind: 'project', make: (path) => symlink(`${path}.gone`, path) },
  { name: 'a link to itself', kind: 'project', make: (path) => symlink(path, path) },
  { name: 'a folder', kind: 'project', make: (path) => mkdir(path) },
  // not text, not UTF-8
  file('a Latin-1 byte', 'project', bytes(good.slice(0, 40), [0xe9], good.slice(40))),
  file('a lone continuation byte', 'project', bytes(good.slice(0, 40), [0x80], good.slice(40))),
  file('an overlong encoding of "/"', 'project', bytes(good.slice(0, 40), [0xc0, 0xaf], good.slice(40))),
  file('an encoded surrogate', 'project', bytes(good.slice(0, 40), [0xed, 0xa0, 0x80], good.slice(40))),
  file('a character cut off at the end', 'project', bytes(good, [0xe2, 0x82])),
  file('UTF-16 with a byte-order mark', 'project', Buffer.from(`\uFEFF${good}`, 'utf16le')),
  file('a Word file renamed', 'project', bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], 'word/document.xml')),
  file('NUL bytes', 'project', Buffer.alloc(4096)),
  file('an empty file', 'project', ''),
  file('only white space', 'project', ' \n\t\r\n'),
  // JSON that is no project
  file('JSON nested 100,000 deep', 'project', `${'['.repeat(100_000)}${']'.repeat(100_000)}`),
  file('a JSON array', 'project', '[1,2,3]'),
  file('a JSON string', 'project', '"a role"'),
  file('no schema version', 'project', JSON.stringify({ role: {} })),
  file('a newer schema version', 'project', JSON.stringify({ schemaVersion: 999 })),
  file('a fractional schema version', 'project', JSON.stringify({ schemaVersion: 2.5 })),
  file(
    'a number too large for JSON',
    'project',
    withProject((p) => (p.role.archetypes.futurist = 1e308)),
  ),
  file('a __proto__ key', 'project', good.replace('{', '{"__proto__":{"polluted":true},')),
  file('over the size limit', 'scorecard', ' '.repeat(2 * 1024 * 1024 + 1)),
  // the project's own rules
  file(
    'two candidates with one id',
    'project',
    withProject((p) => p.hiring.candidates.push({ ...p.hiring.candidates[0]!, name: 'Impostor' })),
  ),
  file(
    'two interviewers with one id',
    'project',
    withProject((p) => p.hiring.interviewers.push({ ...p.hiring.interviewers[0]!, name: 'Impostor' })),
  ),
  file(
    'two scorecards with one id',
    'project',
    withProject((p) => (p.hiring.scorecards[1]!.id = p.hiring.scorecards[0]!.id)),
  ),
  file(
    'two criteria with one id',
    'project',
    withProject((p) => p.rubric.criteria.push({ ...p.rubric.criteria.at(-1)!, group: 'custom', source: null })),
  ),
  file(
    'a card rating one criterion 16 times',
    'project',
    withProject((p) => p.hiring.scorecards[0]!.ratings.push(...Array(15).fill(p.hiring.scorecards[0]!.ratings[0]))),
  ),
  file(
    'a card for a candidate who is not there',
    'project',
    withProject((p) => (p.hiring.scorecards[0]!.candidateId = 'ghost')),
  ),
  file(
    'archetypes that add up to 101',
    'project',
    withProject((p) => (p.role.archetypes.futurist += 1)),
  ),
  // scorecard files
  file(
    'a scorecard rating one criterion 16 times',
    'scorecard',
    JSON.stringify({ ...card(), scorecard: { ...card().scorecard, ratings: Array(16).fill(card().scorecard.ratings[0]) } }),
  ),
  file(
    'a scorecard rating a criterion it does not list',
    'scorecard',
    JSON.stringify({ ...card(), scorecard: { ...card().scorecard, ratings: [{ criterionId: 'ghost', rating: 5, evidence: '' }] } }),
  ),
  file(
    'a scorecard rated 9 of 5',
    'scorecard',
    JSON.stringify({ ...card(), scorecard: { ...card().scorecard, ratings: [{ ...card().scorecard.ratings[0]!, rating: 9 }] } }),
  ),
  file('a project offered as a scorecard', 'scorecard', good),
  file('a template offered as a project', 'project', await readFile('templates/cxo.json', 'utf8')),
];

describe('bad files', () => {
  it(`are each refused with a message in words, and left as they were (${CASES.length} kinds)`, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cxo-hostile-'));
    const messages: string[] = [];
    for (const [i, c] of CASES.entries()) {
      const path = join(dir, `${i}-${c.kind}${c.kind === 'project' ? '.cxorole' : '.json'}`);
      await c.make(path);
      const before = await snapshot(path);
      const read = await readFormatFile(path, c.kind);
      expect(read.ok, c.name).toBe(false);
      if (read.ok) continue;
      const lines = describeProblem(read.problem, t);
      for (const line of lines) expect(line, c.name).not.toMatch(/\{\{|errors\.|undefined|Error:/);
      expect(lines.length, c.name).toBeLessThanOrEqual(52);
      expect(await snapshot(path), c.name).toEqual(before);
      messages.push(`${c.name}: ${lines[0]}`);
    }
    console.log(`bad files: ${CASES.length} kinds tried, each refused\n  ${messages.join('\n  ')}`);
  }, 60_000);
});

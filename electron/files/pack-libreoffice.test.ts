// A scorecard pack filled and saved in LibreOffice comes back readable. LibreOffice 7.4 keeps the
// drop-downs, text boxes, their words and the pack's data when it saves a DOCX, but drops most
// tags: the reader falls back on the controls' order, which this proves on a real round trip.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillPack } from '../../core/testing/fill-pack.js';
import { sampleHiringProject } from '../../core/testing/hiring.js';
import { writeScorecardPack } from './docx-file.js';
import { readFormatFile } from './read-file.js';

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(existsSync);
if (!soffice) console.warn('LibreOffice is not installed: the scorecard pack round trip is skipped (.ci/run installs it).');

/** Opens a DOCX in LibreOffice and saves it again as DOCX, as a user pressing Save would. */
function saveInLibreOffice(dir: string, docx: string): string {
  const out = join(dir, 'saved');
  execFileSync(
    soffice!,
    ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'docx:MS Word 2007 XML', '--outdir', out, docx],
    { timeout: 120_000, stdio: 'ignore' },
  );
  const saved = join(out, docx.split('/').at(-1)!);
  expect(existsSync(saved)).toBe(true);
  return saved;
}

const project = sampleHiringProject();
const mustHaves = project.rubric.criteria.filter((c) => c.group === 'mustHave').length;

describe.skipIf(!soffice)('scorecard packs in LibreOffice', () => {
  it('reads back what was chosen in the pack after LibreOffice saved it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cxo-pack-'));
    const docx = join(dir, 'ben.docx');
    expect(
      (
        await writeScorecardPack({ path: docx, replace: false, date: new Date() }, project, {
          interviewerId: 'ben',
          candidateIds: ['noor'],
        })
      ).ok,
    ).toBe(true);
    // chosen as Word writes a choice, then opened and saved in LibreOffice
    const filled = fillPack(readFileSync(docx), ({ tag }) =>
      tag?.startsWith('cxo:r:')
        ? { text: '5', value: '5' }
        : tag?.startsWith('cxo:e:')
          ? { text: 'Cut churn by a third «Привет» & co.' }
          : { text: 'Strong yes', value: 'strong-yes' },
    );
    writeFileSync(docx, filled);
    const read = await readFormatFile(saveInLibreOffice(dir, docx), 'scorecardPack');
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    const [noor] = read.value.cards;
    expect(noor!.ratings).toHaveLength(mustHaves);
    expect(noor!.ratings.every((r) => r.rating === 5 && r.evidence === 'Cut churn by a third «Привет» & co.')).toBe(true);
    expect(noor!.recommendation).toBe('strong-yes');
  }, 150_000);

  it('reads a pack saved blank by LibreOffice as unfilled, and one filled by position once its tags are gone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cxo-pack-'));
    const blank = join(dir, 'blank.docx');
    expect(
      (
        await writeScorecardPack({ path: blank, replace: false, date: new Date() }, project, {
          interviewerId: 'ben',
          candidateIds: ['noor'],
        })
      ).ok,
    ).toBe(true);
    expect(await readFormatFile(saveInLibreOffice(dir, blank), 'scorecardPack')).toMatchObject({
      ok: false,
      problem: { code: 'pack.unfilled' },
    });

    // Maria (first) comes filled in with Ben's own card; Noor (second) is blank
    const docx = join(dir, 'ben.docx');
    expect(
      (
        await writeScorecardPack({ path: docx, replace: false, date: new Date() }, project, {
          interviewerId: 'ben',
          candidateIds: ['noor', 'maria'],
        })
      ).ok,
    ).toBe(true);
    const saved = saveInLibreOffice(dir, docx);
    renameSync(saved, docx);
    // Noor's recommendation, by its place: (2 × criteria + 1) controls per candidate
    const last = 2 * (2 * mustHaves + 1) - 1;
    writeFileSync(
      docx,
      fillPack(readFileSync(docx), ({ index }) => (index === last ? { text: 'No', value: 'no' } : undefined)),
    );
    const read = await readFormatFile(docx, 'scorecardPack');
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    const [maria, noor] = read.value.cards;
    expect(maria!.ratings.every((r) => r.rating === 4)).toBe(true);
    expect(maria!.recommendation).toBe('yes');
    expect(noor).toMatchObject({ recommendation: 'no', filled: 1 });
  }, 150_000);
});

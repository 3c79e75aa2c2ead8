import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.js';
import { parseFile } from './index.js';
import { FOREIGN_TYPES } from './foreign.js';

const t = translator();

/** A real ZIP written by JSZip, read back as text the way the app reads a file (UTF-8). */
async function zipText(parts: string[]): Promise<string> {
  const zip = new JSZip();
  for (const name of parts) zip.file(name, '<xml/>');
  return Buffer.from(await zip.generateAsync({ type: 'uint8array' })).toString('utf8');
}

describe('files that are plainly something else', () => {
  it.each(['project', 'scorecard', 'template'] as const)('a Word document renamed as a %s says so', async (kind) => {
    const text = await zipText(['[Content_Types].xml', 'word/document.xml']);
    const result = parseFile(kind, text);
    expect(result).toMatchObject({ ok: false, problem: { code: `foreign.${kind}.word` } });
    if (!result.ok) expect(t(`errors.${result.problem.code}`)).toMatch(/^This is a Word document, not /);
  });

  it('tells spreadsheets, presentations, other archives, PDFs and images apart', async () => {
    expect(parseFile('project', await zipText(['xl/workbook.xml']))).toMatchObject({ problem: { code: 'foreign.project.spreadsheet' } });
    expect(parseFile('project', await zipText(['ppt/presentation.xml']))).toMatchObject({
      problem: { code: 'foreign.project.presentation' },
    });
    expect(parseFile('project', await zipText(['notes.txt']))).toMatchObject({ problem: { code: 'foreign.project.zip' } });
    expect(parseFile('project', '%PDF-1.7\n%âãÏÓ')).toMatchObject({ problem: { code: 'foreign.project.pdf' } });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).toString('utf8');
    expect(parseFile('scorecard', png)).toMatchObject({ problem: { code: 'foreign.scorecard.image' } });
    const doc = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).toString('utf8');
    expect(parseFile('project', doc)).toMatchObject({ problem: { code: 'foreign.project.legacyOffice' } });
  });

  it('has words for every kind and type, and leaves JSON alone', () => {
    for (const kind of ['project', 'scorecard', 'template'])
      for (const type of FOREIGN_TYPES) expect(t(`errors.foreign.${kind}.${type}`)).not.toContain('foreign.');
    expect(parseFile('project', '{"schemaVersion":')).toMatchObject({ problem: { code: 'file.notJson' } });
  });
});

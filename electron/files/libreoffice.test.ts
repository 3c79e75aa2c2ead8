// Exported documents must convert cleanly in LibreOffice (CI installs it; skipped, and said so, elsewhere).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AWKWARD_TEXT, templateRole } from '../../core/testing/roles.js';
import { writeJobDescription } from './docx-file.js';

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(existsSync);
if (!soffice) console.warn('LibreOffice is not installed: the DOCX conversion test is skipped (.ci/run installs it).');

describe.skipIf(!soffice)('LibreOffice conversion', () => {
  it('converts a job description with awkward text to PDF, keeping the text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cxo-lo-'));
    const docx = join(dir, 'jd.docx');
    const role = templateRole('cxo', (r) => (r.company.name = AWKWARD_TEXT));
    expect((await writeJobDescription(docx, role, new Date())).ok).toBe(true);
    execFileSync(soffice!, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, docx], { timeout: 120_000, stdio: 'ignore' });
    expect(existsSync(join(dir, 'jd.pdf'))).toBe(true);
    const text = execFileSync('pdftotext', [join(dir, 'jd.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Chief Experience Officer');
    expect(text).toContain('«Привет»');
    expect(text).toContain('</w:t><w:t>');
  }, 150_000);
});

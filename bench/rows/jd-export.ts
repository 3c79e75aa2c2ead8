// jd-export: the CXO template's job description built, rendered and packed to DOCX bytes in
// process, against the docx library packing the same content directly (bench/lib/direct-docx.ts).
import { buildJobDescription } from '../../core/documents/jd/build.js';
import '../../core/i18n/all.js';
import '../../core/project/all-templates.js';
import { translator } from '../../core/i18n/index.js';
import { findTemplate } from '../../core/project/templates.js';
import { documentRow } from '../lib/document-row.js';

/** fixed, so every run builds the same document */
const DATE = new Date('2025-01-15T00:00:00Z');

export const jdExport = documentRow('jd-export', () => {
  const role = findTemplate('cxo')?.role;
  if (!role) throw new Error('the "cxo" template is missing');
  const t = translator(role.locale);
  return () => buildJobDescription(role, t, { date: DATE });
});

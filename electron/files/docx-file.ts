// The one place a document is packed and written. Builders in core/ stay pure; this turns their
// docx Document into bytes and puts them on disk atomically.
import { Packer, type Document } from 'docx';
import { translator } from '../../core/i18n/index.js';
import { buildJobDescription } from '../../core/jd/build.js';
import { jobDescriptionToDocx } from '../../core/docx/toDocx.js';
import type { Result } from '../../core/model/result.js';
import type { RoleDesign } from '../../core/schema/role.js';
import { writeAtomically } from './project-file.js';

export async function packDocx(doc: Document): Promise<Buffer> {
  return Packer.toBuffer(doc);
}

export function jobDescriptionDocument(role: RoleDesign, date: Date): Document {
  return jobDescriptionToDocx(buildJobDescription(role, translator(role.locale), { date }));
}

export async function writeJobDescription(path: string, role: RoleDesign, date: Date): Promise<Result<{ path: string }>> {
  return writeAtomically(path, await packDocx(jobDescriptionDocument(role, date)));
}

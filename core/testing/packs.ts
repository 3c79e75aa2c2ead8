// Scorecard packs for tests, written exactly as the app writes them.
import { packDocument } from '../documents/docx/pack.js';
import { buildScorecardPack } from '../documents/scorecard-pack/build.js';
import { ownCards, packFrame, type PackRequest } from '../hiring/pack/frame.js';
import { translator } from '../i18n/index.js';
import type { Project } from '../schema/project.js';

export const PACK_WRITTEN = new Date('2026-04-02T09:00:00Z');

export async function packFor(project: Project, request: PackRequest): Promise<Uint8Array> {
  const t = translator(project.role.locale);
  const frame = packFrame(project, request, t, PACK_WRITTEN);
  if (!frame) throw new Error('no pack for that request');
  return packDocument(buildScorecardPack(frame, t, ownCards(project, frame)));
}

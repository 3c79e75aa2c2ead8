// scorecard-pack-export: one interviewer's scorecard pack for 50 candidates and 20 criteria, their
// own scorecards filled into its content controls (a rating drop-down and an evidence box per
// criterion and candidate, a recommendation each), the pack's frame hashed and carried as Custom
// XML: built, rendered and packed to DOCX bytes in process, against the docx library packing the
// same content directly (bench/lib/direct-docx.ts). The frame is worked out beforehand, as the
// export request does it before the document is built.
import { buildScorecardPack } from '../../core/documents/scorecard-pack/build.js';
import { ownCards, packFrame } from '../../core/hiring/pack/frame.js';
import '../../core/i18n/all.js';
import { translator } from '../../core/i18n/index.js';
import { syntheticProject } from '../../core/testing/hiring.js';
import { documentRow } from '../lib/document-row.js';

const DATE = new Date('2025-01-15T00:00:00Z');

export const scorecardPackExport = documentRow('scorecard-pack-export', () => {
  const project = syntheticProject({ candidates: 50, interviewers: 10, criteria: 20, seed: 11 });
  const t = translator(project.role.locale);
  const frame = packFrame(project, { interviewerId: 'i0' }, t, DATE);
  if (!frame) throw new Error('no scorecard pack for interviewer i0');
  const cards = ownCards(project, frame);
  return () => buildScorecardPack(frame, t, cards);
});

import { layoutDocument } from 'docx/layout';
import { renderDocx } from './core/documents/docx/render.js';
import { buildJobDescription } from './core/documents/jd/build.js';
import { buildBoardPack } from './core/documents/board-pack/build.js';
import { buildRubricDocument } from './core/documents/guide/build.js';
import { buildResultsDocument } from './core/documents/results/build.js';
import { packDocx } from './core/documents/docx/pack.js';
import { templateRole } from './core/testing/roles.js';
import { reviewedProject } from './core/testing/review.js';
import { sampleHiringProject } from './core/testing/hiring.js';
import { translator } from './core/i18n/index.js';
import { writeFileSync } from 'node:fs';
const t = translator('en');
const date = new Date('2026-11-29');
const role = templateRole('cxo', (r) => (r.company.name = 'Northwind Traders'));
const trees = {
  jd: buildJobDescription(role, t, { date }),
  pack: buildBoardPack(reviewedProject(), t, { date, languageAppendix: true }),
  guide: buildRubricDocument(sampleHiringProject(), t, { date }),
  results: buildResultsDocument(sampleHiringProject(), t, { date }),
};
for (const [name, tree] of Object.entries(trees)) {
  const layout = layoutDocument(renderDocx(tree));
  const starts = layout.pages.map((p) => { const b = p.body[0]; return b?.type === 'paragraph' ? (b.lines[0]?.text ?? '').slice(0, 40) : `table`; });
  console.log(name, layout.pages.length, layout.stoppedAt ?? '', JSON.stringify(starts));
  writeFileSync(`/tmp/exp/bp/${name}.docx`, await packDocx(renderDocx(tree)));
}

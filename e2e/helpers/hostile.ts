// A project whose every free-text field holds markup and XML that would run or break something if
// any layer treated text as code: the page, the DOCX writer, LibreOffice.
import { templateProject } from '../../core/testing/roles.js';
import type { Project } from '../../core/schema/project.js';

export const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '</w:t><w:t>injected',
  '<script>alert(2)</script>',
  '"><svg onload=alert(3)>',
  '&amp; &lt;b&gt; ]]> <!-- -->',
];

export function hostileProject(): Project {
  const p = templateProject('cxo');
  const at = (i: number) => `${HOSTILE[i % HOSTILE.length]} #${i}`;
  let n = 0;
  const next = () => at(n++);
  const r = p.role;
  r.title = next();
  Object.assign(r.company, { name: next(), industry: next(), description: next() });
  Object.assign(r.context, { whyNowDetail: next(), teamsOther: next(), reportingLineOther: next() });
  r.context.teams = [...r.context.teams, 'other'];
  r.objectives.purpose = next();
  Object.assign(r.position, { location: next(), workModelDetail: next() });
  Object.assign(r.context.figures, { budget: next(), regions: next() });
  Object.assign(r.offer, { disclosure: 'range', minimum: 150000, maximum: 180000, note: next() });
  r.offer.benefits.forEach((b) => (b.text = next()));
  Object.assign(r.application, {
    method: next(),
    contact: next(),
    nextSteps: next(),
    adjustmentsContact: next(),
    equalOpportunity: next(),
  });
  r.objectives.outcomes.forEach((o) => (o.text = next()));
  r.objectives.metrics.forEach((m) => Object.assign(m, { current: next(), target: next() }));
  r.responsibilities.forEach((x) => Object.assign(x, { theme: next(), text: next() }));
  for (const list of [r.mustHaves, r.qualities, r.niceToHaves]) list.forEach((x) => (x.text = next()));
  p.rubric.criteria.forEach((c) => {
    c.evidence = next();
    c.questions = [next(), next()];
    c.anchors = { low: next(), mid: next(), high: next() };
  });
  p.hiring.interviewers = [{ id: 'int-1', name: next(), focus: [] }];
  p.hiring.candidates = [{ id: 'cand-1', name: next(), currentRole: next(), origin: 'external' }];
  p.review.rationale = { company: next(), background: next() };
  return p;
}

// The candidate results read back from the packed DOCX: the summary of everyone in score order, a
// page per shortlisted candidate with the flagged disagreement, the missing ratings and the evidence
// notes, the archetype profile as a native chart, and awkward characters intact.
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { packTree } from '../../testing/read-back.js';
import { translator } from '../../i18n/index.js';
import type { Project } from '../../schema/project.js';
import { aggregate } from '../../hiring/scoring/aggregate.js';
import { sampleHiringProject, syntheticProject } from '../../testing/hiring.js';
import { AWKWARD_TEXT } from '../../testing/roles.js';
import { buildResultsDocument } from './build.js';
import { rankCandidates } from './summary.js';

const t = translator('en');
const pack = (project: Project) => packTree(buildResultsDocument(project, t, { date: new Date('2026-03-05') }));
const textOf = async (buffer: Buffer) => (await mammoth.extractRawText({ buffer })).value;

describe('results DOCX', () => {
  it('summarises the candidates in score order, unscored last, with the figures of aggregate()', async () => {
    const project = sampleHiringProject();
    const text = await textOf(await pack(project));
    const summary = text.slice(text.indexOf('Summary'), text.indexOf('Archetype profile'));
    const order = ['Maria Kowalska', 'James Whitfield', 'Noor Haddad'].map((name) => summary.indexOf(name));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const results = aggregate(project.rubric, project.hiring).candidates;
    for (const r of results) if (r.score !== null) expect(summary).toContain(r.score.toFixed(1));
    expect(summary).toContain('Not scored');
    // one column per recommendation: Maria has one strong yes and two yeses; her score adjusted, raw beside it
    expect(summary).toMatch(/Maria Kowalska\s+Internal\s+78\.2raw 78\.4 · 95%: 73\.7–82\.7\s+1\s+2\s+0\s+0/);
    expect(text).toContain('3 candidates, 5 submitted scorecards.');
    expect(text).not.toMatch(/\b(scoring|vocab)\.[a-zA-Z]/); // no missing catalogue key
  });

  it('gives each candidate a page with the disagreement, who gave what, missing ratings and evidence notes', async () => {
    const project = sampleHiringProject();
    const text = await textOf(await pack(project));
    const james = text.slice(text.lastIndexOf('James Whitfield'));
    const first = project.rubric.criteria[0]!.title;
    expect(james).toContain('External candidate · currently VP Customer Operations');
    expect(james).toContain('Disagreement');
    expect(james).toContain('Ben Okafor: 1 · Ana Souza: 5');
    expect(james).toContain(first);
    expect(james).toContain('Ana Souza (5): Built a voice-of-the-customer programme at Contoso & Co.');
    expect(james).toContain('Ben Okafor (1): Could not name one journey map he used.');
    // Chloé's card for James is a draft, so her ratings are all still missing
    expect(james).toContain('All 9 criteria in their focus: no submitted scorecard yet');
    const maria = text.slice(text.lastIndexOf('Maria Kowalska'), text.lastIndexOf('James Whitfield'));
    expect(maria).toContain('None: the interviewers agree within one point on every criterion.');
    expect(maria).toContain('Ana Souza (4): Ran the loyalty journey map for 40 stores.');
    expect(maria).toContain('Practitioner\n\n88'); // Ana 4, Chloé 5: 87.5 on the 0–100 scale
  });

  it('draws the archetype profile as a native radar chart per shortlisted candidate, its words as text', async () => {
    const zip = await JSZip.loadAsync(await pack(sampleHiringProject()));
    const charts = Object.keys(zip.files).filter((f) => /^word\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(2); // Maria and James; Noor is unscored, so not in the default top 10
    expect(Object.keys(zip.files).some((f) => f.startsWith('word/media/'))).toBe(false); // no picture fallback
    const xml = await Promise.all(charts.map((f) => zip.file(f)!.async('string')));
    const maria = xml.find((x) => x.includes('Maria Kowalska'))!;
    expect(maria).toContain('<c:radarChart>');
    for (const label of [
      'Practitioner',
      'Technologist',
      'Data Architect',
      'Futurist',
      'The role’s emphasis (heaviest archetype on the outer ring)',
    ])
      expect(maria).toContain(label);
    expect(maria).toContain('<c:legend>');
    expect(maria).toContain('>88<'); // her Practitioner, as her table prints it (Ana 4, Chloé 5: 87.5)
    expect(maria).toContain('>Practitioner (role 30%)<'); // each spoke names the role's real weight
    const document = await zip.file('word/document.xml')!.async('string');
    expect(document).toMatch(/<wp:docPr [^>]*descr="Practitioner: 88 \(the role’s emphasis: 30%\)/);
  });

  it('marks every page Confidential, numbers it, and lists the shortlisted candidates in its contents', async () => {
    const buffer = await pack(sampleHiringProject());
    const zip = await JSZip.loadAsync(buffer);
    expect(await zip.file('word/header1.xml')!.async('string')).toContain('Confidential');
    expect(await zip.file('word/footer1.xml')!.async('string')).toContain('NUMPAGES');
    const text = await textOf(buffer);
    expect(text).toMatch(/^Maria Kowalska\t\d+$/m);
    expect(text).toMatch(/^James Whitfield\t\d+$/m);
    expect(text).not.toMatch(/^Noor Haddad\t\d+$/m);
    expect(text).toContain('Bill Staikos');
  });

  it('gives a page to a candidate added to the shortlist by hand, and to no one when the top is 0', async () => {
    const project = sampleHiringProject();
    const noor = project.hiring.candidates.find((c) => c.name === 'Noor Haddad')!;
    project.hiring.shortlist = { top: 0, added: [noor.id] };
    const text = await textOf(await pack(project));
    expect(text).toMatch(/^Noor Haddad\t\d+$/m);
    expect(text).not.toMatch(/^Maria Kowalska\t\d+$/m);
    expect(text).toContain('Maria Kowalska'); // still a line of the summary
  });

  it('keeps accents, Cyrillic, quotes, ampersands and angle brackets literally, in the text and the chart', async () => {
    const project = sampleHiringProject();
    project.hiring.candidates[0]!.name = AWKWARD_TEXT.slice(0, 120);
    project.hiring.interviewers[1]!.name = 'Zoë «Ben» <Okafor> & co';
    project.hiring.scorecards[4]!.ratings[0]!.evidence = AWKWARD_TEXT;
    const buffer = await pack(project);
    const text = await textOf(buffer);
    expect(text.split(AWKWARD_TEXT).length - 1).toBeGreaterThanOrEqual(3); // summary, page heading, evidence
    expect(text).toContain('Zoë «Ben» <Okafor> & co: 1 · Ana Souza: 5');
    const zip = await JSZip.loadAsync(buffer);
    const charts = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^word\/charts\/chart\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async('string')),
    );
    expect(charts.some((c) => c.includes('Crème brûlée &amp; Ко «Привет»') && c.includes('&lt;/w:t&gt;'))).toBe(true);
  });

  // its speed is measured by `npm run bench` (results-export), not here
  it('exports 1,000 candidates as one line each and full pages for the top 10 only', async () => {
    const project = syntheticProject({ candidates: 1000, interviewers: 10, criteria: 20 });
    const buffer = await pack(project);
    const text = await textOf(buffer);
    for (const c of project.hiring.candidates) expect(text).toContain(c.name);
    expect(text.match(/^Archetype profile$/gm)).toHaveLength(10);
    expect(text).toContain('The 10 candidates on the shortlist (the top 10 by score, and any added by hand)');
  }, 60_000);
});

describe('rankCandidates', () => {
  it('puts the highest score first, unscored candidates last and ties in name order', () => {
    const candidate = (id: string, name: string) => ({ id, name, currentRole: '', origin: 'external' as const });
    const result = (candidateId: string, score: number | null) => ({ candidateId, score }) as never;
    const ranked = rankCandidates(
      [candidate('a', 'Zed'), candidate('b', 'Amy'), candidate('c', 'Bob'), candidate('d', 'Cat')],
      [result('a', 50), result('b', null), result('c', 70), result('d', 50)],
      'en',
    );
    expect(ranked.map((r) => r.candidate.name)).toEqual(['Bob', 'Cat', 'Zed', 'Amy']);
  });
});

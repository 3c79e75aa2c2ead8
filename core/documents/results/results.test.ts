// The candidate results read back from the packed DOCX: the summary in score order, a page per
// candidate with the flagged disagreement, the missing ratings and the evidence notes, the chart
// as an SVG with a PNG fallback, and awkward characters intact.
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { decode } from 'fast-png';
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
    expect(summary).toContain('Strong yes: 1 · Yes: 2');
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
    expect(maria).toContain('87.5%'); // Practitioner: Ana 4, Chloé 5
  });

  it('draws the archetype profile as an SVG with a PNG fallback, one per scored candidate', async () => {
    const zip = await JSZip.loadAsync(await pack(sampleHiringProject()));
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    expect(media.filter((f) => f.endsWith('.svg'))).toHaveLength(2);
    expect(media.filter((f) => f.endsWith('.png'))).toHaveLength(2);
    const svg = await zip.file(media.find((f) => f.endsWith('.svg'))!)!.async('string');
    expect(svg).toMatch(/^<\?xml[^>]*\?><svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    for (const label of ['Practitioner', 'Technologist', 'Data Architect', 'Futurist', "Role's weight"]) expect(svg).toContain(label);
    const svgs = await Promise.all(media.filter((f) => f.endsWith('.svg')).map((f) => zip.file(f)!.async('string')));
    expect(svgs.some((s) => s.includes('>87.5%<'))).toBe(true); // Maria's Practitioner, as her table prints it
    const png = decode(await zip.file(media.find((f) => f.endsWith('.png'))!)!.async('uint8array'));
    expect(png.width).toBe(600);
    const document = await zip.file('word/document.xml')!.async('string');
    expect(document).toContain('asvg:svgBlip');
  });

  it('keeps accents, Cyrillic, quotes, ampersands and angle brackets literally, in the text and the SVG', async () => {
    const project = sampleHiringProject();
    project.hiring.candidates[0]!.name = AWKWARD_TEXT.slice(0, 120);
    project.hiring.interviewers[1]!.name = 'Zoë «Ben» <Okafor> & co';
    project.hiring.scorecards[4]!.ratings[0]!.evidence = AWKWARD_TEXT;
    const buffer = await pack(project);
    const text = await textOf(buffer);
    expect(text.split(AWKWARD_TEXT).length - 1).toBeGreaterThanOrEqual(3); // summary, page heading, evidence
    expect(text).toContain('Zoë «Ben» <Okafor> & co: 1 · Ana Souza: 5');
    const zip = await JSZip.loadAsync(buffer);
    const svgs = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => f.endsWith('.svg'))
        .map((f) => zip.file(f)!.async('string')),
    );
    const svg = svgs.find((s) => s.includes('&lt;/w:t&gt;'))!;
    expect(svg).toBeDefined();
    expect(svg).toContain('Cr&#232;me br&#251;l&#233;e &amp; &#1050;&#1086;');
    expect(/^[\x20-\x7e]*$/.test(svg)).toBe(true);
  });

  // its speed is measured by `npm run bench` (results-export), not here
  it('exports 50 candidates × 10 interviewers × 20 criteria, every one of them', async () => {
    const project = syntheticProject({ candidates: 50, interviewers: 10, criteria: 20 });
    const buffer = await pack(project);
    const text = await textOf(buffer);
    for (const c of project.hiring.candidates) expect(text).toContain(c.name);
  }, 30_000);
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

// The interviewer guide read back from the packed DOCX: every criterion's title, anchors and
// questions are there, each interviewer gets one scorecard page with their criteria only, and
// awkward characters survive.
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { packTree } from '../../testing/read-back.js';
import { translator } from '../../i18n/index.js';
import type { Project } from '../../schema/project.js';
import { sampleHiringProject } from '../../testing/hiring.js';
import { AWKWARD_TEXT, templateProject } from '../../testing/roles.js';
import { buildRubricDocument } from './build.js';

const t = translator('en');
const pack = (project: Project) => packTree(buildRubricDocument(project, t, { date: new Date('2026-03-05') }));
const textOf = async (buffer: Buffer) => (await mammoth.extractRawText({ buffer })).value;
const xmlOf = async (buffer: Buffer) => (await JSZip.loadAsync(buffer)).file('word/document.xml')!.async('string');

/** The text of each scorecard: from its heading to the next scorecard's heading. */
function scorecards(text: string, headings: string[]): Map<string, string> {
  const starts = headings.map((h) => [h, text.indexOf(h)] as const);
  return new Map(starts.map(([h, at], i) => [h, text.slice(at, starts[i + 1]?.[1] ?? text.length)]));
}

describe('rubric DOCX', () => {
  it('holds every criterion with its weight, anchors, questions and evidence', async () => {
    const project = sampleHiringProject();
    const text = await textOf(await pack(project));
    for (const heading of ['The role in one page', 'How to rate', 'The criteria', 'Must-have qualifications', 'Qualities', 'Archetypes'])
      expect(text).toContain(heading);
    expect(text).toContain(project.role.objectives.purpose);
    expect(text).toContain('Rate and submit before you discuss the candidate with other interviewers.');
    for (const c of project.rubric.criteria) {
      expect(text).toContain(c.title);
      expect(text).toContain(`${c.weight}% of the score`);
      for (const anchor of [c.anchors.low, c.anchors.mid, c.anchors.high]) expect(text).toContain(anchor);
      for (const q of c.questions) expect(text).toContain(q);
      expect(text).toContain(c.evidence);
    }
    expect(text).not.toMatch(/\b(scoring|vocab)\.[a-zA-Z]/); // every word came from the catalogue, none is a missing key
  });

  it('prints one scorecard per interviewer, on its own page, with only the criteria in their focus', async () => {
    const project = sampleHiringProject();
    const buffer = await pack(project);
    const text = await textOf(buffer);
    const headings = project.hiring.interviewers.map((i) => `Scorecard: ${i.name}`);
    const cards = scorecards(text, headings);
    const xml = await xmlOf(buffer);
    for (const interviewer of project.hiring.interviewers) {
      const heading = `Scorecard: ${interviewer.name}`;
      expect(text.split(heading)).toHaveLength(2);
      expect(xml).toMatch(new RegExp(`<w:pageBreakBefore/></w:pPr><w:r><w:t xml:space="preserve">${heading}<`));
      const card = cards.get(heading)!;
      const focus = new Set(interviewer.focus.length ? interviewer.focus : project.rubric.criteria.map((c) => c.id));
      for (const c of project.rubric.criteria) {
        if (focus.has(c.id)) expect(card, `${interviewer.name} / ${c.title}`).toContain(c.title);
        else expect(card, `${interviewer.name} / ${c.title}`).not.toContain(c.title);
      }
      for (const word of ['Candidate:', 'Signature:', 'Overall recommendation:', 'Strong no', 'Strong yes', '☐'])
        expect(card).toContain(word);
    }
    expect(cards.get('Scorecard: Ben Okafor')).toContain('Assesses 7 of the 16 criteria');
  });

  it('prints one generic scorecard covering every criterion when no interviewers are defined', async () => {
    const project = templateProject('cco');
    const text = await textOf(await pack(project));
    const at = text.lastIndexOf('Scorecard');
    expect(text.match(/^Scorecard$/gm)).toHaveLength(1);
    const card = text.slice(at);
    expect(card).toContain('Interviewer:');
    for (const c of project.rubric.criteria) expect(card).toContain(c.title);
  });

  it('keeps accents, Cyrillic, quotes, ampersands and angle brackets literally', async () => {
    const project = sampleHiringProject();
    project.role.title = AWKWARD_TEXT.slice(0, 120);
    project.rubric.criteria[0]!.anchors.high = AWKWARD_TEXT;
    project.rubric.criteria[0]!.questions[0] = AWKWARD_TEXT;
    project.hiring.interviewers[0]!.name = AWKWARD_TEXT.slice(0, 120);
    const buffer = await pack(project);
    const text = await textOf(buffer);
    expect(text.split(AWKWARD_TEXT).length - 1).toBeGreaterThanOrEqual(3);
    expect(text).toContain(`Scorecard: ${AWKWARD_TEXT}`);
    expect(await xmlOf(buffer)).toContain('&lt;/w:t&gt;&lt;w:t&gt;');
  });
});

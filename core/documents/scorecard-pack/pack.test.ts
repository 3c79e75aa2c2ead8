// Scorecard packs written, filled as Word fills them, and read back through the format boundary.
import mammoth from 'mammoth';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../formats/index.js';
import { mergeScorecards } from '../../hiring/exchange.js';
import { packEntries } from '../../hiring/pack/merge.js';
import { sampleHiringProject } from '../../testing/hiring.js';
import { editPart, fillPack } from '../../testing/fill-pack.js';
import { packFor } from '../../testing/packs.js';

const project = sampleHiringProject();
const mustHaves = project.rubric.criteria.filter((c) => c.group === 'mustHave');
const text = async (bytes: Uint8Array) => (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
const xmlOf = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);
/** Noor's card for Ben: every must-have rated 4 with a note, the recommendation Yes. */
const noorFilled = (tag: string | null) => {
  if (tag === null) return undefined;
  const [, role, candidate] = tag.split(':');
  if (candidate !== '2') return undefined;
  if (role === 'r') return { text: '4', value: '4' };
  if (role === 'e') return { text: 'Ran a churn programme:\nsaved 3% of revenue.' };
  return { text: 'Yes', value: 'yes' };
};

describe('a scorecard pack', () => {
  it('holds the interviewer’s criteria, anchors and questions, and a page of controls per candidate', async () => {
    const bytes = await packFor(project, { interviewerId: 'ben' });
    const words = await text(bytes);
    expect(words).toContain('Scorecard pack for Ben Okafor');
    for (const c of mustHaves) {
      expect(words).toContain(c.title);
      expect(words).toContain(c.anchors.high);
      for (const q of c.questions) expect(words).toContain(q);
    }
    for (const c of project.rubric.criteria.filter((x) => x.group === 'quality')) expect(words).not.toContain(c.anchors.high);
    for (const name of ['James Whitfield', 'Maria Kowalska', 'Noor Haddad']) expect(words).toContain(name);
    const xml = xmlOf(bytes);
    // three candidates × (a rating and an evidence box per must-have, and a recommendation)
    expect(xml.match(/<w:sdt>/g)).toHaveLength(3 * (2 * mustHaves.length + 1));
    expect(xml).toContain('<w:tag w:val="cxo:r:0:0"/>');
    // Word's order inside w:sdtPr, and list items with both display text and value
    expect(xml).toMatch(
      /<w:sdtPr><w:alias w:val="[^"]+"\/><w:tag w:val="cxo:r:2:0"\/><w:id w:val="\d+"\/><w:lock w:val="sdtLocked"\/><w:showingPlcHdr\/><w:dropDownList><w:listItem w:displayText="Choose a rating" w:value=""\/><w:listItem w:displayText="1" w:value="1"\/>/,
    );
    expect(xml).toContain('<w:listItem w:displayText="Not assessed" w:value="not-assessed"/>');
    expect(xml).toContain('<w:text w:multiLine="1"/>');
  });

  it('never carries another interviewer’s ratings or notes, only the interviewer’s own', async () => {
    const bytes = await packFor(project, { interviewerId: 'ben' });
    const everything = Object.values(unzipSync(bytes))
      .map((part) => strFromU8(part))
      .join('\n');
    expect(everything).not.toContain('Ran the loyalty journey map'); // Ana's note on Maria
    expect(everything).not.toContain('voice-of-the-customer programme at Contoso'); // Ana's note on James
    expect(everything).toContain('Could not name one journey map he used.'); // Ben's own, filled in
  });

  it('reads an untouched pack as unfilled, a filled one as the interviewer’s ratings', async () => {
    const blank = await packFor(project, { interviewerId: 'ben', candidateIds: ['noor'] });
    expect(parseFile('scorecardPack', blank)).toMatchObject({ ok: false, problem: { code: 'pack.unfilled' } });
    const bytes = fillPack(await packFor(project, { interviewerId: 'ben' }), ({ tag }) => noorFilled(tag));
    const read = parseFile('scorecardPack', bytes);
    if (!read.ok) throw new Error(read.problem.code);
    const noor = read.value.cards[2]!;
    expect(noor.ratings.every((r) => r.rating === 4 && r.evidence === 'Ran a churn programme:\nsaved 3% of revenue.')).toBe(true);
    expect(noor.recommendation).toBe('yes');
    // James and Maria: Ben's own cards, filled in when the pack was written, read back unchanged
    const james = project.hiring.scorecards.find((s) => s.candidateId === 'james' && s.interviewerId === 'ben')!;
    expect(read.value.cards[0]!.ratings).toEqual(james.ratings);
  });

  it('merges as scorecard files do: new card added, unchanged ones duplicates, a changed one a conflict', async () => {
    const bytes = fillPack(await packFor(project, { interviewerId: 'ben' }), ({ tag }) => {
      if (tag === 'cxo:r:0:0') return { text: '3', value: '3' }; // Ben changes his mind on James
      return noorFilled(tag);
    });
    const read = parseFile('scorecardPack', bytes);
    if (!read.ok) throw new Error(read.problem.code);
    const entries = packEntries(project, 'ben.docx', read.value, new Date('2026-04-03T10:00:00Z'));
    if (!entries.ok) throw new Error(entries.problem.code);
    const outcome = mergeScorecards(project.hiring, entries.value.entries);
    expect(outcome.added.map((a) => a.file)).toEqual(['ben.docx · Noor Haddad']);
    expect(outcome.added[0]!.scorecard).toMatchObject({ status: 'submitted', recommendation: 'yes', interviewerId: 'ben' });
    expect(outcome.duplicates).toEqual(['ben.docx · Maria Kowalska']);
    expect(outcome.conflicts.map((c) => c.file)).toEqual(['ben.docx · James Whitfield']);
  });

  it('keeps an incomplete card as a draft and says so; skips a candidate left blank', async () => {
    const bytes = fillPack(await packFor(project, { interviewerId: 'ben', candidateIds: ['noor'] }), ({ tag }) =>
      tag === 'cxo:r:0:0' ? { text: '2', value: '2' } : tag === 'cxo:v:0' ? { text: 'No', value: 'no' } : undefined,
    );
    const read = parseFile('scorecardPack', bytes);
    if (!read.ok) throw new Error(read.problem.code);
    const entries = packEntries(project, 'ben.docx', read.value, new Date());
    if (!entries.ok) throw new Error(entries.problem.code);
    expect(entries.value.entries[0]!.card.scorecard.status).toBe('draft');
    expect(entries.value.notes).toEqual([{ file: 'ben.docx · Noor Haddad', code: 'keptAsDraft', params: { count: mustHaves.length - 1 } }]);
  });

  it('refuses a pack for another project, for criteria that changed, and any altered pack', async () => {
    const filled = fillPack(await packFor(project, { interviewerId: 'ben' }), ({ tag }) => noorFilled(tag));
    const read = parseFile('scorecardPack', filled);
    if (!read.ok) throw new Error(read.problem.code);
    expect(packEntries({ ...project, id: 'p-other' }, 'x.docx', read.value, new Date())).toMatchObject({
      ok: false,
      problem: { code: 'pack.otherProject' },
    });
    const edited = structuredClone(project);
    edited.rubric.criteria[0]!.anchors.high = 'Something else now.';
    expect(packEntries(edited, 'x.docx', read.value, new Date())).toMatchObject({
      ok: false,
      problem: { code: 'pack.rubricChanged', params: { count: 1, criteria: `“${project.rubric.criteria[0]!.title}”` } },
    });
    // a box deleted, a tag edited, the frame edited
    const withoutBox = editPart(filled, 'word/document.xml', (xml) => xml.replace(/<w:sdt>(?:(?!<w:sdt>).)*?cxo:e:1:0.*?<\/w:sdt>/s, ''));
    expect(parseFile('scorecardPack', withoutBox)).toMatchObject({ ok: false, problem: { code: 'pack.alteredCount' } });
    const retagged = editPart(filled, 'word/document.xml', (xml) => xml.replace('cxo:r:1:0"', 'cxo:r:2:0"'));
    expect(parseFile('scorecardPack', retagged)).toMatchObject({ ok: false, problem: { code: 'pack.alteredOrder' } });
    const reframed = editPart(filled, 'customXml/item1.xml', (xml) => xml.replace('Ben Okafor', 'Ben 0kafor'));
    expect(parseFile('scorecardPack', reframed)).toMatchObject({ ok: false, problem: { code: 'pack.alteredData' } });
  });

  it('says plainly when a file is not a Word document, not a pack, or unreasonably large inside', async () => {
    expect(parseFile('scorecardPack', new TextEncoder().encode('not a zip'))).toMatchObject({
      ok: false,
      problem: { code: 'pack.notDocx' },
    });
    const withoutFrame = unzipSync(await packFor(project, { interviewerId: 'ben' }));
    delete withoutFrame['customXml/item1.xml'];
    expect(parseFile('scorecardPack', zipSync(withoutFrame))).toMatchObject({ ok: false, problem: { code: 'pack.notPack' } });
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(40 * 1024 * 1024) });
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    expect(parseFile('scorecardPack', bomb)).toMatchObject({ ok: false, problem: { code: 'pack.partTooLarge' } });
    const doctype = editPart(await packFor(project, { interviewerId: 'ben' }), 'word/document.xml', (xml) =>
      xml.replace('<w:document', '<!DOCTYPE lol [<!ENTITY a "aaaa">]><w:document'),
    );
    expect(parseFile('scorecardPack', doctype)).toMatchObject({ ok: false, problem: { code: 'pack.notDocx' } });
  });
});

// The guide's evidence-based part, read back from the packed DOCX.
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/index.js';
import { sampleHiringProject } from '../../testing/hiring.js';
import { packTree } from '../../testing/read-back.js';
import { buildRubricDocument } from './build.js';

const t = translator('en');

describe('interviewer guide: methods, work sample and reference checks', () => {
  it('gives each method’s validity exactly as Sackett, Zhang, Berry & Lievens (2022) report it, with the source', async () => {
    const project = sampleHiringProject();
    const text = (
      await mammoth.extractRawText({ buffer: await packTree(buildRubricDocument(project, t, { date: new Date('2026-03-05') })) })
    ).value;
    const rows = [
      ['Structured interview', '.42'],
      ['Job knowledge test', '.40'],
      ['Work sample', '.33'],
      ['Cognitive ability test', '.31'],
      ['Assessment centre', '.29'],
      ['Unstructured interview', '.19'],
    ];
    for (const [method, validity] of rows) expect(text).toMatch(new RegExp(`${method}\\s+${validity!.replace('.', '\\.')}\\s`));
    // cited from the sources registry, and listed in full, with its DOI, in the guide's References
    expect(text).toContain(
      'Source: Sackett, Zhang, Berry and Lievens, Revisiting meta-analytic estimates of validity in personnel selection',
    );
    expect(text.slice(text.lastIndexOf('References'))).toContain(
      'Paul R. Sackett, Charlene Zhang, Christopher M. Berry and Filip Lievens. Revisiting meta-analytic estimates of validity in personnel selection: Addressing systematic overcorrection for restriction of range. Journal of Applied Psychology, 107(11), 2040–2068. 2022. https://doi.org/10.1037/apl0000994',
    );

    // the work sample names the role and its outcomes, and is scored on the heaviest criteria's own anchors
    expect(text).toContain(`as ${project.role.title}`);
    for (const outcome of project.role.objectives.outcomes) expect(text).toContain(outcome.text);
    const heaviest = [...project.rubric.criteria].sort((a, b) => b.weight - a.weight)[0]!;
    const sample = text.slice(text.indexOf('Scoring it on the same anchors'));
    expect(sample).toContain(heaviest.anchors.low);
    expect(sample).toContain(heaviest.anchors.high);

    // reference questions for every must-have and quality, quoting what strong looks like
    const references = text.slice(text.indexOf('Reference checks, criterion by criterion'));
    for (const c of project.rubric.criteria.filter((x) => x.group === 'mustHave' || x.group === 'quality')) {
      expect(references).toContain(`Where did you see them show this: “${c.title}”?`);
      expect(references).toContain(`For us, strong looks like this: “${c.anchors.high}”`);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.js';
import { templateProject } from '../testing/roles.js';
import { TEMPLATES } from '../project/templates.js';
import { withRubricInStep, rubricContentFor } from './role-rubric.js';
import { addCustomCriterion, removeCustomCriterion, rubricTotal, setCriterionWeight } from './edit.js';

const t = translator('en');

describe('the rubric derived from a role', () => {
  it.each(TEMPLATES.map((tpl) => tpl.id))('%s: must-haves, qualities and archetypes, in that order, weights summing to 100', (id) => {
    const project = templateProject(id);
    const { criteria } = project.rubric;
    const groups = criteria.map((c) => c.group);
    expect(groups).toEqual([
      ...project.role.mustHaves.map(() => 'mustHave'),
      ...project.role.qualities.map(() => 'quality'),
      'archetype',
      'archetype',
      'archetype',
      'archetype',
    ]);
    expect(rubricTotal(project.rubric)).toBe(100);
    for (const c of criteria) {
      expect(c.anchors.low && c.anchors.mid && c.anchors.high, c.title).toBeTruthy();
      expect(c.questions.length, c.title).toBeGreaterThanOrEqual(2);
      expect(c.evidence.length, c.title).toBeGreaterThan(0);
      expect(JSON.stringify(c)).not.toMatch(/rubricContent\.|\{\{/);
    }
  });

  it('splits the archetype share by the role archetype weights', () => {
    const project = templateProject('cxo');
    project.role.archetypes = { practitioner: 70, technologist: 10, dataArchitect: 10, futurist: 10 };
    const { criteria } = withRubricInStep(project).rubric;
    const archetype = (a: string) => criteria.find((c) => c.source === a)?.weight ?? -1;
    expect(archetype('practitioner')).toBe(21); // 30% group share × 70%
    expect(archetype('technologist')).toBe(3);
  });

  it('tilts must-have weights towards the gap the chosen background leaves', () => {
    const weightOf = (choice: 'internal-leader' | 'career-professional' | 'open-to-both', leaning: 'practice' | 'business') => {
      const project = templateProject('cxo');
      project.role.background.choice = choice;
      const tpl = TEMPLATES.find((x) => x.id === 'cxo')!;
      const rubric = withRubricInStep(project).rubric;
      return rubric.criteria
        .filter((c) => c.group === 'mustHave' && tpl.rubric[c.source ?? '']?.leaning === leaning)
        .reduce((s, c) => s + c.weight, 0);
    };
    expect(weightOf('internal-leader', 'practice')).toBeGreaterThan(weightOf('open-to-both', 'practice'));
    expect(weightOf('career-professional', 'business')).toBeGreaterThan(weightOf('open-to-both', 'business'));
  });

  it('follows the role: a new must-have gets generic anchors with its title, a removed one goes', () => {
    const project = templateProject('cco');
    project.role.mustHaves = [...project.role.mustHaves.slice(1), { id: 'own-1', text: 'Has run a renewals desk' }];
    const { criteria } = withRubricInStep(project).rubric;
    const added = criteria.find((c) => c.source === 'own-1');
    expect(added?.title).toBe('Has run a renewals desk');
    expect(added?.anchors.low).toContain('Has run a renewals desk');
    expect(criteria.filter((c) => c.group === 'mustHave')).toHaveLength(project.role.mustHaves.length);
    expect(rubricTotal({ criteria, weightsEdited: false })).toBe(100);
  });

  it('keeps edited weights and anchors through later role edits, and syncing twice changes nothing', () => {
    let project = templateProject('cxo');
    const first = project.rubric.criteria[0]!;
    project = { ...project, rubric: setCriterionWeight(project.rubric, first.id, 30) };
    project.rubric.criteria[0] = { ...project.rubric.criteria[0]!, anchors: { ...first.anchors, high: 'Built the function twice.' } };
    project.role.qualities[0]!.text = 'Persuasive with peers';
    const synced = withRubricInStep(project);
    expect(synced.rubric.criteria[0]).toMatchObject({ weight: 30, anchors: { high: 'Built the function twice.' } });
    expect(synced.rubric.criteria.find((c) => c.group === 'quality')?.title).toBe('Persuasive with peers');
    expect(withRubricInStep(synced)).toEqual(synced);
  });

  it('adds and removes criteria of the user’s own, keeping the total at 100', () => {
    const project = templateProject('culture');
    const withOwn = addCustomCriterion(project.rubric, 'c-own', 'Has led a merger of two cultures', rubricContentFor(project));
    expect(withOwn.criteria.at(-1)).toMatchObject({ group: 'custom', title: 'Has led a merger of two cultures' });
    expect(withOwn.criteria.at(-1)?.questions.join(' ')).toContain('Has led a merger of two cultures');
    expect(rubricTotal(withOwn)).toBe(100);
    const synced = withRubricInStep({ ...project, rubric: withOwn });
    expect(synced.rubric.criteria.at(-1)?.id).toBe('c-own');
    const removed = removeCustomCriterion(withOwn, 'c-own');
    expect(removed.criteria).toHaveLength(project.rubric.criteria.length);
    expect(rubricTotal(removed)).toBe(100);
    expect(t('vocab.archetype.futurist')).toBe('Futurist');
  });

  it('sets one weight and shares the rest in proportion', () => {
    const project = templateProject('cxo');
    const id = project.rubric.criteria[3]!.id;
    const next = setCriterionWeight(project.rubric, id, 40);
    expect(next.criteria[3]!.weight).toBe(40);
    expect(rubricTotal(next)).toBe(100);
    expect(next.weightsEdited).toBe(true);
  });
});

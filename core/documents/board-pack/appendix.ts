// The language appendix, when asked for: which checks ran on the job description (each rule set and
// computed check with its kind and source) and what they found, as a score and counts. The findings
// themselves stay in the app: a board needs to know the wording was checked, not every flagged word.
import { checkRole, rulesFor } from '../../language/check.js';
import type { Thresholds } from '../../language/rules-schema.js';
import { KINDS, SEVERITIES, type Kind } from '../../language/types.js';
import type { Cell, Block } from '../tree.js';
import { h1, h2, labelled, type PackContext } from './context.js';

/** The kind of finding each computed check gives (see core/language/description.ts and structure.ts). */
const COMPUTED: Readonly<Record<keyof Thresholds, Kind>> = {
  sentenceLength: 'clarity',
  readability: 'clarity',
  passiveVoice: 'clarity',
  length: 'clarity',
  listLength: 'clarity',
  mustHaves: 'credibility',
  measures: 'credibility',
  payTransparency: 'credibility',
  genderBalance: 'gender',
};

/** Without rules for the role's language nothing was checked, and the appendix says so instead of a clean result. */
const noRules = (ctx: PackContext): Block => ({
  kind: 'paragraph',
  style: 'lead',
  text: ctx.t('language.panel.noRules', { language: ctx.t(`languages.name.${ctx.locale}`, { defaultValue: ctx.locale }) }),
});

function checksTable(ctx: PackContext): Block {
  const { t } = ctx;
  const rules = rulesFor(ctx.locale);
  if (!rules) return noRules(ctx);
  const kind = (k: Kind) => t(`language.kind.${k}`);
  const sets = rules.sets.map((set): Cell[] => {
    const own = [...new Set(set.rules.flatMap((r) => (r.source && r.source !== set.source ? [r.source] : [])))];
    return [
      {
        text: t(`boardPack.appendix.set.${set.id}`, { defaultValue: set.id }),
        note: t('boardPack.appendix.rules', { count: set.rules.length }),
      },
      kind(set.kind),
      own.length ? { text: set.source, note: t('boardPack.appendix.alsoSources', { sources: own.join(' ') }) } : set.source,
    ];
  });
  // a check a language's rules leave out (pay transparency where no law is cited) is not listed as run
  const computed = (Object.keys(COMPUTED) as (keyof Thresholds)[]).flatMap((key): Cell[][] => {
    const check = rules.thresholds[key];
    return check ? [[t(`boardPack.appendix.check.${key}`), kind(COMPUTED[key]), check.source]] : [];
  });
  return {
    kind: 'table',
    header: ['check', 'kind', 'source'].map((c) => t(`boardPack.appendix.column.${c}`)),
    rows: [...sets, ...computed],
    widths: [22, 20, 58],
    boldFirstColumn: true,
  };
}

function resultBlocks(ctx: PackContext): Block[] {
  const { t, project } = ctx;
  const rules = rulesFor(ctx.locale);
  if (!rules) return [noRules(ctx)];
  const report = checkRole(project.role, rules, project.language.dismissed);
  // ids the author dismissed may name findings the text no longer has: count what was really left out
  const dismissed = project.language.dismissed.length ? checkRole(project.role, rules).findings.length - report.findings.length : 0;
  const count = (k: Kind | null, s: (typeof SEVERITIES)[number] | null) =>
    report.findings.filter((f) => (k === null || f.kind === k) && (s === null || f.severity === s)).length;
  const centred = (n: number, bold = false): Cell => ({ text: String(n), align: 'center', bold });
  const { gender } = report;
  return [
    { kind: 'paragraph', style: 'lead', text: t('language.score', { score: report.score }) },
    {
      kind: 'table',
      header: [
        t('boardPack.appendix.findings'),
        ...SEVERITIES.map((s) => ({ text: t(`language.severity.${s}`), align: 'center' as const })),
        { text: t('boardPack.appendix.column.total'), align: 'center' },
      ],
      rows: [
        ...KINDS.map((k): Cell[] => [
          t(`language.kind.${k}`),
          ...SEVERITIES.map((s) => centred(count(k, s))),
          centred(count(k, null), true),
        ]),
        [
          { text: t('boardPack.appendix.column.total'), bold: true },
          ...SEVERITIES.map((s) => centred(count(null, s), true)),
          centred(report.findings.length, true),
        ],
      ],
      widths: [28, 18, 18, 20, 16],
    },
    ...(report.findings.length ? [] : [{ kind: 'paragraph', text: t('boardPack.appendix.noFindings') } as const]),
    ...(dismissed ? [{ kind: 'paragraph', text: t('boardPack.appendix.dismissed', { count: dismissed }) } as const] : []),
    labelled(
      t,
      t('boardPack.appendix.balanceLabel'),
      gender
        ? t('boardPack.appendix.balance', {
            verdict: t(`language.balance.verdict.${gender.verdict}`),
            masculine: gender.masculine,
            feminine: gender.feminine,
          })
        : t('language.balance.notMeasured'),
    ),
    labelled(t, t('boardPack.appendix.wordsLabel'), t('boardPack.appendix.words', { count: report.words })),
  ];
}

export function languageAppendix(ctx: PackContext): Block[] {
  const { t } = ctx;
  return [
    h1(t('boardPack.appendix.heading')),
    { kind: 'paragraph', text: t('boardPack.appendix.intro') },
    // the result first: the long list of checks and their sources is reference
    h2(t('boardPack.appendix.resultHeading')),
    ...resultBlocks(ctx),
    h2(t('boardPack.appendix.checksHeading')),
    checksTable(ctx),
  ];
}

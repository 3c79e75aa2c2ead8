// The checks that only make sense over the whole description: reading ease, passive share, length
// and the balance of gender-coded words, each where the language has one. Each finding names the
// field `description`.
import type { FieldAnalysis } from './analyse.js';
import { readability, type Readability } from './readability.js';
import type { Thresholds } from './rules-schema.js';
import type { Finding, GenderBalance, Verdict } from './types.js';

export const DESCRIPTION = 'description';

export interface AnalysedField {
  prose: boolean;
  analysis: FieldAnalysis;
}

export interface DescriptionStats {
  words: number;
  /** the language's reading measure over the prose fields; null with no prose or no formula for the language */
  readability: Readability | null;
  proseWords: number;
  /** null where the language has no passive-voice check */
  passiveShare: number | null;
}

export function describeFields(fields: readonly AnalysedField[], thresholds: Thresholds): DescriptionStats {
  let words = 0;
  const prose = { sentences: 0, words: 0, syllables: 0, letters: 0 };
  let passive = 0;
  for (const { prose: isProse, analysis } of fields) {
    words += analysis.words;
    if (!isProse) continue;
    for (const s of analysis.sentences) {
      prose.words += s.words;
      prose.sentences += 1;
      prose.syllables += s.syllables;
      prose.letters += s.letters;
      if (s.passive) passive += 1;
    }
  }
  return {
    words,
    readability: readability(thresholds.readability.formula, prose),
    proseWords: prose.words,
    passiveShare: thresholds.passiveVoice.limits === null ? null : prose.sentences ? passive / prose.sentences : 0,
  };
}

/** The balance of gender-coded words, or null where the language has no validated list of them. */
export function genderBalance(fields: readonly AnalysedField[], thresholds: Thresholds): GenderBalance | null {
  const limits = thresholds.genderBalance.limits;
  if (limits === null) return null;
  const masculineWords: string[] = [];
  const feminineWords: string[] = [];
  for (const { analysis } of fields) {
    for (const m of analysis.matches) {
      if (m.rule.coding === 'masculine') masculineWords.push(m.text);
      else if (m.rule.coding === 'feminine') feminineWords.push(m.text);
    }
  }
  const masculine = masculineWords.length;
  const feminine = feminineWords.length;
  const { minDifference, slightShare, strongDifference, strongShare } = limits;
  const lead = Math.abs(masculine - feminine);
  const share = lead / Math.max(1, masculine + feminine);
  const side = masculine > feminine ? 'masculine' : 'feminine';
  const verdict: Verdict =
    lead < minDifference || share < slightShare
      ? 'neutral'
      : lead >= strongDifference && share >= strongShare
        ? `strongly-${side}`
        : `slightly-${side}`;
  return { masculine, feminine, verdict, masculineWords, feminineWords };
}

type Whole = Pick<Finding, 'kind' | 'ruleId' | 'severity' | 'params' | 'source'> & { reason: string };

/** A finding about the whole description: no span, and one per rule. */
function whole({ reason, ...f }: Whole): Finding {
  return {
    id: `${f.ruleId}@${DESCRIPTION}`,
    ...f,
    field: DESCRIPTION,
    start: 0,
    end: 0,
    match: '',
    reasonKey: `language.reason.${reason}`,
    suggestion: null,
  };
}

const percent = (share: number) => Math.round(share * 100);

/** Proper names of the formulas, the same in every language. */
const FORMULA_NAMES = { gulpease: 'Gulpease', 'flesch-douma': 'Flesch–Douma' } as const;

/** Too hard to read for the language's measure: a grade above its limit, or an ease score below it. */
function readabilityFinding(stats: DescriptionStats, t: Thresholds): Finding | null {
  const measure = t.readability;
  const score = stats.readability;
  if (measure.formula === 'none' || score === null || stats.proseWords < measure.limits.minWords) return null;
  const { source } = measure;
  if (measure.formula === 'flesch-kincaid') {
    if (score.value <= measure.limits.maxGrade) return null;
    const params = { grade: score.value, limit: measure.limits.maxGrade };
    return whole({ kind: 'clarity', ruleId: 'clarity.readability', severity: 'medium', reason: 'readability', params, source });
  }
  if (score.value >= measure.limits.minScore) return null;
  const params = { score: score.value, limit: measure.limits.minScore, formula: FORMULA_NAMES[measure.formula] };
  return whole({ kind: 'clarity', ruleId: 'clarity.readability', severity: 'medium', reason: 'readingEase', params, source });
}

export function descriptionFindings(stats: DescriptionStats, balance: GenderBalance | null, t: Thresholds): Finding[] {
  const findings: Finding[] = [];
  const { passiveVoice, length } = t;
  const hard = readabilityFinding(stats, t);
  if (hard) findings.push(hard);
  if (stats.passiveShare !== null && passiveVoice.limits !== null && stats.passiveShare > passiveVoice.limits.maxShare) {
    const params = { share: percent(stats.passiveShare), limit: percent(passiveVoice.limits.maxShare) };
    findings.push(
      whole({
        kind: 'clarity',
        ruleId: 'clarity.passive-share',
        severity: 'low',
        reason: 'passiveShare',
        params,
        source: passiveVoice.source,
      }),
    );
  }
  const short = stats.words < length.limits.minWords;
  if (short || stats.words > length.limits.maxWords) {
    const params = { count: stats.words, limit: short ? length.limits.minWords : length.limits.maxWords };
    const reason = short ? 'tooShort' : 'tooLong';
    findings.push(whole({ kind: 'clarity', ruleId: 'clarity.length', severity: 'medium', reason, params, source: length.source }));
  }
  // Gaucher, Friesen and Kay (2011) found masculine-coded wording made an advert less appealing to
  // women; feminine-coded wording showed no matching effect, so only a masculine lead is a finding
  if (balance?.verdict === 'strongly-masculine') {
    const params = { masculine: balance.masculine, feminine: balance.feminine };
    findings.push(
      whole({
        kind: 'gender',
        ruleId: 'gender-coded.balance',
        severity: 'medium',
        reason: 'genderBalanceMasculine',
        params,
        source: t.genderBalance.source,
      }),
    );
  }
  return findings;
}

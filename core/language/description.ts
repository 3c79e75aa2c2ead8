// The checks that only make sense over the whole description: reading grade, passive share, length
// and the balance of gender-coded words. Each finding names the field `description`.
import { fleschKincaid } from 'flesch-kincaid';
import type { FieldAnalysis } from './analyse.js';
import type { Thresholds } from './rules-schema.js';
import type { Finding, GenderBalance, Verdict } from './types.js';

export const DESCRIPTION = 'description';

export interface AnalysedField {
  prose: boolean;
  analysis: FieldAnalysis;
}

export interface DescriptionStats {
  words: number;
  /** Flesch–Kincaid grade over the prose fields, rounded to one decimal; null with no prose */
  grade: number | null;
  proseWords: number;
  passiveShare: number;
}

export function describeFields(fields: readonly AnalysedField[]): DescriptionStats {
  let words = 0;
  let proseWords = 0;
  let sentences = 0;
  let syllables = 0;
  let passive = 0;
  for (const { prose, analysis } of fields) {
    words += analysis.words;
    if (!prose) continue;
    for (const s of analysis.sentences) {
      proseWords += s.words;
      sentences += 1;
      syllables += s.syllables;
      if (s.passive) passive += 1;
    }
  }
  const grade = fleschKincaid({ sentence: sentences, word: proseWords, syllable: syllables });
  return {
    words,
    grade: Number.isFinite(grade) ? Math.round(grade * 10) / 10 : null,
    proseWords,
    passiveShare: sentences ? passive / sentences : 0,
  };
}

export function genderBalance(fields: readonly AnalysedField[], thresholds: Thresholds): GenderBalance {
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
  const { minDifference, slightShare, strongDifference, strongShare } = thresholds.genderBalance.limits;
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

export function descriptionFindings(stats: DescriptionStats, balance: GenderBalance, t: Thresholds): Finding[] {
  const findings: Finding[] = [];
  const { readability, passiveVoice, length } = t;
  const { maxGrade, minWords } = readability.limits;
  if (stats.grade !== null && stats.proseWords >= minWords && stats.grade > maxGrade) {
    const params = { grade: stats.grade, limit: maxGrade };
    findings.push(
      whole({
        kind: 'clarity',
        ruleId: 'clarity.readability',
        severity: 'medium',
        reason: 'readability',
        params,
        source: readability.source,
      }),
    );
  }
  if (stats.passiveShare > passiveVoice.limits.maxShare) {
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
    const params = { words: stats.words, limit: short ? length.limits.minWords : length.limits.maxWords };
    const reason = short ? 'tooShort' : 'tooLong';
    findings.push(whole({ kind: 'clarity', ruleId: 'clarity.length', severity: 'medium', reason, params, source: length.source }));
  }
  // Gaucher, Friesen and Kay (2011) found masculine-coded wording made an advert less appealing to
  // women; feminine-coded wording showed no matching effect, so only a masculine lead is a finding
  if (balance.verdict === 'strongly-masculine') {
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

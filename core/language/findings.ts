// Matches and long sentences of one field → findings. Ids name the rule, the field and the words
// matched (with a count for repeats), never an offset, so typing earlier in the field, or moving
// the item, keeps a dismissed finding dismissed.
import type { FieldAnalysis } from './analyse.js';
import type { Match } from './match.js';
import type { Thresholds } from './rules-schema.js';
import type { Finding } from './types.js';

export const LONG_SENTENCE = 'clarity.long-sentence';

/** Hands out `<rule>@<field>:<key>#<n>`, counting repeats of the same key in the same field. */
export function idMaker(field: string): (ruleId: string, key: string) => string {
  const seen = new Map<string, number>();
  return (ruleId, key) => {
    const base = `${ruleId}@${field}:${key.toLowerCase().replace(/\s+/g, ' ').trim()}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}#${n}`;
  };
}

function matchFinding(field: string, m: Match, id: string): Finding {
  const { rule } = m;
  return {
    id,
    kind: rule.kind,
    ruleId: rule.ruleId,
    severity: rule.severity,
    field,
    start: m.start,
    end: m.end,
    match: m.text,
    reasonKey: rule.reasonKey,
    params: rule.suggestion === null ? { match: m.text } : { match: m.text, suggestion: rule.suggestion },
    suggestion: rule.suggestion,
    source: rule.source,
    ...(rule.suggestion === null
      ? {}
      : {
          locale: rule.locale,
          ...(rule.partOfSpeech ? { partOfSpeech: rule.partOfSpeech } : {}),
          ...(rule.modifier ? { modifier: rule.modifier } : {}),
        }),
  };
}

/** The first words of a sentence: enough to tell it apart, short enough to survive edits at its end. */
const sentenceKey = (text: string) => text.split(/\s+/).slice(0, 6).join(' ');

export function fieldFindings(field: string, text: string, analysis: FieldAnalysis, thresholds: Thresholds): Finding[] {
  const id = idMaker(field);
  // a set about one field (job titles) ignores the others; the analysis is shared by identical texts, so this filters here
  const matches = analysis.matches.filter((m) => !m.rule.fields || m.rule.fields.includes(field));
  const findings = matches.map((m) => matchFinding(field, m, id(m.rule.ruleId, m.text)));
  const { maxWords } = thresholds.sentenceLength.limits;
  for (const s of analysis.sentences) {
    if (s.words <= maxWords) continue;
    const match = text.slice(s.start, s.end);
    findings.push({
      id: id(LONG_SENTENCE, sentenceKey(match)),
      kind: 'clarity',
      ruleId: LONG_SENTENCE,
      severity: 'low',
      field,
      start: s.start,
      end: s.end,
      match,
      reasonKey: 'language.reason.longSentence',
      params: { count: s.words, limit: maxWords },
      suggestion: null,
      source: thresholds.sentenceLength.source,
    });
  }
  return findings.sort((a, b) => a.start - b.start);
}

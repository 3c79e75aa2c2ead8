// The shapes the language checker hands out. Plain data, so the renderer can keep a report in its
// store and the project file can remember dismissed finding ids without knowing how they were made.

import type { Readability } from './readability.js';
import type { ReadabilityFormula } from './rules-schema.js';

export const KINDS = ['gender', 'exclusionary', 'jargon', 'clarity', 'credibility'] as const;
/** What a rule's words are in a sentence, so its suggestion can be fitted to the sentence (core/language/grammar-en.ts). */
export const PARTS_OF_SPEECH = ['noun', 'adjective', 'verb', 'adverb', 'predicate', 'phrase'] as const;
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];
export const SEVERITIES = ['low', 'medium', 'high'] as const;

export type Kind = (typeof KINDS)[number];
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  /** stable across edits elsewhere in the text: rule id + field + matched words + occurrence, never an offset */
  id: string;
  kind: Kind;
  /** `<rule set id>.<rule id>`, e.g. `jargon.rockstar` or `clarity.long-sentence` */
  ruleId: string;
  severity: Severity;
  /** a path into the role (`responsibilities.<id>.text`), or `description` for whole-description checks */
  field: string;
  /** character offsets into that field's text; both 0 when the finding is about a whole field or list */
  start: number;
  end: number;
  match: string;
  /** a full catalogue key, e.g. `language.reason.jargon`, read with `params` */
  reasonKey: string;
  params: Record<string, string | number>;
  /** the plain alternative, or null when only the writer can say what is meant */
  suggestion: string | null;
  source: string;
  /** the rule set's language, what its words are and the suggestion's form before a noun: how to fit the suggestion in */
  locale?: string;
  partOfSpeech?: PartOfSpeech;
  modifier?: string;
}

export const VERDICTS = ['strongly-masculine', 'slightly-masculine', 'neutral', 'slightly-feminine', 'strongly-feminine'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface GenderBalance {
  masculine: number;
  feminine: number;
  verdict: Verdict;
  /** the coded words as written, so the UI can list them beside the counts */
  masculineWords: string[];
  feminineWords: string[];
}

export interface LanguageReport {
  /** the language of the role's documents, whose rules were applied */
  language: string;
  /**
   * false when there are no rules for that language: nothing was checked, and the report must never
   * be read or shown as "no problems" (score null, no findings)
   */
  hasRules: boolean;
  /** 0–100, see score.ts; null without rules */
  score: number | null;
  findings: Finding[];
  byKind: Record<Kind, number>;
  /** null where the language has no validated list of gender-coded words */
  gender: GenderBalance | null;
  /** the language's own reading measure over the prose; null with no prose, or no formula for the language */
  readability: Readability | null;
  /** which reading formula the language uses, or 'none' (its rule file's source says why) */
  readabilityFormula: ReadabilityFormula | 'none';
  words: number;
  /** share of prose sentences in the passive voice, 0–1; null where the language has no such check */
  passiveShare: number | null;
}

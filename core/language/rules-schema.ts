// The rule files' schema. TypeBox's Value checker validates, not ajv: the checker runs in the
// renderer on every keystroke, and ajv compiles with `new Function`, which the renderer's CSP forbids.
import { Type, type Static, type TLiteral, type TSchema, type TUnion } from '@sinclair/typebox';
import { Errors } from '@sinclair/typebox/errors';
import { Check as satisfies } from '@sinclair/typebox/value';
import language from '../i18n/en/language.json' with { type: 'json' };
import type { FieldProblem } from '../result.js';
import { KINDS, PARTS_OF_SPEECH, SEVERITIES } from './types.js';

/** A closed list of strings; the cast keeps the literal types that `map` widens to string. */
const literals = <T extends readonly string[]>(values: T) =>
  Type.Union(values.map((v) => Type.Literal(v))) as unknown as TUnion<TLiteral<T[number]>[]>;

/**
 * Reasons are catalogue keys, never text in the rule files: every word a user reads comes from the
 * catalogue, so a user's own rule set picks one of these reasons for each rule.
 */
type ReasonKey = keyof typeof language.reason;
/** A reason's name without i18next's plural suffix: `longList_one` and `longList_other` are the reason `longList`. */
export type Reason = ReasonKey extends infer K ? (K extends `${infer Base}_${'one' | 'other'}` ? Base : K) : never;
export const REASONS = [...new Set(Object.keys(language.reason).map((key) => key.replace(/_(one|other)$/, '')))] as Reason[];

const Id = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,63}$' });
const Source = Type.String({ minLength: 1, maxLength: 1000 });
/** ids in the sources registry (core/sources), so the References view lists what each rule rests on */
const SourceIds = Type.Array(Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,63}$' }), { maxItems: 10, uniqueItems: true });
/**
 * Words separated by spaces or hyphens; a trailing `*` makes a word a prefix (`lead*`), `#` stands
 * for any number (`max # anni`), and braces
 * list a word's forms (`młod{y,a,e,ego}`, `giovan{e,i} e dinamic{o,a,i,he}`): inflected languages
 * match each form exactly rather than through an English stemmer.
 */
const Pattern = Type.String({ minLength: 2, maxLength: 200 });

export const PhraseRule = Type.Object(
  {
    id: Id,
    patterns: Type.Array(Pattern, { minItems: 1, maxItems: 100 }),
    /** the plain alternative, written in the set's locale; null when only the writer can say what is meant */
    suggestion: Type.Union([Type.String({ minLength: 1, maxLength: 120 }), Type.Null()]),
    reason: Type.Optional(literals(REASONS)),
    /** overrides the set's source when one entry has a more specific one */
    source: Type.Optional(Source),
    sourceIds: Type.Optional(SourceIds),
    /** what the patterns and the suggestion are in a sentence; both must be the same */
    partOfSpeech: Type.Optional(literals(PARTS_OF_SPEECH)),
    /** a noun suggestion's form before another noun ("talented" for "high performer"); nouns only */
    modifier: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
    /** which side of the gender balance a gender-coded word counts towards */
    coding: Type.Optional(literals(['masculine', 'feminine'] as const)),
    /** stay quiet when a digit or number word is this many characters away or closer */
    unlessNumberWithin: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  },
  { additionalProperties: false },
);

export const PhraseRuleSet = Type.Object(
  {
    id: Id,
    locale: Type.String({ pattern: '^[a-z]{2}(-[A-Z]{2})?$' }),
    kind: literals(KINDS),
    severity: literals(SEVERITIES),
    reason: literals(REASONS),
    source: Source,
    sourceIds: Type.Optional(SourceIds),
    /** true: words match by Porter stem (plurals, tenses; English only); false: words match exactly, as published */
    inflections: Type.Boolean(),
    /** only these fields are checked, e.g. `["title"]` for grammatical gender in job titles; every field when absent */
    fields: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { minItems: 1, maxItems: 20 })),
    /** the set stays quiet on a field whose text holds any of these, e.g. "(m/v/x)" beside a masculine title */
    quietWhen: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { minItems: 1, maxItems: 40 })),
    /**
     * Whole words no pattern of the set ever matches: domain terms a published stem would otherwise
     * catch ("analytics" by analy*, "leadership" by lead*), which name a function, not a trait.
     */
    except: Type.Optional(Type.Array(Type.String({ pattern: '^[^\\s*]{2,40}$' }), { maxItems: 200, uniqueItems: true })),
    rules: Type.Array(PhraseRule, { maxItems: 500 }),
  },
  { additionalProperties: false },
);

const Check = <T extends TSchema>(limits: T) =>
  Type.Object({ limits, source: Source, sourceIds: Type.Optional(SourceIds) }, { additionalProperties: false });
const Positive = Type.Integer({ minimum: 1, maximum: 100000 });
const Share = Type.Number({ minimum: 0, maximum: 1 });

export const READABILITY_FORMULAS = ['flesch-kincaid', 'gulpease', 'flesch-douma'] as const;
export type ReadabilityFormula = (typeof READABILITY_FORMULAS)[number];

/**
 * A reading measure made for the language, or none, stated so in the source. Flesch–Kincaid is a
 * grade (lower is easier, flagged above maxGrade); Gulpease and Flesch–Douma are ease scores
 * (higher is easier, flagged below minScore).
 */
const Readability = Type.Union([
  Type.Object(
    {
      formula: Type.Literal('flesch-kincaid'),
      limits: Type.Object({ maxGrade: Type.Number({ minimum: 0, maximum: 30 }), minWords: Positive }, { additionalProperties: false }),
      source: Source,
      sourceIds: Type.Optional(SourceIds),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      formula: Type.Union([Type.Literal('gulpease'), Type.Literal('flesch-douma')]),
      limits: Type.Object({ minScore: Type.Number({ minimum: 0, maximum: 120 }), minWords: Positive }, { additionalProperties: false }),
      source: Source,
      sourceIds: Type.Optional(SourceIds),
    },
    { additionalProperties: false },
  ),
  Type.Object({ formula: Type.Literal('none'), source: Source, sourceIds: Type.Optional(SourceIds) }, { additionalProperties: false }),
]);

/** The thresholds of the computed checks, kept as data beside their sources. */
export const Thresholds = Type.Object(
  {
    sentenceLength: Check(Type.Object({ maxWords: Positive }, { additionalProperties: false })),
    readability: Readability,
    /** `limits: null`: not measured in this language, and the source says why */
    passiveVoice: Check(Type.Union([Type.Object({ maxShare: Share }, { additionalProperties: false }), Type.Null()])),
    length: Check(Type.Object({ minWords: Positive, maxWords: Positive }, { additionalProperties: false })),
    listLength: Check(Type.Object({ maxItems: Positive }, { additionalProperties: false })),
    mustHaves: Check(Type.Object({ maxItems: Positive }, { additionalProperties: false })),
    measures: Check(Type.Object({}, { additionalProperties: false })),
    /** where a language's checks cite the pay-transparency law, a job description that leaves pay unsaid is a finding */
    payTransparency: Type.Optional(Check(Type.Object({}, { additionalProperties: false }))),
    genderBalance: Check(
      Type.Union([
        Type.Object(
          { minDifference: Positive, slightShare: Share, strongDifference: Positive, strongShare: Share },
          { additionalProperties: false },
        ),
        Type.Null(),
      ]),
    ),
  },
  { additionalProperties: false },
);

export type PhraseRule = Static<typeof PhraseRule>;
export type PhraseRuleSet = Static<typeof PhraseRuleSet>;
export type Thresholds = Static<typeof Thresholds>;

/** Schema problems as catalogue codes naming each bad field, like the project loader's. */
export function schemaProblems(schema: TSchema, data: unknown, set: string): FieldProblem[] {
  if (satisfies(schema, data)) return [];
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const error of Errors(schema, data)) {
    const field = error.path || '/';
    if (seen.has(field)) continue;
    seen.add(field);
    problems.push({ field, code: 'language.rulesError.invalid', params: { set, field } });
  }
  return problems;
}

// The rule files as shipped, per language: phrase sets and the thresholds of the computed checks.
// Each language's sets cite their own national law and equality body; English's are the originals.
import ageist from './rules/ageist.json' with { type: 'json' };
import checks from './rules/checks.json' with { type: 'json' };
import exclusionary from './rules/exclusionary.json' with { type: 'json' };
import gender from './rules/gender.json' with { type: 'json' };
import jargon from './rules/jargon.json' with { type: 'json' };
import physical from './rules/physical.json' with { type: 'json' };
import vague from './rules/vague.json' with { type: 'json' };
import itChecks from './rules/it/checks.json' with { type: 'json' };
import itCliches from './rules/it/cliches.json' with { type: 'json' };
import itExclusion from './rules/it/exclusion.json' with { type: 'json' };
import itGenderAddress from './rules/it/gender-address.json' with { type: 'json' };
import itGenderTitles from './rules/it/gender-titles.json' with { type: 'json' };
import itPay from './rules/it/pay.json' with { type: 'json' };
import nlChecks from './rules/nl/checks.json' with { type: 'json' };
import nlCliches from './rules/nl/cliches.json' with { type: 'json' };
import nlExclusion from './rules/nl/exclusion.json' with { type: 'json' };
import nlGenderAddress from './rules/nl/gender-address.json' with { type: 'json' };
import nlGenderTitles from './rules/nl/gender-titles.json' with { type: 'json' };
import nlPay from './rules/nl/pay.json' with { type: 'json' };
import plChecks from './rules/pl/checks.json' with { type: 'json' };
import plCliches from './rules/pl/cliches.json' with { type: 'json' };
import plExclusion from './rules/pl/exclusion.json' with { type: 'json' };
import plGenderAddress from './rules/pl/gender-address.json' with { type: 'json' };
import plGenderTitles from './rules/pl/gender-titles.json' with { type: 'json' };
import plPay from './rules/pl/pay.json' with { type: 'json' };
import ukChecks from './rules/uk/checks.json' with { type: 'json' };
import ukCliches from './rules/uk/cliches.json' with { type: 'json' };
import ukExclusion from './rules/uk/exclusion.json' with { type: 'json' };
import ukGenderAddress from './rules/uk/gender-address.json' with { type: 'json' };
import ukGenderTitles from './rules/uk/gender-titles.json' with { type: 'json' };
import ukPay from './rules/uk/pay.json' with { type: 'json' };

export interface RuleFiles {
  sets: readonly unknown[];
  thresholds: unknown;
}

/** Keyed by language (the first two letters of a locale); a language missing here has no rules. */
export const BUILT_IN: Readonly<Record<string, RuleFiles>> = {
  en: { sets: [gender, ageist, exclusionary, physical, jargon, vague], thresholds: checks },
  it: { sets: [itExclusion, itGenderAddress, itGenderTitles, itCliches, itPay], thresholds: itChecks },
  nl: { sets: [nlExclusion, nlGenderAddress, nlGenderTitles, nlCliches, nlPay], thresholds: nlChecks },
  pl: { sets: [plExclusion, plGenderAddress, plGenderTitles, plCliches, plPay], thresholds: plChecks },
  uk: { sets: [ukExclusion, ukGenderAddress, ukGenderTitles, ukCliches, ukPay], thresholds: ukChecks },
};

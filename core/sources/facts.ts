// Every research figure and finding the app shows, with the sources it rests on. The wizard, the
// board review, the board pack and the interviewer guide all print facts from here, so a figure and
// its citation can never drift apart between the app and a document.
import type { ReviewSection } from '../schema/review.js';
import { citeAll, type CiteContext } from './cite.js';

export const FACTS = {
  internal: ['forrester-cco'],
  board: ['forrester-cco'],
  recent: ['forrester-cco'],
  trigger: ['forrester-cco'],
  authority: ['forrester-cco'],
  owner: ['medallia-cxo'],
  engagement: ['temkin-engagement'],
  returnOnSales: ['ibm-globoforce'],
  prevalence: ['gartner-cx-survey'],
  everyCompany: ['medallia-cxo'],
  reportingLines: ['morgan-culture', 'medallia-cxo'],
  scope: ['medallia-cxo'],
  culturePair: ['mailchimp-onboarding'],
  cpoMirror: ['trzepacz-cpo'],
  objective: ['medallia-cxo'],
  measures: ['medallia-cxo'],
  precise: ['medallia-cxo'],
  team: ['medallia-cxo'],
  tradeOff: ['medallia-cxo'],
  template: ['medallia-cxo'],
  influence: ['staikos-archetypes'],
  collaboration: ['staikos-archetypes'],
  archetypes: ['staikos-archetypes'],
  structuredInterviews: ['sackett-2022'],
  methodValidity: ['sackett-2022'],
  panelAgreement: ['krippendorff-2004'],
  partsFirst: ['kahneman-2021'],
} as const satisfies Record<string, readonly string[]>;

export type FactId = keyof typeof FACTS;

/** The facts behind each part of the design a board reviews, in the order they are shown. */
export const SECTION_FACTS: Readonly<Record<ReviewSection, readonly FactId[]>> = {
  company: ['reportingLines', 'scope', 'culturePair', 'cpoMirror', 'owner', 'prevalence', 'everyCompany'],
  objectives: ['objective', 'measures', 'engagement', 'returnOnSales'],
  responsibilities: ['precise', 'team'],
  background: ['internal', 'board', 'recent', 'trigger', 'authority', 'tradeOff'],
  qualifications: ['template', 'influence', 'collaboration'],
  archetypes: ['archetypes'],
  rubric: [],
};

/** The figures the background step shows as large numbers, all from the same survey. */
export const BACKGROUND_FIGURES = ['internal', 'board', 'recent', 'trigger'] as const satisfies readonly FactId[];

/** The fact as one sentence: "83% of chief customer officers were hired from inside the company." */
export function factSentence(id: FactId, { t }: Pick<CiteContext, 't'>): string {
  const text = t(`sources.fact.${id}.text`);
  const key = `sources.fact.${id}.value`;
  const value = t(key);
  return value === key ? text : t('sources.factSentence', { value, text });
}

export const factValue = (id: FactId, { t }: Pick<CiteContext, 't'>): string | null => {
  const key = `sources.fact.${id}.value`;
  const value = t(key);
  return value === key ? null : value;
};

/** The citation of a fact's sources, inline. */
export const citeFact = (id: FactId, ctx: CiteContext): string => citeAll(FACTS[id], ctx);

/** Every source id the given facts rest on, in order, each once. */
export const sourcesOfFacts = (ids: Iterable<FactId>): string[] => [...new Set([...ids].flatMap((id) => FACTS[id]))];

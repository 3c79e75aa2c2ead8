// The "About the company" prose, from the company fields alone: a finished sentence whether the
// company is named or not (a template's defaults name no company), with its industry, size and
// stage set as a person would write them.
import type { Translate } from '../../i18n/index.js';
import { intlLocale } from '../../i18n/locales.js';
import type { CompanySize } from '../../role/vocabulary.js';
import type { Company, RoleContext } from '../../schema/role.js';
import { midSentence } from './phrase.js';

/** The head-count bands as numbers, so they are written in the role's locale. */
const BANDS: Record<Exclude<CompanySize, 'unspecified'>, { min?: number; max?: number }> = {
  'under-50': { max: 50 },
  '50-249': { min: 50, max: 249 },
  '250-999': { min: 250, max: 999 },
  '1000-4999': { min: 1000, max: 4999 },
  '5000-plus': { min: 5000 },
};

function sizePhrase(size: CompanySize, t: Translate, locale: string): string {
  if (size === 'unspecified') return '';
  const { min, max } = BANDS[size];
  const number = new Intl.NumberFormat(intlLocale(locale));
  const values = { min: min === undefined ? '' : number.format(min), max: max === undefined ? '' : number.format(max) };
  return t(min === undefined ? 'jd.company.size.under-50' : max === undefined ? 'jd.company.size.over' : 'jd.company.size.range', values);
}

export function companySentence(company: Company, t: Translate, locale: string): string {
  const name = company.name.trim();
  const industry = company.industry.trim();
  // with nothing known but the name (already in the subtitle), say nothing rather than print an empty sentence
  if (!industry && company.size === 'unspecified' && company.stage === 'unspecified') return '';
  const parts = [
    name ? t('jd.company.subject.named', { company: name }) : t('jd.company.subject.unnamed'),
    ' ',
    t(`jd.company.kind.${company.stage}`),
    industry ? t('jd.company.industry', { industry: midSentence(industry, locale) }) : '',
    sizePhrase(company.size, t, locale),
    company.stage === 'transformation' ? t('jd.company.transformation') : '',
  ];
  return `${parts.join('')}.`;
}

export function whyNowParagraphs(context: RoleContext, t: Translate): string[] {
  const detail = context.whyNowDetail.trim();
  // another reason is the detail itself; a reason not decided yet is printed nowhere
  const reason = context.whyNow === 'other' || context.whyNow === 'unspecified' ? '' : t(`jd.whyNow.${context.whyNow}`);
  return [reason, detail].filter((p) => p.length > 0);
}

// The "About the company" prose. Built from whatever the user gave, so it reads as a finished
// sentence whether the company is named or not (a template's defaults name no company).
import type { Translate } from '../../i18n/index.js';
import type { Company, RoleContext } from '../../schema/role.js';

export function companySentence(company: Company, t: Translate): string {
  const name = company.name.trim();
  const industry = company.industry.trim();
  // with nothing known but the name (already in the subtitle), say nothing rather than print an empty sentence
  if (!industry && company.size === 'unspecified' && company.stage === 'unspecified') return '';
  let sentence = `${name ? t('jd.company.named', { company: name }) : t('jd.company.unnamed')} `;
  sentence += industry ? t('jd.company.industry', { industry }) : t('jd.company.noIndustry');
  if (company.size !== 'unspecified') sentence += t('jd.company.size', { size: t(`jd.company.sizeLower.${company.size}`) });
  if (company.stage !== 'unspecified') sentence += t('jd.company.stage', { stage: t(`jd.company.stageLower.${company.stage}`) });
  return `${sentence}.`;
}

export function whyNowParagraphs(context: RoleContext, t: Translate): string[] {
  const detail = context.whyNowDetail.trim();
  // another reason is the detail itself; a reason not decided yet is printed nowhere
  const reason = context.whyNow === 'other' || context.whyNow === 'unspecified' ? '' : t(`jd.whyNow.${context.whyNow}`);
  return [reason, detail].filter((p) => p.length > 0);
}

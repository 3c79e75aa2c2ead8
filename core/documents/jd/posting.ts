// The parts of the job description a candidate looks for before deciding to apply: where the work
// is done, the pay (or when it is given) and benefits, how to apply and what happens next, and the
// equal-opportunity statement. Each is printed only when there is something to say.
import type { Translate } from '../../i18n/index.js';
import { formatDate } from '../../i18n/format.js';
import { intlLocale } from '../../i18n/locales.js';
import type { RoleDesign } from '../../schema/role.js';
import type { Block } from '../tree.js';

const present = (text: string) => text.trim().length > 0;
const paragraphs = (...texts: string[]): Block[] => texts.filter(present).map((text): Block => ({ kind: 'paragraph', text: text.trim() }));

export function locationBlocks({ position }: RoleDesign, t: Translate): Block[] {
  const location = position.location.trim();
  const model = position.workModel;
  const lead =
    model === 'unspecified'
      ? location
        ? t('jd.location.basedIn', { location })
        : ''
      : location
        ? t(`jd.location.modelAt.${model}`, { location })
        : t(`jd.location.model.${model}`);
  return paragraphs(lead, position.workModelDetail);
}

function salary(role: RoleDesign, t: Translate): string {
  const { offer } = role;
  if (offer.disclosure === 'before-interview') return t('jd.pay.beforeInterview');
  if (offer.disclosure !== 'range' || offer.minimum === null) return '';
  const money = new Intl.NumberFormat(intlLocale(role.locale), {
    style: 'currency',
    currency: offer.currency,
    maximumFractionDigits: 0,
  });
  const period = t(`jd.pay.period.${offer.period}`);
  const maximum = offer.maximum ?? offer.minimum;
  return maximum === offer.minimum
    ? t('jd.pay.single', { amount: money.format(offer.minimum), period })
    : t('jd.pay.range', { minimum: money.format(offer.minimum), maximum: money.format(maximum), period });
}

export function payBlocks(role: RoleDesign, t: Translate): Block[] {
  const benefits = role.offer.benefits.map((b) => b.text.trim()).filter(present);
  return [
    ...paragraphs(salary(role, t), role.offer.note),
    ...(benefits.length
      ? [{ kind: 'paragraph', text: t('jd.pay.benefitsLead') } as const, { kind: 'bullets', items: benefits } as const]
      : []),
  ];
}

export function applyBlocks(role: RoleDesign, t: Translate): Block[] {
  const { method, contact, deadline, nextSteps, adjustmentsContact } = role.application;
  // a closing date alone, or adjustments alone, is no way to apply: the section needs a how or a to whom
  if (!present(method) && !present(contact)) return [];
  const to = contact.trim();
  const adjustments = adjustmentsContact.trim() || to;
  const closing = deadline
    ? t('jd.apply.closing', { date: formatDate(new Date(`${deadline}T00:00:00Z`), role.locale, 'UTC') })
    : t('jd.apply.open');
  return paragraphs(
    method,
    to ? t('jd.apply.to', { contact: to }) : '',
    closing,
    nextSteps,
    adjustments ? t('jd.apply.adjustments', { contact: adjustments }) : t('jd.apply.adjustmentsUs'),
  );
}

export const equalOpportunityBlocks = (role: RoleDesign): Block[] => paragraphs(role.application.equalOpportunity);

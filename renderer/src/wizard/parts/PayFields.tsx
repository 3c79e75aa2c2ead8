// Pay: how applicants learn it (a range in the advert, before the first interview, or not yet said),
// the range itself in a currency of the user's choosing, and a sentence on the rest of the package.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NUMBER_LIMITS, TEXT_LIMITS } from '../../../../core/role/limits';
import { PAY_DISCLOSURES, PAY_PERIODS } from '../../../../core/role/vocabulary';
import type { Offer } from '../../../../core/schema/role';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { NumberField } from '../../components/NumberField';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { PanelProps } from '../registry';

/** Every ISO 4217 currency the platform knows, named in the interface's language, the role's own first. */
function useCurrencies(current: string): { code: string; name: string }[] {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const names = new Intl.DisplayNames([i18n.language], { type: 'currency' });
    const codes = new Set([current, ...Intl.supportedValuesOf('currency')]);
    return [...codes].map((code) => ({ code, name: `${names.of(code) ?? code} (${code})` }));
  }, [current, i18n.language]);
}

export function PayFields({ role, update }: Pick<PanelProps, 'role' | 'update'>) {
  const { t } = useTranslation();
  const { offer } = role;
  const set = (patch: Partial<Offer>) => update((r) => ({ ...r, offer: { ...r.offer, ...patch } }));
  const currencies = useCurrencies(offer.currency);
  return (
    <section className="panel" aria-labelledby="pay-heading">
      <h2 id="pay-heading">{t('ui.offer.payHeading')}</h2>
      <p className="hint">{t('ui.offer.payIntro')}</p>
      <ChoiceGroup
        path="offer.disclosure"
        legend={t('ui.offer.disclosure')}
        options={PAY_DISCLOSURES}
        value={offer.disclosure}
        labelOf={(d) => t(`vocab.payDisclosure.${d}`)}
        onChange={(disclosure) => set({ disclosure })}
      >
        {offer.disclosure === 'range' && (
          <div className="field-row pay-range">
            <SelectField
              path="offer.currency"
              label={t('ui.offer.currency')}
              value={offer.currency}
              onChange={(currency) => set({ currency })}
            >
              {currencies.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </SelectField>
            <NumberField
              path="offer.minimum"
              label={t('ui.offer.minimum')}
              value={offer.minimum}
              min={NUMBER_LIMITS.pay.min}
              max={NUMBER_LIMITS.pay.max}
              required
              onChange={(minimum) => set({ minimum })}
            />
            <NumberField
              path="offer.maximum"
              label={t('ui.offer.maximum')}
              value={offer.maximum}
              min={NUMBER_LIMITS.pay.min}
              max={NUMBER_LIMITS.pay.max}
              required
              onChange={(maximum) => set({ maximum })}
            />
            <SelectField
              path="offer.period"
              label={t('ui.offer.period')}
              value={offer.period}
              onChange={(period) => set({ period: PAY_PERIODS.find((p) => p === period) ?? 'year' })}
            >
              {PAY_PERIODS.map((p) => (
                <option key={p} value={p}>
                  {t(`vocab.payPeriod.${p}`)}
                </option>
              ))}
            </SelectField>
          </div>
        )}
      </ChoiceGroup>
      <TextField
        path="offer.note"
        label={t('ui.offer.note')}
        hint={t('ui.offer.noteHint')}
        value={offer.note}
        maxLength={TEXT_LIMITS.payNote}
        rows={2}
        onChange={(note) => set({ note })}
      />
    </section>
  );
}

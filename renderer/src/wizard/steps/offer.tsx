// Step 8: what a candidate needs before applying: the pay (or when it is given) and benefits, how
// to apply and what happens next, and the equal-opportunity statement; then the job description's
// own words for them, as it will print them.
import { useTranslation } from 'react-i18next';
import { sectionsOf } from '../../../../core/documents/tree';
import { LIST_LIMITS, TEXT_LIMITS } from '../../../../core/role/limits';
import { Blocks } from '../../components/JobDescriptionView';
import { ItemListEditor } from '../../components/ItemListEditor';
import { TextField } from '../../components/TextField';
import { ApplicationFields } from '../parts/ApplicationFields';
import { PayFields } from '../parts/PayFields';
import type { PanelProps } from '../registry';
import { useJobDescription } from '../useJobDescription';

const PREVIEWED = new Set(['pay', 'apply', 'equalOpportunity']);

export function OfferStep({ role, update }: PanelProps) {
  const { t } = useTranslation();
  const jd = useJobDescription(role);
  const preview = sectionsOf(jd.blocks).filter((s) => PREVIEWED.has(s.heading.section ?? ''));

  return (
    <div className="form">
      <PayFields role={role} update={update} />
      <section className="panel">
        <ItemListEditor
          path="offer.benefits"
          legend={t('ui.offer.benefits.legend')}
          hint={t('ui.offer.benefits.hint')}
          itemLabelKey="ui.offer.benefits.item"
          addLabel={t('ui.offer.benefits.add')}
          fullKey="ui.list.full"
          items={role.offer.benefits}
          max={LIST_LIMITS.benefits}
          maxLength={TEXT_LIMITS.item}
          idPrefix="b"
          onChange={(benefits) => update((r) => ({ ...r, offer: { ...r.offer, benefits } }))}
        />
      </section>
      <ApplicationFields role={role} update={update} />
      <section className="panel" aria-labelledby="equal-heading">
        <h2 id="equal-heading">{t('ui.application.equalHeading')}</h2>
        <TextField
          path="application.equalOpportunity"
          label={t('ui.application.equalOpportunity')}
          hint={t('ui.application.equalOpportunityHint')}
          value={role.application.equalOpportunity}
          maxLength={TEXT_LIMITS.equalOpportunity}
          rows={4}
          grows
          onChange={(equalOpportunity) => update((r) => ({ ...r, application: { ...r.application, equalOpportunity } }))}
        />
      </section>
      {preview.length > 0 && (
        <section className="panel preview" aria-labelledby="offer-preview">
          <h2 id="offer-preview">{t('ui.application.previewHeading')}</h2>
          <div className="jd-excerpt">
            {preview.map((section) => (
              <div key={section.heading.section}>
                <h3>{section.heading.text}</h3>
                <Blocks blocks={section.blocks} />
              </div>
            ))}
          </div>
        </section>
      )}
    </div>
  );
}

// Step 2: the company, the situation the role is created in, its scope in figures and where it is based.
import { useTranslation } from 'react-i18next';
import { COMPANY_SIZES, COMPANY_STAGES } from '../../../../core/role/vocabulary';
import { TEXT_LIMITS } from '../../../../core/role/limits';
import type { Company } from '../../../../core/schema/role';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { DocumentLanguageField } from '../parts/DocumentLanguageField';
import { PositionFields } from '../parts/PositionFields';
import { RoleContextFields } from '../parts/RoleContextFields';
import { ScopeFiguresFields } from '../parts/ScopeFiguresFields';
import type { PanelProps } from '../registry';

export function CompanyStep({ role, update }: PanelProps) {
  const { t } = useTranslation();
  const setCompany = (patch: Partial<Company>) => update((r) => ({ ...r, company: { ...r.company, ...patch } }));

  return (
    <div className="form">
      <section className="panel" aria-labelledby="company-about">
        <h2 id="company-about">{t('ui.company.aboutHeading')}</h2>
        <TextField
          path="title"
          label={t('ui.company.roleTitle')}
          hint={t('ui.company.roleTitleHint')}
          value={role.title}
          maxLength={TEXT_LIMITS.title}
          required
          onChange={(title) => update((r) => ({ ...r, title }))}
        />
        <div className="field-row">
          <TextField
            path="company.name"
            label={t('ui.company.name')}
            value={role.company.name}
            maxLength={TEXT_LIMITS.companyName}
            required
            onChange={(name) => setCompany({ name })}
          />
          <TextField
            path="company.industry"
            label={t('ui.company.industry')}
            value={role.company.industry}
            maxLength={TEXT_LIMITS.industry}
            onChange={(industry) => setCompany({ industry })}
          />
        </div>
        <div className="field-row">
          <SelectField
            path="company.size"
            label={t('ui.company.size')}
            value={role.company.size}
            onChange={(size) => setCompany({ size: COMPANY_SIZES.find((s) => s === size) ?? 'unspecified' })}
          >
            {COMPANY_SIZES.map((size) => (
              <option key={size} value={size}>
                {t(`vocab.companySize.${size}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            path="company.stage"
            label={t('ui.company.stage')}
            value={role.company.stage}
            onChange={(stage) => setCompany({ stage: COMPANY_STAGES.find((s) => s === stage) ?? 'unspecified' })}
          >
            {COMPANY_STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {t(`vocab.companyStage.${stage}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <TextField
          path="company.description"
          label={t('ui.company.description')}
          hint={t('ui.company.descriptionHint')}
          value={role.company.description}
          maxLength={TEXT_LIMITS.description}
          rows={4}
          onChange={(description) => setCompany({ description })}
        />
        <DocumentLanguageField role={role} update={update} />
      </section>
      <RoleContextFields role={role} update={update} />
      <ScopeFiguresFields role={role} update={update} />
      <PositionFields role={role} update={update} />
    </div>
  );
}

// How to apply, to whom and by when, what happens next, and whom to ask for an adjustment.
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../../core/role/limits';
import type { Application } from '../../../../core/schema/role';
import { DateField } from '../../components/DateField';
import { TextField } from '../../components/TextField';
import type { PanelProps } from '../registry';

export function ApplicationFields({ role, update }: Pick<PanelProps, 'role' | 'update'>) {
  const { t } = useTranslation();
  const { application } = role;
  const set = (patch: Partial<Application>) => update((r) => ({ ...r, application: { ...r.application, ...patch } }));
  const text = (key: 'method' | 'contact' | 'nextSteps' | 'adjustmentsContact', limit: number, rows?: number, required?: boolean) => (
    <TextField
      path={`application.${key}`}
      label={t(`ui.application.${key}`)}
      hint={t(`ui.application.${key}Hint`)}
      value={application[key]}
      maxLength={limit}
      required={required}
      {...(rows ? { rows, grows: true } : {})}
      onChange={(value) => set({ [key]: value })}
    />
  );
  return (
    <section className="panel" aria-labelledby="apply-heading">
      <h2 id="apply-heading">{t('ui.application.heading')}</h2>
      {text('method', TEXT_LIMITS.applyMethod, 2, true)}
      {text('contact', TEXT_LIMITS.applyContact, undefined, true)}
      <DateField
        path="application.deadline"
        label={t('ui.application.deadline')}
        hint={t('ui.application.deadlineHint')}
        value={application.deadline}
        onChange={(deadline) => set({ deadline })}
      />
      {text('nextSteps', TEXT_LIMITS.nextSteps, 3)}
      {text('adjustmentsContact', TEXT_LIMITS.adjustmentsContact)}
    </section>
  );
}

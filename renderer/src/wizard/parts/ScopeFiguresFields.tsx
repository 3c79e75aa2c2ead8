// The scope of the role in figures: team, budget, regions. Each is optional and printed only when
// given; together they tell a candidate the size of what they would run.
import { useTranslation } from 'react-i18next';
import { NUMBER_LIMITS, TEXT_LIMITS } from '../../../../core/role/limits';
import type { ScopeFigures } from '../../../../core/schema/role';
import { NumberField } from '../../components/NumberField';
import { TextField } from '../../components/TextField';
import type { PanelProps } from '../registry';

export function ScopeFiguresFields({ role, update }: Pick<PanelProps, 'role' | 'update'>) {
  const { t } = useTranslation();
  const { figures } = role.context;
  const set = (patch: Partial<ScopeFigures>) =>
    update((r) => ({ ...r, context: { ...r.context, figures: { ...r.context.figures, ...patch } } }));
  return (
    <section className="panel" aria-labelledby="figures-heading">
      <h2 id="figures-heading">{t('ui.figures.heading')}</h2>
      <p className="hint">{t('ui.figures.hint')}</p>
      <div className="field-row">
        <NumberField
          path="context.figures.teamSize"
          label={t('ui.figures.teamSize')}
          hint={t('ui.figures.teamSizeHint')}
          value={figures.teamSize}
          min={NUMBER_LIMITS.teamSize.min}
          max={NUMBER_LIMITS.teamSize.max}
          onChange={(teamSize) => set({ teamSize })}
        />
        <TextField
          path="context.figures.budget"
          label={t('ui.figures.budget')}
          hint={t('ui.figures.budgetHint')}
          value={figures.budget}
          maxLength={TEXT_LIMITS.budget}
          onChange={(budget) => set({ budget })}
        />
      </div>
      <TextField
        path="context.figures.regions"
        label={t('ui.figures.regions')}
        hint={t('ui.figures.regionsHint')}
        value={figures.regions}
        maxLength={TEXT_LIMITS.regions}
        onChange={(regions) => set({ regions })}
      />
    </section>
  );
}

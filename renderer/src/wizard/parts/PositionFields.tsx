// Where the role is based and how the work is shared between places: what a candidate weighs first.
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../../core/role/limits';
import { WORK_MODELS } from '../../../../core/role/vocabulary';
import type { Position } from '../../../../core/schema/role';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { TextField } from '../../components/TextField';
import type { PanelProps } from '../registry';

export function PositionFields({ role, update }: Pick<PanelProps, 'role' | 'update'>) {
  const { t } = useTranslation();
  const { position } = role;
  const set = (patch: Partial<Position>) => update((r) => ({ ...r, position: { ...r.position, ...patch } }));
  return (
    <section className="panel" aria-labelledby="position-heading">
      <h2 id="position-heading">{t('ui.position.heading')}</h2>
      <TextField
        path="position.location"
        label={t('ui.position.location')}
        hint={t('ui.position.locationHint')}
        value={position.location}
        maxLength={TEXT_LIMITS.location}
        onChange={(location) => set({ location })}
      />
      <ChoiceGroup
        path="position.workModel"
        legend={t('ui.position.workModel')}
        options={WORK_MODELS}
        value={position.workModel}
        labelOf={(model) => t(`vocab.workModel.${model}`)}
        onChange={(workModel) => set({ workModel })}
      />
      <TextField
        path="position.workModelDetail"
        label={t('ui.position.workModelDetail')}
        hint={t('ui.position.workModelDetailHint')}
        value={position.workModelDetail}
        maxLength={TEXT_LIMITS.workModelDetail}
        rows={2}
        onChange={(workModelDetail) => set({ workModelDetail })}
      />
    </section>
  );
}

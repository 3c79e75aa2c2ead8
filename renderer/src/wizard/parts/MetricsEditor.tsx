// The metrics the role should move: each a vocabulary metric (or a named custom one), where it
// stands today and the target. Removing one also removes it from every "measured by".
import { useTranslation } from 'react-i18next';
import { CUSTOMER_METRICS, EMPLOYEE_METRICS, METRIC_IDS, type MetricId } from '../../../../core/role/vocabulary';
import { LIST_LIMITS, TEXT_LIMITS } from '../../../../core/role/limits';
import { removeMeasure } from '../../../../core/role/lists';
import type { Metric } from '../../../../core/schema/role';
import { fieldId } from '../../components/issues';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useFocusLater } from '../../components/useFocusLater';
import { newId } from '../../state/ids';
import { useStudio } from '../../state/store';
import type { PanelProps } from '../registry';

export function MetricsEditor({ role, update }: Pick<PanelProps, 'role' | 'update'>) {
  const { t } = useTranslation();
  const focusLater = useFocusLater();
  const { metrics } = role.objectives;
  const full = metrics.length >= LIST_LIMITS.metrics;

  const setMetrics = (next: Metric[]) => update((r) => ({ ...r, objectives: { ...r.objectives, metrics: next } }));
  const patch = (id: string, change: Partial<Metric>) => setMetrics(metrics.map((m) => (m.id === id ? { ...m, ...change } : m)));
  const add = () => {
    const unused = [...CUSTOMER_METRICS, ...EMPLOYEE_METRICS].find((id) => !metrics.some((m) => m.metric === id)) ?? 'custom';
    const metric: Metric = { id: newId('m'), metric: unused, customName: '', current: '', target: '' };
    setMetrics([...metrics, metric]);
    focusLater(fieldId(`objectives.metrics.${metric.id}.metric`));
  };
  const remove = (index: number, id: string) => {
    const neighbour = metrics.filter((m) => m.id !== id)[index] ?? metrics[index - 1];
    update((r) => removeMeasure(r, id));
    useStudio.getState().announceRemoval('ui.undo.removed', { name: t('ui.metrics.label', { n: index + 1 }) });
    focusLater(neighbour ? fieldId(`objectives.metrics.${neighbour.id}.metric`) : 'add-metric');
  };

  return (
    <section className="panel" aria-labelledby="objectives-metrics">
      <h2 id="objectives-metrics">{t('ui.metrics.heading')}</h2>
      <p className="hint">{t('ui.metrics.hint')}</p>
      <ol className="metric-list">
        {metrics.map((metric, index) => {
          const base = `objectives.metrics.${metric.id}`;
          const label = t('ui.metrics.label', { n: index + 1 });
          return (
            <li key={metric.id}>
              <fieldset className="metric-row">
                <legend>{label}</legend>
                <div className="field-row">
                  <SelectField
                    path={`${base}.metric`}
                    label={t('ui.metrics.metric')}
                    value={metric.metric}
                    onChange={(value) => patch(metric.id, { metric: METRIC_IDS.find((m) => m === value) ?? 'custom' })}
                  >
                    <MetricOptions group="customer" ids={CUSTOMER_METRICS} />
                    <MetricOptions group="employee" ids={EMPLOYEE_METRICS} />
                    <option value="custom">{t('vocab.metric.custom')}</option>
                  </SelectField>
                  {metric.metric === 'custom' && (
                    <TextField
                      path={`${base}.customName`}
                      label={t('ui.metrics.customName')}
                      value={metric.customName}
                      maxLength={TEXT_LIMITS.metricName}
                      required
                      onChange={(customName) => patch(metric.id, { customName })}
                    />
                  )}
                </div>
                <div className="field-row">
                  <TextField
                    path={`${base}.current`}
                    label={t('ui.metrics.current')}
                    value={metric.current}
                    maxLength={TEXT_LIMITS.metricValue}
                    rows={2}
                    grows
                    onChange={(current) => patch(metric.id, { current })}
                  />
                  <TextField
                    path={`${base}.target`}
                    label={t('ui.metrics.target')}
                    value={metric.target}
                    maxLength={TEXT_LIMITS.metricValue}
                    rows={2}
                    grows
                    required
                    onChange={(target) => patch(metric.id, { target })}
                  />
                </div>
                <button
                  type="button"
                  className="quiet"
                  aria-label={t('ui.list.removeNamed', { name: label })}
                  onClick={() => remove(index, metric.id)}
                >
                  {t('ui.list.remove')}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="button" id="add-metric" className="secondary" disabled={full} onClick={add}>
        {t('ui.metrics.add')}
      </button>
      {full && <p className="hint">{t('ui.metrics.full', { max: LIST_LIMITS.metrics })}</p>}
    </section>
  );
}

function MetricOptions({ group, ids }: { group: 'customer' | 'employee'; ids: readonly MetricId[] }) {
  const { t } = useTranslation();
  return (
    <optgroup label={t(`vocab.metricGroup.${group}`)}>
      {ids.map((id) => (
        <option key={id} value={id}>
          {t(`vocab.metric.${id}`)}
        </option>
      ))}
    </optgroup>
  );
}

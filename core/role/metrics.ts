import type { Translate } from '../i18n/index.js';
import type { Metric } from '../schema/role.js';
import { CUSTOMER_METRICS, EMPLOYEE_METRICS, type MetricId } from './vocabulary.js';

/** The name a reader sees: the vocabulary's label, or the user's own name for a custom metric. */
export function metricName(metric: Pick<Metric, 'metric' | 'customName'>, t: Translate): string {
  return metric.metric === 'custom' ? metric.customName.trim() || t('vocab.metric.custom') : t(`vocab.metric.${metric.metric}`);
}

export function metricSide(id: MetricId): 'customer' | 'employee' | 'custom' {
  if ((CUSTOMER_METRICS as readonly string[]).includes(id)) return 'customer';
  if ((EMPLOYEE_METRICS as readonly string[]).includes(id)) return 'employee';
  return 'custom';
}

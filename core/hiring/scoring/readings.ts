// The measured panel in words, the same in the app, the documents and the command line.
import type { Translate } from '../../i18n/index.js';
import type { MeasuredCriterion } from './measured.js';

/** Below this, in rating points, an interviewer rates as the panel does. */
const LEVEL = 0.1;

export function severityReading(severity: number | null, t: Translate, format: (n: number) => string): string {
  if (severity === null) return t('panel.measure.severity.unknown');
  if (Math.abs(severity) < LEVEL) return t('panel.measure.severity.level');
  return t(severity > 0 ? 'panel.measure.severity.above' : 'panel.measure.severity.below', { points: format(Math.abs(severity)) });
}

export function agreementReading(c: MeasuredCriterion, title: string, t: Translate): string {
  const key = c.agreement ?? c.reliability.missing ?? 'too-few';
  return t(`panel.measure.agreement.${key}`, { criterion: title });
}

/** The reading alone, for a table that names the criterion in its own column. */
export function agreementShort(c: MeasuredCriterion, t: Translate): string {
  return t(`panel.measure.agreementShort.${c.agreement ?? c.reliability.missing ?? 'too-few'}`);
}

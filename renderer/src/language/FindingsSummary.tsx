import { useTranslation } from 'react-i18next';
import { SEVERITIES, type Finding } from '../../../core/language/types';

/** "1 to fix before publishing, 2 worth fixing": the counts by severity, most serious first. */
export function FindingsSummary({ findings }: { findings: readonly Finding[] }) {
  const { t } = useTranslation();
  const counts = [...SEVERITIES]
    .reverse()
    .map((severity) => ({ severity, count: findings.filter((f) => f.severity === severity).length }))
    .filter((c) => c.count > 0);
  return (
    <span className="findings-summary">
      {counts.map(({ severity, count }, i) => (
        <span key={severity} className={`severity ${severity}`}>
          {t(`language.indicator.${severity}`, { count })}
          {i < counts.length - 1 && <span className="visually-hidden">, </span>}
        </span>
      ))}
    </span>
  );
}

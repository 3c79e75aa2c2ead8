// The Review step's language check: the figures, the gender-coded balance and every finding of the
// role grouped by kind, each with the field it is in, the fix and a way to go to that field.
// Nothing here reaches the exported job description: the JD builder never sees the report.
import { useMemo } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { KINDS, SEVERITIES, type Finding } from '../../../core/language/types';
import type { Project } from '../../../core/schema/project';
import { fieldPlace, LANGUAGE_PANEL_ID } from './fieldPlace';
import { FindingList } from './FindingList';
import { GenderBalanceView } from './GenderBalanceView';
import { LanguageFigures } from './LanguageFigures';
import { useChecker, type Checker } from './checker';
import { actionable, hiddenCount, reportFor } from './report';
import { useFindingActions } from './useFindingActions';

const bySeverity = (a: Finding, b: Finding) => SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity);

export function LanguagePanel({ project }: { project: Project }) {
  const checker = useChecker();
  return checker ? <LoadedPanel checker={checker} project={project} /> : null;
}

function LoadedPanel({ checker, project }: { checker: Checker; project: Project }) {
  const { t } = useTranslation();
  const { restore } = useFindingActions();
  const { role } = project;
  const { dismissed } = project.language;
  const report = reportFor(checker, role, dismissed);
  const rules = checker.rulesFor(role.locale);
  const hidden = useMemo(() => hiddenCount(checker, role, dismissed), [checker, role, dismissed]);
  const findings = actionable(report);
  const groups = KINDS.map((kind) => ({ kind, items: findings.filter((f) => f.kind === kind).sort(bySeverity) })).filter(
    (g) => g.items.length,
  );
  const placeOf = (f: Finding) => fieldPlace(role, f.field, f.match, t);

  const restoreAll = () => {
    flushSync(restore);
    document.getElementById(LANGUAGE_PANEL_ID)?.focus();
  };

  return (
    <section className="panel language-check" id={LANGUAGE_PANEL_ID} aria-labelledby={`${LANGUAGE_PANEL_ID}-title`} tabIndex={-1}>
      <h2 id={`${LANGUAGE_PANEL_ID}-title`}>{t('language.title')}</h2>
      <p className="hint">{t('language.panel.intro')}</p>
      {!report.hasRules && (
        <p className="language-no-rules" role="status">
          {t('language.panel.noRules', { language: t(`languages.name.${role.locale}`) })}
        </p>
      )}
      <LanguageFigures report={report} />
      {report.hasRules && groups.length === 0 && <p className="language-clear">{t('language.none')}</p>}
      {groups.map(({ kind, items }) => (
        <section key={kind} className="finding-group" aria-labelledby={`language-kind-${kind}`}>
          <h3 id={`language-kind-${kind}`}>{t('language.panel.kindHeading', { kind: t(`language.kind.${kind}`), count: items.length })}</h3>
          <FindingList
            findings={items}
            role={role}
            scope="panel"
            fallbackFocus={LANGUAGE_PANEL_ID}
            labelledBy={`language-kind-${kind}`}
            placeOf={placeOf}
          />
        </section>
      ))}
      {hidden > 0 && (
        <p className="language-dismissed">
          {t('language.panel.dismissed', { count: hidden })}{' '}
          <button type="button" className="quiet" onClick={restoreAll}>
            {t('language.panel.restore')}
          </button>
        </p>
      )}
      {rules && <GenderBalanceView gender={report.gender} source={rules.thresholds.genderBalance.source} />}
      {rules && <p className="hint language-scoring">{t('language.panel.scoreHint')}</p>}
    </section>
  );
}

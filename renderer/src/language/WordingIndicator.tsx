// The wording status of one step, under its title: how many findings its fields have by severity,
// as a button that lists them, each a jump to its field; or a quiet line when there are none.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEVERITIES } from '../../../core/language/types';
import type { StepId } from '../wizard/stepIds';
import { fieldPlace, stepOfField } from './fieldPlace';
import { shortMatch } from './FindingItem';
import { FindingsSummary } from './FindingsSummary';
import { actionable } from './report';
import { useFindingActions } from './useFindingActions';
import { useLanguageReport } from './useLanguageReport';
import { useStudio } from '../state/store';

export function WordingIndicator({ step }: { step: StepId }) {
  const { t } = useTranslation();
  const report = useLanguageReport();
  const role = useStudio((s) => s.project?.role);
  const { showMe } = useFindingActions();
  const [open, setOpen] = useState(false);
  const listId = `${useId()}-wording`;
  const findings = useMemo(() => (report ? actionable(report).filter((f) => stepOfField(f.field) === step) : []), [report, step]);

  if (!role) return null;
  if (!findings.length) {
    return <p className="wording-status clear">{t('language.indicator.none')}</p>;
  }
  // most serious first, as the step's fields are read top to bottom within each
  const ordered = [...findings].sort((a, b) => SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity));
  return (
    <div className="wording-status">
      <button type="button" className="wording-toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        <span className="wording-label">{t('language.indicator.label')}</span> <FindingsSummary findings={findings} />
      </button>
      <ul id={listId} role="list" className="wording-jumps" hidden={!open}>
        {ordered.map((f) => {
          const place = fieldPlace(role, f.field, f.match, t);
          const what = f.match && f.end > f.start ? `“${shortMatch(f.match)}”` : t(`language.kind.${f.kind}`);
          return (
            <li key={f.id}>
              <button type="button" className="quiet" onClick={() => showMe(place)}>
                <span className={`severity ${f.severity}`}>{t(`language.severity.${f.severity}`)}</span>{' '}
                {t('language.indicator.jump', { field: place.label, what })}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

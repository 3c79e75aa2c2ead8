// One finding: how much it matters, what kind it is, why (with its source), the plain alternative,
// and what to do about it. Every button names the finding, since a field can have several and the
// Review panel lists the findings of the whole role.
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../core/language/types';
import { LONG_SENTENCE } from '../../../core/language/findings';
import { DismissReason } from './DismissReason';
import { canDismiss } from './useFindingActions';

interface Props {
  finding: Finding;
  /** the start of this item's element ids, so a list can move the focus to a neighbour */
  domId: string;
  canApply: boolean;
  /** the suggestion as it would land in this field ("talented" before a noun); the rule's own words otherwise */
  shown?: string | null;
  /** the field's name, when the finding is shown away from its field (the Review panel) */
  where?: string;
  onApply: () => void;
  /** high-severity findings are dismissed with a reason */
  onDismiss: (reason?: string) => void;
  onShow?: () => void;
}

const LABEL_WORDS = 6;

/** A button names a long sentence by its first words: the whole of it would drown the label. */
export function shortMatch(match: string): string {
  const words = match.split(/\s+/).filter(Boolean);
  return words.length > LABEL_WORDS ? `${words.slice(0, LABEL_WORDS).join(' ')}…` : match;
}

export function FindingItem({ finding, domId, canApply, shown, where, onApply, onDismiss, onShow }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const needsReason = finding.severity === 'high';
  const { kind, severity } = finding;
  const suggestion = shown ?? finding.suggestion;
  const match = shortMatch(finding.match);
  const kindName = t(`language.kind.${kind}`);
  const inField = where ? 'In' : '';
  const dismissLabel = match
    ? t(`language.finding.dismissNamed${inField}`, { match, field: where })
    : t('language.finding.dismissField', { kind: kindName, field: where ?? t('language.field.thisField') });
  return (
    <li className={`finding ${severity}`}>
      <p className="finding-head">
        <span className={`severity ${severity}`}>{t(`language.severity.${severity}`)}</span>
        {/* away from the field, the list is grouped by kind: the field's name is what tells items apart */}
        <span className="finding-kind">{where ?? kindName}</span>
      </p>
      {where && finding.ruleId === LONG_SENTENCE && <p className="finding-quote">“{finding.match}”</p>}
      <p className="finding-reason">{t(finding.reasonKey, finding.params)}</p>
      {suggestion !== null && <p className="finding-suggestion">{t('language.finding.suggestion', { suggestion })}</p>}
      <p className="finding-source">{t('language.source', { source: finding.source })}</p>
      <div className="finding-actions">
        {canApply && suggestion !== null && (
          <button
            type="button"
            id={`${domId}-use`}
            className="secondary"
            aria-label={t(`language.finding.useNamed${inField}`, { suggestion, match, field: where })}
            onClick={onApply}
          >
            {t('language.finding.use', { suggestion })}
          </button>
        )}
        {onShow && where && (
          <button
            type="button"
            id={`${domId}-show`}
            className="quiet"
            aria-label={t('language.finding.showMeNamed', { field: where })}
            onClick={onShow}
          >
            {t('language.finding.showMe')}
          </button>
        )}
        {canDismiss(finding) && !asking && (
          <button
            type="button"
            id={`${domId}-dismiss`}
            className="quiet"
            aria-label={dismissLabel}
            aria-expanded={needsReason ? false : undefined}
            onClick={() => {
              if (!needsReason) return onDismiss();
              flushSync(() => setAsking(true));
              document.getElementById(`${domId}-reason`)?.focus();
            }}
          >
            {t(needsReason ? 'language.finding.dismissAsk' : 'language.finding.dismiss')}
          </button>
        )}
      </div>
      {asking && (
        <DismissReason
          domId={domId}
          match={match || t(`language.kind.${kind}`)}
          onDismiss={(reason) => onDismiss(reason)}
          onCancel={() => {
            flushSync(() => setAsking(false));
            document.getElementById(`${domId}-dismiss`)?.focus();
          }}
        />
      )}
    </li>
  );
}

import { useTranslation } from 'react-i18next';
import type { ReviewSection, Snapshot } from '../../../core/schema/review';
import { useStudio } from '../state/store';
import { alternativesOf } from './alternatives';

/** What the design set aside in one section: other paths, other reporting lines, suggestions left out. */
export function Alternatives({ section, snapshot }: { section: ReviewSection; snapshot: Snapshot }) {
  const { t } = useTranslation();
  const template = useStudio((s) => s.template);
  const alternatives = alternativesOf(section, snapshot, template, t);
  if (alternatives.length === 0) return <p className="hint">{t('ui.boardReview.alternative.none')}</p>;
  return (
    <ul className="alternatives">
      {alternatives.map((a) => (
        <li key={`${a.lead ?? ''}${a.text}`}>
          {a.lead && <strong>{a.lead}: </strong>}
          {a.text}
          {a.list && (
            <ul>
              {a.list.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}

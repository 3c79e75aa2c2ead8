// Two versions, or a version and the current draft, compared section by section.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diffSnapshots } from '../../../core/review/diff';
import { readSnapshot } from '../../../core/review/snapshot';
import { snapshotOf } from '../../../core/review/versions';
import type { StoredSnapshot } from '../../../core/schema/review';
import type { Project } from '../../../core/schema/project';
import { ANCHOR } from './anchors';
import { useReviewFormat } from './format';
import { DiffView } from './DiffView';
import type { DesignStatus } from './useReviewStatus';

const DRAFT = 'draft';

const readStored = (stored: StoredSnapshot | undefined) => (stored ? readSnapshot(stored) : undefined);

export function ComparePanel({ project, status }: { project: Project; status: DesignStatus }) {
  const { t } = useTranslation();
  const format = useReviewFormat();
  const { versions } = project.review;
  const options = [...versions.map((v) => String(v.number)), ...(status.isDraft && versions.length ? [DRAFT] : [])];
  const [picked, setPicked] = useState<{ from: string; to: string } | null>(null);
  // until the user picks, and whenever a pick no longer exists, compare the two most recent
  const valid = picked && options.includes(picked.from) && options.includes(picked.to);
  const { from, to } = valid ? picked : { from: options.at(-2) ?? '', to: options.at(-1) ?? '' };
  const current = useMemo(() => snapshotOf(project), [project]);
  const snapshotFor = (key: string) => (key === DRAFT ? current : readStored(versions.find((v) => String(v.number) === key)?.snapshot));
  const before = snapshotFor(from);
  const after = snapshotFor(to);
  const diff = useMemo(() => (before && after ? diffSnapshots(before, after, t) : null), [before, after, t]);

  const labelOf = (key: string) => {
    const v = versions.find((x) => String(x.number) === key);
    return v ? t('ui.boardReview.versionOption', { n: v.number, when: format.when(v.submittedAt) }) : t('ui.boardReview.draftOption');
  };
  const select = (side: 'from' | 'to') => (
    <div className="field">
      <label htmlFor={`field-review.compare.${side}`}>{t(`ui.boardReview.diff.${side}`)}</label>
      <select
        id={`field-review.compare.${side}`}
        value={side === 'from' ? from : to}
        onChange={(event) => setPicked({ from, to, [side]: event.target.value })}
      >
        {options.map((key) => (
          <option key={key} value={key}>
            {labelOf(key)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section className="panel" id={ANCHOR.compare} aria-labelledby={`${ANCHOR.compare}-title`} tabIndex={-1}>
      <h2 id={`${ANCHOR.compare}-title`}>{t('ui.boardReview.diff.heading')}</h2>
      {options.length < 2 ? (
        <p className="hint">{t('ui.boardReview.diff.tooFew')}</p>
      ) : (
        <>
          <p className="hint">{t('ui.boardReview.diff.hint')}</p>
          <div className="field-row compare-pickers">
            {select('from')}
            {select('to')}
          </div>
          {from === to ? <p className="hint">{t('ui.boardReview.diff.sameChoice')}</p> : diff && <DiffView diff={diff} />}
        </>
      )}
    </section>
  );
}

// The file on disk against the version being saved: the role and rubric through the board
// review's own diff, then the records each side has that the other has not.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../core/schema/project';
import { compareProjects } from '../../../core/project/compare';
import { describeProblem } from '../../../core/i18n/problem';
import { MAX_SHOWN_FIELDS, type Problem } from '../../../core/result';
import { invoke } from '../host/invoke';
import { DiffView } from '../review/DiffView';

/** At most 50 names, then how many more: a merge of thousands of cards stays one readable line. */
function listed(items: readonly string[], t: (key: string, params: Record<string, number>) => string): string {
  const shown = items.slice(0, MAX_SHOWN_FIELDS).join('; ');
  return items.length > MAX_SHOWN_FIELDS ? `${shown} ${t('ui.more', { count: items.length - MAX_SHOWN_FIELDS })}` : shown;
}

type Disk = { state: 'reading' } | { state: 'read'; project: Project } | { state: 'unreadable'; problem: Problem };

export function ConflictComparison({ path, mine }: { path: string; mine: Project }) {
  const { t } = useTranslation();
  const [disk, setDisk] = useState<Disk>({ state: 'reading' });
  useEffect(() => {
    let live = true;
    void invoke('project:open', { path }).then((result) => {
      if (live) setDisk(result.ok ? { state: 'read', project: result.value.project } : { state: 'unreadable', problem: result.problem });
    });
    return () => {
      live = false;
    };
  }, [path]);
  const comparison = useMemo(() => (disk.state === 'read' ? compareProjects(disk.project, mine, t) : null), [disk, mine, t]);

  return (
    // focusable, so the comparison scrolls from the keyboard too
    <section className="conflict-comparison" tabIndex={0} aria-labelledby="conflict-compare-heading" aria-busy={disk.state === 'reading'}>
      <h3 id="conflict-compare-heading">{t('ui.conflict.compareHeading')}</h3>
      {disk.state === 'reading' && <p role="status">{t('ui.conflict.reading')}</p>}
      {disk.state === 'unreadable' && (
        <div role="alert">
          <p>{t('ui.conflict.unreadable')}</p>
          <ul>
            {describeProblem(disk.problem, t).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {comparison && comparison.sections.length + comparison.records.length === 0 && <p role="status">{t('ui.conflict.same')}</p>}
      {/* the records first: a scorecard only on disk is what replacing would throw away */}
      {comparison && comparison.records.length > 0 && (
        <>
          <h3>{t('ui.conflict.recordsHeading')}</h3>
          <dl className="conflict-records">
            {comparison.records.map((r) => (
              <div key={r.kind}>
                <dt>{t(`ui.conflict.record.${r.kind}`)}</dt>
                {r.onlyOnDisk.length > 0 && (
                  <dd className="only-on-disk">{t('ui.conflict.onlyOnDisk', { items: listed(r.onlyOnDisk, t) })}</dd>
                )}
                {r.onlyHere.length > 0 && <dd>{t('ui.conflict.onlyHere', { items: listed(r.onlyHere, t) })}</dd>}
                {r.different.length > 0 && <dd>{t('ui.conflict.different', { items: listed(r.different, t) })}</dd>}
              </div>
            ))}
          </dl>
        </>
      )}
      {comparison && comparison.sections.length > 0 && (
        <>
          <p className="hint">{t('ui.conflict.legend')}</p>
          <DiffView diff={comparison.sections} />
        </>
      )}
    </section>
  );
}

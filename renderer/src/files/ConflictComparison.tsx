// The file on disk against the version being saved: the role and rubric through the board
// review's own diff, then the records each side has that the other has not.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../core/schema/project';
import { compareProjects } from '../../../core/project/compare';
import { describeProblem } from '../../../core/i18n/problem';
import type { Problem } from '../../../core/result';
import { invoke } from '../host/invoke';
import { DiffView } from '../review/DiffView';

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
    <section className="conflict-comparison" aria-labelledby="conflict-compare-heading" aria-busy={disk.state === 'reading'}>
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
      {comparison && comparison.sections.length > 0 && (
        <>
          <p className="hint">{t('ui.conflict.legend')}</p>
          <DiffView diff={comparison.sections} />
        </>
      )}
      {comparison && comparison.records.length > 0 && (
        <>
          <h3>{t('ui.conflict.recordsHeading')}</h3>
          <dl className="conflict-records">
            {comparison.records.map((r) => (
              <div key={r.kind}>
                <dt>{t(`ui.conflict.record.${r.kind}`)}</dt>
                {r.onlyOnDisk.length > 0 && (
                  <dd className="only-on-disk">{t('ui.conflict.onlyOnDisk', { items: r.onlyOnDisk.join('; ') })}</dd>
                )}
                {r.onlyHere.length > 0 && <dd>{t('ui.conflict.onlyHere', { items: r.onlyHere.join('; ') })}</dd>}
                {r.different.length > 0 && <dd>{t('ui.conflict.different', { items: r.different.join('; ') })}</dd>}
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}

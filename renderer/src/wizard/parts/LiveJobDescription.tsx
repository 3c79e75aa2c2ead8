// On a wide screen (1440 px and more), the job description as it stands, beside the step that edits
// it: every keystroke shows where it lands in the document. It opens at the part the step shapes.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleDesign } from '../../../../core/schema/role';
import { JobDescriptionView } from '../../components/JobDescriptionView';
import type { StepId } from '../stepIds';
import { SHAPES } from './liveJobDescriptionParts';
import { useJobDescription } from '../useJobDescription';

const PREFIX = 'live-jd';

export function LiveJobDescription({ role, step }: { role: RoleDesign; step: StepId }) {
  const { t } = useTranslation();
  const jd = useJobDescription(role, { deferred: true });
  const scroller = useRef<HTMLDivElement>(null);

  // a new step opens the document at its part; typing afterwards leaves the reader's place alone
  useEffect(() => {
    const section = SHAPES[step];
    const box = scroller.current;
    const target = section && document.getElementById(`${PREFIX}-${section}`);
    if (box && target) box.scrollTop = target.offsetTop - box.offsetTop - 16;
  }, [step]);

  return (
    <aside className="live-jd" aria-labelledby="live-jd-heading">
      <h2 id="live-jd-heading" className="live-jd-heading">
        {t('ui.wizard.liveHeading')}
      </h2>
      <div className="live-jd-scroll paper" ref={scroller} tabIndex={0} role="region" aria-labelledby="live-jd-heading">
        <JobDescriptionView jd={jd} lang={role.locale} idPrefix={PREFIX} />
      </div>
    </aside>
  );
}

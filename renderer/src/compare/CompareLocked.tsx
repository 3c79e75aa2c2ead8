// While scoring is independent, Compare would show every interviewer's ratings: it opens to the
// hiring lead, who proves it with the lead's passphrase.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IdentityDialog } from '../panel/IdentityDialog';
import { useStudio } from '../state/store';

export function CompareLocked() {
  const { t } = useTranslation();
  const hasLead = useStudio((s) => s.project?.hiring.lead != null);
  const [asking, setAsking] = useState(false);
  return (
    <section className="panel compare-locked" aria-labelledby="compare-locked-title">
      <h2 id="compare-locked-title">{t('ui.compare.lockedTitle')}</h2>
      <p>{t('ui.compare.lockedBody')}</p>
      <button type="button" className="primary" onClick={() => setAsking(true)}>
        {t(hasLead ? 'ui.compare.lockedSignIn' : 'ui.compare.lockedSetUp')}
      </button>
      {asking && <IdentityDialog target={{ kind: 'lead' }} onClose={() => setAsking(false)} />}
    </section>
  );
}

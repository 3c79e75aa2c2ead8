// After a crash: "Restore the unsaved changes from 14:32?", with what the copy holds shown before
// anything replaces the open project.
import { intlLocale } from '../../../core/i18n/locales';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryCopy } from '../../../core/contract';
import { invoke } from '../host/invoke';
import { SESSION_ID } from '../host/session';
import { loadProjectNeeds } from '../state/projectNeeds';
import { useStudio } from '../state/store';
import { lazyPreloaded } from '../components/lazyPreloaded';

// the preview (a word diff and the job description) is shown only on request
const RecoveryPreview = lazyPreloaded(() => import('./RecoveryPreview').then((m) => m.RecoveryPreview));

export function RecoveryOffer() {
  const { t, i18n } = useTranslation();
  const [copies, setCopies] = useState<RecoveryCopy[]>([]);
  const [previewing, setPreviewing] = useState<RecoveryCopy | null>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      const result = await invoke('recovery:list', { session: SESSION_ID });
      if (!result.ok) return;
      // the preview prints each copy's job description in its own language
      await Promise.all(result.value.map((copy) => loadProjectNeeds(copy.project.role.locale)));
      if (live) setCopies(result.value);
    })();
    return () => {
      live = false;
    };
  }, []);

  const forget = (copy: RecoveryCopy) => {
    setCopies((list) => list.filter((c) => c.session !== copy.session));
    setPreviewing(null);
    void invoke('recovery:discard', { session: copy.session });
  };
  const restore = (copy: RecoveryCopy) => {
    useStudio.getState().restoreProject(copy);
    forget(copy);
  };

  if (copies.length === 0) return null;
  const time = (iso: string) =>
    new Intl.DateTimeFormat(intlLocale(i18n.language), { hour: '2-digit', minute: '2-digit', day: 'numeric', month: 'short' }).format(
      new Date(iso),
    );
  return (
    <section className="recovery-offer" aria-labelledby="recovery-heading">
      <h2 id="recovery-heading">{t('ui.recovery.heading')}</h2>
      <ul>
        {copies.map((copy) => (
          <li key={copy.session} className="recovery-copy">
            <p className="recovery-question">{t('ui.recovery.question', { time: time(copy.savedAt) })}</p>
            <p className="hint">
              {t('ui.recovery.holds', {
                title: copy.project.role.title,
                company: copy.project.role.company.name || t('ui.recovery.noCompany'),
                file: copy.path ?? t('ui.recovery.neverSaved'),
              })}
            </p>
            <div className="actions">
              <button type="button" className="secondary" onClick={() => setPreviewing(copy)}>
                {t('ui.recovery.show')}
              </button>
              <button type="button" className="primary" onClick={() => restore(copy)}>
                {t('ui.recovery.restore')}
              </button>
              <button type="button" className="quiet" onClick={() => forget(copy)}>
                {t('ui.recovery.discard')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {previewing && (
        <Suspense fallback={null}>
          <RecoveryPreview copy={previewing} onRestore={() => restore(previewing)} onClose={() => setPreviewing(null)} />
        </Suspense>
      )}
    </section>
  );
}

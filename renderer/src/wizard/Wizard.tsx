// The current step's screen: its title, its panel, Back and Next. Next checks the step first; when
// something is missing it stays, points at each gap and puts the focus on the first one.
import { Suspense, useEffect, useRef } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { IssuesProvider, fieldId } from '../components/issues';
import { FindingsProvider } from '../language/FindingsContext';
import { WordingIndicator } from '../language/WordingIndicator';
import { useStudio } from '../state/store';
import { RationaleField } from './parts/RationaleField';
import { UnplacedText } from './parts/UnplacedText';
import { showsLiveJobDescription, WIDE_ENOUGH } from './parts/liveJobDescriptionParts';
import { useMediaQuery } from '../components/useMediaQuery';
import { Progress } from './Progress';
import { lazyPreloaded, preloadAll } from '../components/lazyPreloaded';
import { loadTemplates } from '../../../core/project/templates';
import { STEPS } from './registry';
import { StartStep } from './steps/start';

// beside a step on wide screens only; loaded on demand and preloaded at idle
const LiveJobDescription = lazyPreloaded(() => import('./parts/LiveJobDescription').then((m) => m.LiveJobDescription));

export function Wizard() {
  const { t } = useTranslation();
  const project = useStudio((s) => s.project);
  const stepId = useStudio((s) => s.stepId);
  const attempted = useStudio((s) => s.attempted);
  const { goTo, markAttempted, updateRole } = useStudio.getState();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(stepId);
  const wide = useMediaQuery(WIDE_ENOUGH);

  const role = project?.role ?? null;
  const index = role
    ? Math.max(
        0,
        STEPS.findIndex((s) => s.id === stepId),
      )
    : 0;
  const step = STEPS[index] ?? STEPS[0];
  const previous = STEPS[index - 1];
  const next = STEPS[index + 1];

  // a new step is a new screen: start reading it from its title, as a page load would
  useEffect(() => {
    if (shownStep.current === stepId) return;
    shownStep.current = stepId;
    window.scrollTo(0, 0);
    headingRef.current?.focus();
  }, [stepId]);

  // the other steps, the dialogs and the role templates load while the first screen is read, so
  // neither Next, a dialog nor a template card ever waits for them
  useEffect(() => {
    const preload = () => {
      preloadAll();
      void loadTemplates().catch(() => undefined);
    };
    // within two seconds even on a busy machine, where an idle moment may not come
    if (window.requestIdleCallback) window.requestIdleCallback(preload, { timeout: 2000 });
    else window.setTimeout(preload, 200);
  }, []);

  if (!step) return null;
  const aside = wide && role !== null && showsLiveJobDescription(step.id);
  const issues = project && attempted.includes(step.id) ? step.check(project) : [];

  const goNext = () => {
    if (!project || !next) return;
    const missing = step.check(project);
    const first = missing[0];
    if (!first) return goTo(next.id);
    // render the messages first, so the focused field already names what is missing
    flushSync(() => markAttempted(step.id));
    document.getElementById(fieldId(first.field))?.focus();
  };

  return (
    <div className={aside ? 'wizard with-live-jd' : 'wizard'}>
      <Progress />
      <main className="step" aria-labelledby="step-title">
        <p className="step-count">{t('ui.wizard.stepCount', { n: index + 1, total: STEPS.length })}</p>
        <h1 id="step-title" ref={headingRef} tabIndex={-1}>
          {t(step.titleKey)}
        </h1>
        <p className="lede">{t(step.introKey)}</p>
        {project && step.checksWording && <WordingIndicator key={`wording-${step.id}`} step={step.id} />}
        {issues.length > 0 && (
          <p className="issue-summary" role="alert">
            {t('ui.wizard.issueSummary', { count: issues.length })}
          </p>
        )}
        {project && step.checksWording && <UnplacedText />}
        <IssuesProvider issues={issues}>
          <FindingsProvider>
            {/* nothing while a step's code arrives: preloaded at idle, it is nearly always there already */}
            <Suspense fallback={null}>
              {project && role ? <step.Panel role={role} update={updateRole} project={project} /> : <StartStep />}
            </Suspense>
          </FindingsProvider>
        </IssuesProvider>
        {project && step.reviewSection && <RationaleField key={step.reviewSection} section={step.reviewSection} />}
        {role && (
          <div className="step-nav">
            {previous && (
              <button type="button" onClick={() => goTo(previous.id)}>
                {t('ui.wizard.back')}
              </button>
            )}
            {next && (
              <button type="button" className="primary" onClick={goNext}>
                {t('ui.wizard.next', { step: t(next.titleKey) })}
              </button>
            )}
          </div>
        )}
      </main>
      {aside && (
        <Suspense fallback={null}>
          <LiveJobDescription role={role} step={step.id} />
        </Suspense>
      )}
    </div>
  );
}

import { lazy, Suspense } from 'react';
import { DialogProvider } from '../components/DialogProvider';
import { useStudio } from '../state/store';
import { Wizard } from '../wizard/Wizard';
import { FileActionsProvider } from './FileActionsContext';
import { Header } from './Header';
import { NoticeRegion } from './NoticeRegion';
import { useHostSetup } from './useHostSetup';
import { useAutosave } from '../recovery/useAutosave';
import { useLeaveGuard } from '../recovery/useLeaveGuard';
import { RemovalToast } from '../history/RemovalToast';
import { useUndoShortcuts } from '../history/useUndoShortcuts';

// The views past the wizard only matter once a project is open: loading them on first use keeps
// them out of the bundle the Start screen waits for.
const CandidatesView = lazy(() => import('../hiring/CandidatesView').then((m) => ({ default: m.CandidatesView })));
const CompareView = lazy(() => import('../compare/CompareView').then((m) => ({ default: m.CompareView })));
const BoardReviewView = lazy(() => import('../review/BoardReviewView').then((m) => ({ default: m.BoardReviewView })));
const ReferencesView = lazy(() => import('../sources/ReferencesView').then((m) => ({ default: m.ReferencesView })));
const InterviewerModeView = lazy(() => import('../interviewer/InterviewerModeView').then((m) => ({ default: m.InterviewerModeView })));

export function App() {
  useHostSetup();
  useAutosave();
  useLeaveGuard();
  useUndoShortcuts();
  // scoring needs a rubric, so without an open project there is only the wizard's start (and the References);
  // an interviewer filling in a pack sees only that
  const view = useStudio((s) => (s.interviewerWork ? 'interviewer' : s.project || s.view === 'references' ? s.view : 'design'));
  return (
    <DialogProvider>
      <FileActionsProvider>
        <div className="app">
          <Header />
          <NoticeRegion />
          {view === 'design' && <Wizard />}
          <Suspense fallback={null}>
            {view === 'candidates' && <CandidatesView />}
            {view === 'compare' && <CompareView />}
            {view === 'review' && <BoardReviewView />}
            {view === 'references' && <ReferencesView />}
            {view === 'interviewer' && <InterviewerModeView />}
          </Suspense>
          <RemovalToast />
        </div>
      </FileActionsProvider>
    </DialogProvider>
  );
}

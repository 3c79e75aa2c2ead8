import { DialogProvider } from '../components/DialogProvider';
import { CompareView } from '../compare/CompareView';
import { CandidatesView } from '../hiring/CandidatesView';
import { BoardReviewView } from '../review/BoardReviewView';
import { useStudio } from '../state/store';
import { Wizard } from '../wizard/Wizard';
import { FileActionsProvider } from './FileActionsContext';
import { Header } from './Header';
import { NoticeRegion } from './NoticeRegion';
import { useHostSetup } from './useHostSetup';
import { useAutosave } from '../recovery/useAutosave';

export function App() {
  useHostSetup();
  useAutosave();
  // scoring needs a rubric, so without an open project there is only the wizard's start
  const view = useStudio((s) => (s.project ? s.view : 'design'));
  return (
    <DialogProvider>
      <FileActionsProvider>
        <div className="app">
          <Header />
          <NoticeRegion />
          {view === 'design' && <Wizard />}
          {view === 'candidates' && <CandidatesView />}
          {view === 'compare' && <CompareView />}
          {view === 'review' && <BoardReviewView />}
        </div>
      </FileActionsProvider>
    </DialogProvider>
  );
}

import { DialogProvider } from '../components/DialogProvider';
import { Wizard } from '../wizard/Wizard';
import { FileActionsProvider } from './FileActionsContext';
import { Header } from './Header';
import { NoticeRegion } from './NoticeRegion';
import { useHostSetup } from './useHostSetup';

export function App() {
  useHostSetup();
  return (
    <DialogProvider>
      <FileActionsProvider>
        <div className="app">
          <Header />
          <NoticeRegion />
          <Wizard />
        </div>
      </FileActionsProvider>
    </DialogProvider>
  );
}

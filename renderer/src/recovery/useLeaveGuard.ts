// Closing or reloading the tab (or the window) with unsaved changes asks first. Browsers show their
// own wording for this question; Electron asks through a native dialog in main ('will-prevent-unload').
import { useEffect } from 'react';
import { useStudio } from '../state/store';

export function useLeaveGuard(): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const { project, dirty } = useStudio.getState();
      if (!project || !dirty) return;
      event.preventDefault();
      // older engines ask only when returnValue is set
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
}
